package celab.view;

import celab.core.LossResult;
import celab.core.Numbers;
import celab.core.Precision;
import celab.model.ClippingModel;
import celab.model.Lab;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The edge cases of the clipping screen, near 0 on the first row and near 1 on the second, each a value the core computed under the current ε,
 * clipping and precision, with one line saying why. Ids (values): {@code #clip-cap},
 * {@code #clip-floor}, {@code #clip-zero-loss}, {@code #clip-above-loss}, {@code #clip-batch-mean},
 * {@code #clip-one-minus-eps}; each note is the same id with "-note"; {@code #clip-poison-k} picks
 * the sample of the batch whose true class gets probability 0.
 */
public final class ClippingReadouts extends GridPane {
    private final Lab lab;
    private final ClippingModel model;
    private final Case cap = new Case("cap: the largest loss", "clip-cap");
    private final Case floor = new Case("floor: the smallest loss", "clip-floor");
    private final Case zero = new Case("loss at p(true) = 0", "clip-zero-loss");
    private final Case above = new Case("loss at p(true) = 1 + 1e-9", "clip-above-loss");
    private final Case batch = new Case("batch mean, one p(true) = 0", "clip-batch-mean");
    private final Case stored = new Case("1 − ε as stored", "clip-one-minus-eps");
    private final ToggleGroup poison = new ToggleGroup();

    public ClippingReadouts(Lab lab, ClippingModel model) {
        this.lab = lab;
        this.model = model;
        getStyleClass().addAll("readouts", "clipping-readouts");
        batch.getChildren().add(poisonPicker());
        batch.note.getStyleClass().remove("two-lines"); // one short line above the picker
        setHgap(22);
        setVgap(12);
        for (int c = 0; c < 3; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100 / 3.0);
            cc.setHgrow(Priority.ALWAYS);
            getColumnConstraints().add(cc);
        }
        // near 0 on the first row, near 1 on the second
        addRow(0, zero, cap, batch);
        addRow(1, above, floor, stored);
        model.zeroProperty().addListener((o, was, now) -> refresh());
        model.oneProperty().addListener((o, was, now) -> refresh());
        model.aboveOneProperty().addListener((o, was, now) -> refresh());
        model.poisonedProperty().addListener((o, was, now) -> refresh());
        model.edge64Property().addListener((o, was, now) -> refresh());
        model.edge32Property().addListener((o, was, now) -> refresh());
        lab.numbersHiddenProperty().addListener((o, was, now) -> refresh());
        lab.logBaseProperty().addListener((o, was, now) -> refresh());
        refresh();
    }

    private FlowPane poisonPicker() {
        Label l = new Label("zero in sample");
        l.getStyleClass().add("hint");
        l.setMinWidth(Label.USE_PREF_SIZE);
        // the buttons go to the next line when the column is narrow
        FlowPane row = new FlowPane(4, 4, l);
        row.setAlignment(Pos.CENTER_LEFT);
        for (int i = 0; i < ClippingModel.SEED_BATCH.length; i++) {
            int sample = i;
            ToggleButton b = new ToggleButton(String.valueOf(i + 1));
            b.setId("clip-poison-" + i);
            b.getStyleClass().add("poison-button");
            b.setToggleGroup(poison);
            b.setTooltip(new Tooltip("Set sample " + (i + 1) + "'s true-class probability to 0"));
            b.setAccessibleText("put the zero in sample " + (i + 1));
            b.setOnAction(e -> {
                model.setPoisonedSample(sample);
                b.setSelected(true);
            });
            row.getChildren().add(b);
        }
        model.poisonedSampleProperty().addListener((o, was, now) -> refresh());
        return row;
    }

    /** A loss in nats, shown in the lab's unit (the captions name it). */
    private String lossText(double v) {
        return Units.number(v, lab.getLogBase(), lab.numbersHiddenProperty().get());
    }

    private void refresh() {
        boolean on = lab.getClipping().enabled();
        Precision precision = lab.getPrecision();
        celab.core.LogBase base = lab.getLogBase();
        cap.caption(Units.caption("cap: the largest loss", base));
        floor.caption(Units.caption("floor: the smallest loss", base));
        zero.caption(Units.caption("loss at p(true) = 0", base));
        above.caption(Units.caption("loss at p(true) = 1 + 1e-9", base));
        batch.caption(Units.caption("batch mean, one p(true) = 0", base));
        boolean f32 = precision == Precision.FLOAT32;

        cap.set(lossText(model.cap()), on ? "−log ε: p is never below ε" : "no cap: −log 0 = ∞", null);
        String floorWhy = !on ? "0 at p = 1; below 0 above 1"
                : model.floor() == 0 ? "0: in " + precision.label() + ", 1 − ε rounds to 1"
                : "−log(1 − ε), not 0" + (f32 ? ", in float32" : "");
        floor.set(lossText(model.floor()), floorWhy, on && model.floor() == 0 ? Boolean.FALSE : null);

        LossResult z = model.zeroProperty().get();
        zero.set(lossText(z.loss(0)), on ? "p counted as ε" : "−log 0 is infinite", bad(z.loss(0)));

        LossResult a = model.aboveOneProperty().get();
        double used = a.pTrueUsed(0);
        String why = used > 1 ? "p > 1 gives a loss below 0"
                : used == 1 ? "float32 rounds 1 + 1e-9 to exactly 1"
                : "p counted as 1 − ε";
        above.set(lossText(a.loss(0)), why, bad(a.loss(0)));

        LossResult p = model.poisonedProperty().get();
        batch.set(lossText(p.mean()), "without the zero: " + lossText(model.batchProperty().get().mean()),
                bad(p.mean()));
        int k = model.poisonedSampleProperty().get();
        poison.getToggles().get(k).setSelected(true);

        double mine = model.edge(precision).pTrueUsed(0);
        double other = model.edge(f32 ? Precision.FLOAT64 : Precision.FLOAT32).pTrueUsed(0);
        int digits = digitsFor(model.epsilon());
        stored.caption("1 − ε as " + precision.label() + " stores it");
        String otherName = f32 ? "float64" : "float32";
        String value = Numbers.format(mine, digits);
        stored.set(value, mine == 1.0 ? "exactly 1: clipping can no longer keep p below 1"
                        : other == 1.0 ? otherName + " rounds it to exactly 1"
                        : otherName + " stores " + Numbers.format(other, digits),
                mine == 1.0 ? Boolean.FALSE : null);
        stored.setLong(value.length() > 11);
    }

    /** Enough significant digits to tell 1 − ε from 1: 8 for ε = 1e-7, up to 17. */
    static int digitsFor(double eps) {
        return Math.max(8, Math.min(17, (int) Math.ceil(-Math.log10(eps)) + 1));
    }

    private static Boolean bad(double loss) {
        return Double.isInfinite(loss) || loss < 0 ? Boolean.FALSE : null;
    }

    /** A readout with a note underneath. */
    private static final class Case extends VBox {
        private final Readout readout;
        private final Label note = new Label();
        private final Label caption;

        Case(String caption, String id) {
            super(3);
            readout = new Readout(caption, id);
            this.caption = (Label) readout.getChildren().get(0);
            this.caption.setWrapText(true); // a narrow column wraps the caption instead of cutting it
            this.caption.setMinHeight(Label.USE_PREF_SIZE);
            note.setId(id + "-note");
            note.getStyleClass().addAll("hint", "readout-note", "two-lines");
            note.setWrapText(true);
            note.setMinHeight(Label.USE_PREF_SIZE);
            getStyleClass().add("clip-case");
            getChildren().addAll(readout, note);
        }

        void caption(String text) {
            caption.setText(text);
        }

        /** A smaller font for values with many digits, so they fit their column. */
        void setLong(boolean on) {
            StyleClasses.toggle(readout.valueLabel(), "long", on);
        }

        void set(String value, String why, Boolean good) {
            // "?" while losses are hidden (predict-then-reveal): a screen reader says so in words
            readout.set(value, caption.getText() + " " + ("?".equals(value) ? "hidden" : value) + ", " + why);
            readout.setVerdict(good);
            note.setText(why);
        }
    }
}
