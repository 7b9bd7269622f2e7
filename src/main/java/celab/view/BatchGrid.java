package celab.view;

import celab.core.LossResult;
import celab.core.Numbers;
import celab.model.BatchModel;
import celab.model.BatchModel.State;
import celab.model.BatchModel.TargetForm;
import celab.model.Lab;
import celab.plot.Theme;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Bounds;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.StrokeType;

/**
 * The batch as an editable table: one line per sample with a numeric field per class, the
 * sample's target (a class-index picker, or its one-hot row of clickable cells), its loss, whether
 * its argmax is right, and a button to remove it. The cells the loss actually reads (row i, column
 * t_i) are highlighted; with one-hot targets the other cells, which are multiplied by 0, are
 * greyed. A typed value that is not a probability gets a message under its row and changes nothing.
 *
 * <p>The column headers stay put while a long batch scrolls: they are a grid of their own whose
 * column widths follow the rows' grid after every layout. The rows' scroll pane is as tall as the
 * rows when there is room and shrinks (down to about three samples) when there is not.
 *
 * <p>Ids: {@code #batch-p-i-k} (field), {@code #batch-msg-i}, {@code #batch-target-i} (index
 * picker), {@code #batch-onehot-i-k}, {@code #batch-loss-i}, {@code #batch-ok-i},
 * {@code #batch-remove-i}, {@code #batch-rows} (the scroll pane).
 */
public final class BatchGrid extends VBox {
    private static final int COL_SAMPLE = 0;
    private static final int COL_FIRST_CLASS = 1;

