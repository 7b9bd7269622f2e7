package celab.screen;

import celab.core.Clipping;
import celab.core.LossResult;
import celab.core.Numbers;
import celab.model.BatchModel;
import celab.model.BatchModel.TargetForm;
import celab.model.Lab;
import celab.model.ScreenModel;
import celab.plot.SampleLossBars;
import celab.view.BatchGrid;
import celab.view.Card;
import celab.view.PickingView;
import celab.view.Readout;
import celab.view.ScreenLayout;
import celab.view.StyleClasses;
import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A batch and its mean: the seeds' three samples as an editable table, the targets as indices or
 * as a one-hot matrix, the confidences the loss picks highlighted, both ways of picking them side
 * by side, the per-sample losses as bars, and the batch loss (their mean) with the accuracy.
 */
public final class BatchScreen implements Screen {

    @Override
    public String id() {
        return "batch";
    }

    @Override
    public String title() {
        return "Batch and mean";
    }

    @Override
    public String summary() {
        return "Many samples at once: each row's loss reads one probability, and the batch loss is their mean.";
    }

    @Override
    public Node createView(ScreenContext ctx) {
        Lab lab = ctx.lab();
        BatchModel model = lab.batch();

        Card table = new Card("Predictions ŷ (one row per sample) and targets",
                formSwitch(model, ctx), targetsText(model),
                ScreenLayout.sideways(new BatchGrid(lab, model, ctx.theme(), ctx.status())),
                addRow(model, ctx),
                hint("Highlighted cells: the probability each sample gives its true class — the only "
                        + "number its loss reads. Edit a cell and the row's other classes rescale so it still sums to 1."));
        Label clippingHint = hint("");
        clippingHint.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                "Shared by every screen. Try it: switch clipping off and type 0 into a highlighted cell. −log 0 = ∞, and one "
                        + "∞ makes the mean ∞. With clipping, 0 becomes ε and the loss stops at −log ε"
                        + (lab.numbersHiddenProperty().get() ? "." : " ≈ 16.12."), lab.numbersHiddenProperty()));
        Card clipping = new Card("Clipping", clippingBox(lab), clippingHint);
        celab.view.CodeDialog dialog = new celab.view.CodeDialog("Code — Batch and mean",
                javafx.beans.binding.Bindings.createObjectBinding(() -> {
                    int n = model.rowCount();
                    double[][] p = new double[n][];
                    int[] t = new int[n];
                    for (int i = 0; i < n; i++) {
                        p[i] = model.row(i).toArray();
                        t[i] = model.target(i);
                    }
                    return celab.model.CodeGenerator.forBatch(p, t, lab.getClipping(), lab.getPrecision());
                }, model.resultProperty()), lab.numbersHiddenProperty());
        javafx.scene.control.Button code = new javafx.scene.control.Button("Show code");
        code.setId("batch-show-code");
        code.setTooltip(new javafx.scene.control.Tooltip("This batch as NumPy and PyTorch code, with today's numbers"));
        code.setOnAction(e -> dialog.show(code));
        code.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.control.Label pickHint = hint("Indices pick one column per row; a one-hot row multiplies every other "
                + "column by 0. Same numbers, so the same loss.");
        javafx.scene.layout.HBox.setHgrow(pickHint, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.layout.HBox pickFoot = new javafx.scene.layout.HBox(12, pickHint, code);
        pickFoot.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Card picking = new Card("Picking the true class's confidence, two ways", new PickingView(lab, model), pickFoot);
        Card readouts = new Card(null, readouts(lab, model));

        SampleLossBars bars = new SampleLossBars(ctx.theme());
        bars.setId("batch-bars");
        bars.resultProperty().bind(model.resultProperty());
        bars.numbersHiddenProperty().bind(lab.numbersHiddenProperty());
        bars.logBaseProperty().bind(lab.logBaseProperty());
        bars.namesProperty().set(List.copyOf(lab.classNames()));
        lab.classNames().addListener((javafx.collections.ListChangeListener<String>) c ->
                bars.namesProperty().set(List.copyOf(lab.classNames())));
        Card barsCard = Card.growing("Loss per sample, and the batch mean", bars);

        ScreenLayout root = ScreenLayout.following(ctx.theme())
                .side(readouts, clipping, picking)
                .pictures(table, barsCard)
                .comfortableWidth(table, 36);
        root.getStyleClass().add("batch-screen");
        return root;
    }

    /** A hint that wraps to its card's width instead of widening the card to one long line. */
    private static Label hint(String text) {
        Label l = Card.hint(text);
        l.setPrefWidth(1);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    private static Node formSwitch(BatchModel model, ScreenContext ctx) {
        ToggleGroup group = new ToggleGroup();
        ToggleButton indices = new ToggleButton("class indices");
        indices.setId("batch-form-indices");
        ToggleButton oneHot = new ToggleButton("one-hot matrix");
        oneHot.setId("batch-form-onehot");
        for (ToggleButton b : List.of(indices, oneHot)) {
            b.setToggleGroup(group);
            b.getStyleClass().add("form-toggle");
        }
        indices.setTooltip(new Tooltip("Targets as [0, 1, 1]: the loss indexes each row at its class"));
        oneHot.setTooltip(new Tooltip("Targets as one-hot rows: the loss multiplies and sums"));
        Runnable sync = () -> {
            indices.setSelected(model.targetForm() == TargetForm.INDICES);
            oneHot.setSelected(model.targetForm() == TargetForm.ONE_HOT);
        };
        // pressing the chosen form again would unselect it (the state does not change, so no
        // listener runs): one form is always shown chosen
        indices.setOnAction(e -> {
            choose(model, ctx, TargetForm.INDICES);
            sync.run();
        });
        oneHot.setOnAction(e -> {
            choose(model, ctx, TargetForm.ONE_HOT);
            sync.run();
        });
        model.stateProperty().addListener((o, was, now) -> sync.run());
        sync.run();
        Label caption = new Label("targets as");
        caption.getStyleClass().add("hint");
        caption.setMinWidth(Label.USE_PREF_SIZE);
        FlowPane box = new FlowPane(6, 6, caption, indices, oneHot); // wraps in a narrow card
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static void choose(BatchModel model, ScreenContext ctx, TargetForm form) {
        model.setTargetForm(form);
        ctx.status().accept(form == TargetForm.INDICES
                ? "Targets as class indices: the loss picks ŷ[i, t_i]."
                : "Targets as a one-hot matrix: the loss sums ŷ·y over each row.");
    }

    private static Node targetsText(BatchModel model) {
        Label text = new Label();
        text.setId("batch-targets-text");
        text.getStyleClass().add("targets-text");
        text.setWrapText(true);
        text.setPrefWidth(1); // wraps inside the card instead of widening it
        text.setMaxWidth(Double.MAX_VALUE);
        text.setMinHeight(Region.USE_PREF_SIZE);
        Runnable sync = () -> {
            BatchModel.State s = model.getState();
            if (s.form() == TargetForm.INDICES) {
                text.setText("t = " + s.targets());
            } else {
                text.setText("y = [" + java.util.Arrays.stream(s.oneHot().labels().toArrays())
                        .map(row -> java.util.Arrays.stream(row).mapToObj(v -> v == 1.0 ? "1" : "0")
                                .collect(Collectors.joining(",", "[", "]")))
                        .collect(Collectors.joining(", ")) + "]");
            }
        };
        model.stateProperty().addListener((o, was, now) -> sync.run());
        sync.run();
        return text;
    }

    private static Node addRow(BatchModel model, ScreenContext ctx) {
        Button add = new Button("+ Add sample");
        add.setId("batch-add");
        add.setTooltip(new Tooltip("Add a sample with a uniform prediction (up to " + BatchModel.MAX_ROWS + ")"));
        add.setOnAction(e -> {
            if (model.addRow()) {
                ctx.status().accept("Added sample " + (model.rowCount() - 1)
                        + " with a uniform prediction: its loss is −log(1/3) = ln 3.");
            }
        });
        Runnable sync = () -> add.setDisable(!model.canAddRow());
        model.stateProperty().addListener((o, was, now) -> sync.run());
        sync.run();
        Label limits = new Label(BatchModel.MIN_ROWS + " to " + BatchModel.MAX_ROWS + " samples");
        limits.getStyleClass().add("hint");
        add.setMinWidth(Button.USE_PREF_SIZE);
        limits.setMinWidth(Label.USE_PREF_SIZE);
        FlowPane box = new FlowPane(10, 6, add, limits);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static Node clippingBox(Lab lab) {
        CheckBox box = new CheckBox();
        box.setId("batch-clipping");
        box.setWrapText(true);
        box.setTooltip(new Tooltip("One setting for every screen of the lab"));
        Runnable sync = () -> {
            Clipping c = lab.getClipping();
            box.setSelected(c.enabled());
            box.setText("Clip ŷ to [ε, 1 − ε], ε = " + Numbers.format(c.epsilon(), 2));
        };
        box.selectedProperty().addListener((o, was, now) -> {
            if (now != lab.getClipping().enabled()) {
                lab.clippingProperty().set(lab.getClipping().withEnabled(now));
            }
        });
        lab.clippingProperty().addListener((o, was, now) -> sync.run());
        sync.run();
        return box;
    }

    private static Node readouts(Lab lab, BatchModel model) {
        Readout mean = new Readout("batch loss = mean of L_i", "batch-mean");
        mean.getStyleClass().add("primary");
        Readout shortMean = new Readout("rounded", "batch-mean-short");
        Readout accuracy = new Readout("accuracy (argmax = true)", "batch-accuracy");
        Readout samples = new Readout("samples N", "batch-n");
        Label note = new Label();
        note.setId("batch-note");
        note.getStyleClass().add("batch-note");
        note.setWrapText(true);
        note.setPrefWidth(1);
        note.setMaxWidth(Double.MAX_VALUE);
        Runnable sync = () -> {
            LossResult r = model.getResult();
            boolean hidden = lab.numbersHiddenProperty().get();
            celab.core.LogBase base = lab.getLogBase();
            mean.setCaption(celab.view.Units.caption("batch loss = mean of L_i", base));
            String m8 = hidden ? "?" : Numbers.format(base.fromNats(r.mean()), 8);
            String m4 = hidden ? "?" : Numbers.format(base.fromNats(r.mean()));
            mean.set(m8, "batch loss " + (hidden ? "hidden" : m8));
            shortMean.set(m4, "batch loss rounded " + (hidden ? "hidden" : m4));
            boolean infinite = !hidden && Double.isInfinite(r.mean());
            mean.setVerdict(infinite ? Boolean.FALSE : null);
            shortMean.setVerdict(infinite ? Boolean.FALSE : null);
            int right = (int) Math.round(r.accuracy() * r.size());
            String acc = Numbers.percent(r.accuracy());
            accuracy.set(acc + "  (" + right + " of " + r.size() + ")", "accuracy " + acc + ", " + right + " of " + r.size() + " right");
            samples.set(String.valueOf(r.size()), r.size() + " samples");
            String why = hidden ? "" : note(r);
            note.setText(why);
            note.setVisible(!why.isEmpty());
            note.setManaged(!why.isEmpty());
            StyleClasses.toggle(note, "clipped", Double.isFinite(r.mean()));
        };
        model.resultProperty().addListener((o, was, now) -> sync.run());
        lab.numbersHiddenProperty().addListener((o, was, now) -> sync.run());
        lab.logBaseProperty().addListener((o, was, now) -> sync.run());
        sync.run();
        FlowPane pane = new FlowPane(22, 10, mean, shortMean, accuracy, samples);
        pane.getStyleClass().add("readouts");
        pane.setMinHeight(Region.USE_PREF_SIZE);
        return new VBox(8, pane, note);
    }

    /** Why the mean is ∞, or that clipping kept it finite; empty when neither applies. */
    private static String note(LossResult r) {
        for (int i = 0; i < r.size(); i++) {
            if (Double.isInfinite(r.loss(i))) {
                return "Sample " + i + " gives its true class p = " + Numbers.format(r.pTrue(i))
                        + ", so its loss is −log 0 = ∞ — and one ∞ makes the whole mean ∞. Clipping prevents this.";
            }
        }
        for (int i = 0; i < r.size(); i++) {
            if (r.pTrue(i) < r.pTrueUsed(i)) {
                return "Clipping lifted sample " + i + "'s p(true) from " + Numbers.format(r.pTrue(i)) + " to "
                        + Numbers.format(r.pTrueUsed(i)) + ": its loss is capped at " + Numbers.format(r.loss(i))
                        + ", so the mean stays finite (but large).";
            }
        }
        return "";
    }

    @Override
    public ScreenModel<?> model(Lab lab) {
        return lab.batch();
    }
}