    private final Lab lab;
    private final BatchModel model;
    private final Theme theme;
    private final Consumer<String> status;
    private NumberField[][] fields = new NumberField[0][];
    private Label[] messages = new Label[0];
    /** Which class's field each row's message is about (−1: none). */
    private int[] messageOwner = new int[0];
    private Label[] losses = new Label[0];
    private Label[] verdicts = new Label[0];
    private Node[] targetNodes = new Node[0];
    private Button[] removes = new Button[0];
    private int builtRows = -1;
    private TargetForm builtForm;
    private final GridPane header = new GridPane();
    private final GridPane body = new GridPane() {
        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            alignHeader();
        }
    };
    private final ScrollPane scroll = new ScrollPane(body);
    private boolean revealLast;

    public BatchGrid(Lab lab, BatchModel model, Theme theme, Consumer<String> status) {
        this.lab = lab;
        this.model = model;
        this.theme = theme;
        this.status = status;
        getStyleClass().add("batch-table");
        header.getStyleClass().addAll("batch-grid", "batch-grid-header");
        body.getStyleClass().addAll("batch-grid", "batch-grid-body");
        scroll.setId("batch-rows");
        scroll.getStyleClass().add("batch-rows");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.setFocusTraversable(false);
        scroll.setMaxHeight(USE_PREF_SIZE);
        scroll.setMinWidth(USE_PREF_SIZE); // the columns never shrink under their cells: the screen reflows instead
        // may shrink to the header and about three samples, never below the rows themselves
        scroll.minHeightProperty().bind(Bindings.createDoubleBinding(
                () -> body.getHeight() * Math.min(1.0, 3.5 / Math.max(1, model.rowCount())), body.heightProperty()));
        getChildren().addAll(header, scroll);
        // show a sample just added, once the rows have grown
        model.stateProperty().addListener((o, was, now) -> revealLast = was != null && now.size() > was.size());
        body.heightProperty().addListener((o, was, now) -> {
            if (revealLast) {
                revealLast = false;
                Platform.runLater(() -> scroll.setVvalue(scroll.getVmax()));
            }
        });
        model.resultProperty().addListener((o, was, now) -> update());
        lab.numbersHiddenProperty().addListener((o, was, now) -> update());
        lab.logBaseProperty().addListener((o, was, now) -> build());
        lab.classNames().addListener((javafx.collections.ListChangeListener<String>) c -> build());
        theme.paletteProperty().addListener((o, was, now) -> build());
        build();
    }

    /** Brings a cell that got keyboard focus into view. */
    private void reveal(Node cell) {
        double extra = body.getHeight() - scroll.getViewportBounds().getHeight();
        if (extra <= 0) {
            return;
        }
        Bounds b = cell.getBoundsInParent();
        double top = scroll.getVvalue() * extra;
        double bottom = top + scroll.getViewportBounds().getHeight();
        if (b.getMinY() < top) {
            scroll.setVvalue(b.getMinY() / extra);
        } else if (b.getMaxY() > bottom) {
            scroll.setVvalue((b.getMaxY() - scroll.getViewportBounds().getHeight()) / extra);
        }
    }

    /** Gives each header column the width of the rows' column below it, so the two grids line up. */
    private void alignHeader() {
        int cols = Math.min(header.getColumnConstraints().size(), body.getColumnConstraints().size());
        for (int j = 0; j < cols; j++) {
            double w = body.getCellBounds(j, 0).getWidth();
            ColumnConstraints hc = header.getColumnConstraints().get(j);
            if (hc.getPrefWidth() != w) {
                hc.setMinWidth(w);
                hc.setPrefWidth(w);
                hc.setMaxWidth(w);
            }
        }
    }

    private void update() {
        State s = model.getState();
        if (s.size() != builtRows || s.form() != builtForm) {
            build();
        } else {
            refresh();
        }
    }

    // Building

    private void build() {
        header.getChildren().clear();
        body.getChildren().clear();
        State s = model.getState();
        int n = s.size();
        int c = s.classes();
        header.getColumnConstraints().clear();
        body.getColumnConstraints().clear();
        for (int j = 0; j < c + 5; j++) {
            header.getColumnConstraints().add(column(j));
            body.getColumnConstraints().add(column(j));
        }
        buildHeader(s);
        fields = new NumberField[n][c];
        messages = new Label[n];
        messageOwner = new int[n];
        java.util.Arrays.fill(messageOwner, -1);
        losses = new Label[n];
        verdicts = new Label[n];
        targetNodes = new Node[n];
        removes = new Button[n];
        for (int i = 0; i < n; i++) {
            buildRow(s, i);
        }
        ghostHeader(2 * n);
        // columns never squeeze a number or a header below its natural width
        for (Node child : body.getChildren()) {
            if (child instanceof Region r && GridPane.getColumnSpan(child) == null) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        builtRows = n;
        builtForm = s.form();
        refresh();
    }

    private static ColumnConstraints column(int j) {
        ColumnConstraints cc = new ColumnConstraints();
        cc.setHalignment(j == COL_SAMPLE ? HPos.LEFT : HPos.CENTER);
        return cc;
    }

    private void buildHeader(State s) {
        int c = s.classes();
        header.add(header("i"), COL_SAMPLE, 0);
        for (int k = 0; k < c; k++) {
            Rectangle swatch = new Rectangle(10, 10, theme.getPalette().classColor(k));
            swatch.setStroke(theme.getPalette().classEdge(k));
            swatch.setStrokeType(StrokeType.INSIDE);
            Label name = header(k + " " + lab.classNames().get(k));
            HBox box = new HBox(5, swatch, name);
            box.setAlignment(Pos.CENTER);
            header.add(box, COL_FIRST_CLASS + k, 0);
        }
        header.add(header(s.form() == TargetForm.INDICES ? "target t_i" : "one-hot y_i"), colTarget(), 0);
        header.add(header("loss L_i (" + lab.getLogBase().unit() + ")"), colTarget() + 1, 0);
        header.add(header("argmax"), colTarget() + 2, 0);
    }

    /**
     * Invisible copies of the headers in a zero-height row under the samples, so every rows'
     * column is at least as wide as its header and the header can simply follow the rows.
     */
    private void ghostHeader(int line) {
        for (Node h : List.copyOf(header.getChildren())) {
            Node ghost = h instanceof HBox box
                    ? new HBox(5, new Rectangle(10, 10), header(((Label) box.getChildren().get(1)).getText()))
                    : header(((Label) h).getText());
            ghost.setVisible(false);
            ghost.setMouseTransparent(true);
            ((Region) ghost).setMinHeight(0);
            ((Region) ghost).setPrefHeight(0);
            ((Region) ghost).setMaxHeight(0);
            body.add(ghost, GridPane.getColumnIndex(h), line);
        }
    }

    private Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("batch-header");
        return l;
    }

    private int colTarget() {
        return COL_FIRST_CLASS + model.classCount();
    }

    private int line(int i) {
        return 2 * i;
    }

    private void buildRow(State s, int i) {
        Label sample = new Label(String.valueOf(i));
        sample.getStyleClass().add("batch-sample");
        body.add(sample, COL_SAMPLE, line(i));
        for (int k = 0; k < s.classes(); k++) {
            NumberField f = field(i, k);
            fields[i][k] = f;
            body.add(f.field(), COL_FIRST_CLASS + k, line(i));
        }
        targetNodes[i] = s.form() == TargetForm.INDICES ? indexPicker(s, i) : oneHotRow(s, i);
        body.add(targetNodes[i], colTarget(), line(i));

        Label loss = new Label();
        loss.setId("batch-loss-" + i);
        loss.getStyleClass().add("batch-loss");
        losses[i] = loss;
        body.add(loss, colTarget() + 1, line(i));

        Label ok = new Label();
        ok.setId("batch-ok-" + i);
        ok.getStyleClass().add("batch-ok");
        verdicts[i] = ok;
        body.add(ok, colTarget() + 2, line(i));

        Button remove = new Button("✕");
        remove.setId("batch-remove-" + i);
        remove.getStyleClass().add("batch-remove");
        remove.setTooltip(new Tooltip("Remove sample " + i));
        remove.setAccessibleText("remove sample " + i);
        remove.setOnAction(e -> {
            if (model.removeRow(i)) {
                status.accept("Removed sample " + i + "; the batch now has " + model.rowCount() + " samples.");
            }
        });
        removes[i] = remove;
        body.add(remove, colTarget() + 3, line(i));

        Label msg = new Label();
        msg.setId("batch-msg-" + i);
        msg.getStyleClass().add("field-message");
        msg.setWrapText(true);
        msg.setMinWidth(0);
        msg.setPrefWidth(10); // wraps inside the columns it spans instead of widening them
        msg.setMaxWidth(Double.MAX_VALUE);
        msg.setVisible(false);
        msg.setManaged(false);
        messages[i] = msg;
        body.add(msg, COL_FIRST_CLASS, line(i) + 1, s.classes() + 4, 1);
    }

    /**
     * One cell: the shared number field (parse, range, exact value kept, Esc), its message going
     * to the row's message line.
     */
    private NumberField field(int i, int k) {
        NumberField[] self = new NumberField[1];
        NumberField nf = new NumberField("batch-p-" + i + "-" + k, ProbabilityInput::parse, v -> commit(self[0], i, k, v))
                .subject(() -> "Sample " + i + ", " + lab.classNames().get(k));
        self[0] = nf;
        nf.messageSink(text -> rowMessage(nf, i, k, text));
        TextField f = nf.field();
        f.getStyleClass().addAll("prob-field", "batch-cell");
        f.setPrefColumnCount(4);
        f.focusedProperty().addListener((o, was, now) -> {
            if (now) {
                reveal(f);
            }
        });
        f.addEventFilter(KeyEvent.KEY_PRESSED, e -> step(e, i, k));
        return nf;
    }

    private ComboBox<Integer> indexPicker(State s, int i) {
        ComboBox<Integer> box = new ComboBox<>();
        for (int k = 0; k < s.classes(); k++) {
            box.getItems().add(k);
        }
        box.setId("batch-target-" + i);
        box.getStyleClass().add("batch-target");
        box.setCellFactory(v -> new ClassCell());
        box.setButtonCell(new ClassCell());
        box.setValue(s.targets().get(i));
        box.setTooltip(new Tooltip("True class of sample " + i));
        box.valueProperty().addListener((o, was, now) -> {
            if (now != null && now != model.target(i)) {
                model.setTarget(i, now);
                status.accept("Sample " + i + ": true class " + now + " " + lab.classNames().get(now));
            }
        });
        return box;
    }

    private HBox oneHotRow(State s, int i) {
        HBox row = new HBox(3);
        row.setAlignment(Pos.CENTER);
        row.getStyleClass().add("batch-onehot");
        for (int k = 0; k < s.classes(); k++) {
            final int cls = k;
            Button cell = new Button();
            cell.setId("batch-onehot-" + i + "-" + k);
            cell.getStyleClass().add("onehot-cell");
            cell.setTooltip(new Tooltip("y[" + i + "][" + k + "] — click to make "
                    + lab.classNames().get(k) + " the true class of sample " + i));
            cell.setOnAction(e -> {
                model.setTarget(i, cls);
                status.accept("Sample " + i + ": true class " + cls + " " + lab.classNames().get(cls));
            });
            row.getChildren().add(cell);
        }
        return row;
    }

    private final class ClassCell extends ListCell<Integer> {
        @Override
        protected void updateItem(Integer k, boolean empty) {
            super.updateItem(k, empty);
            setText(empty || k == null ? null : k + " " + lab.classNames().get(k));
        }
    }

    // Commands

    /** A valid value typed in cell (i, k); a cell left over from before a rebuild commits nothing. */
    private void commit(NumberField cell, int i, int k, double p) {
        if (i >= fields.length || k >= fields[i].length || fields[i][k] != cell) {
            return;
        }
        if (p != model.row(i).get(k)) {
            model.setProbability(i, k, p);
        } else {
            cell.show(cell.shownText()); // the same value typed another way ("40%", " 0.4 "): show it the usual way
        }
    }

    /** Up/Down in a field step the value by 0.01 (Shift: 0.001), like a slider. */
    private void step(KeyEvent e, int i, int k) {
        double d = switch (e.getCode()) {
            case UP -> 0.01;
            case DOWN -> -0.01;
            default -> 0;
        };
        if (d == 0) {
            return;
        }
        if (e.isShiftDown()) {
            d /= 10;
        }
        fields[i][k].setMessage(null);
        model.setProbability(i, k, Math.max(0, Math.min(1, model.row(i).get(k) + d)));
        e.consume();
    }

    /**
     * The row's one message line shows the message of the cell that last had something to say;
     * a cell clearing its message clears the line only if the line is about that cell.
     */
    private void rowMessage(NumberField cell, int i, int k, String message) {
        if (i >= fields.length || k >= fields[i].length || fields[i][k] != cell) {
            return;
        }
        boolean on = message != null;
        if (on || messageOwner[i] == k) {
            messageOwner[i] = on ? k : -1;
            messages[i].setText(on ? message : "");
            messages[i].setVisible(on);
            messages[i].setManaged(on);
        }
    }

    // Refreshing from the model

    private void refresh() {
        State s = model.getState();
        LossResult r = model.getResult();
        boolean hidden = lab.numbersHiddenProperty().get();
        for (int i = 0; i < s.size(); i++) {
            int t = s.targets().get(i);
            for (int k = 0; k < s.classes(); k++) {
                refreshCell(s, i, k, t);
            }
            refreshTarget(s, i, t);
            String loss = Units.number(r.loss(i), lab.getLogBase(), hidden);
            losses[i].setText(loss);
            losses[i].setAccessibleText("loss of sample " + i + " " + (hidden ? "hidden" : loss));
            StyleClasses.toggle(losses[i], "infinite", !hidden && Double.isInfinite(r.loss(i)));
            boolean ok = r.correct(i);
            verdicts[i].setText(ok ? "✔ " + r.predicted(i) : "✘ " + r.predicted(i));
            verdicts[i].setAccessibleText("predicted class " + r.predicted(i) + (ok ? ", right" : ", wrong"));
            StyleClasses.pick(verdicts[i], ok ? "good" : "bad", "good", "bad");
            removes[i].setDisable(!model.canRemoveRow());
        }
    }

    private void refreshCell(State s, int i, int k, int t) {
        NumberField cell = fields[i][k];
        TextField f = cell.field();
        double p = s.rows().get(i).get(k);
        boolean picked = k == t;
        StyleClasses.pick(f, picked ? "picked" : s.form() == TargetForm.ONE_HOT ? "zeroed" : null, "picked", "zeroed");
        String text = Numbers.format(p, 3);
        cell.show(text); // a cell the person is fixing keeps what they typed
        f.setAccessibleText("sample " + i + ", " + lab.classNames().get(k) + ": probability " + text
                + (picked ? ", true class, picked by the loss" : ""));
    }

    private void refreshTarget(State s, int i, int t) {
        if (targetNodes[i] instanceof ComboBox<?> box) {
            @SuppressWarnings("unchecked")
            ComboBox<Integer> picker = (ComboBox<Integer>) box;
            picker.setValue(t);
            picker.setAccessibleText("true class of sample " + i + ": " + t + " " + lab.classNames().get(t));
        } else if (targetNodes[i] instanceof HBox row) {
            for (int k = 0; k < row.getChildren().size(); k++) {
                Button cell = (Button) row.getChildren().get(k);
                cell.setText(k == t ? "1" : "0");
                StyleClasses.toggle(cell, "hot", k == t);
                cell.setAccessibleText("sample " + i + " one-hot position " + k + (k == t ? ": 1, true class" : ": 0"));
            }
        }
    }
}
