package celab.screen;

import celab.core.LossResult;
import celab.core.Numbers;
import celab.model.Comparison;
import celab.model.ComparisonModel;
import celab.model.Lab;
import celab.model.PredictionModel;
import celab.model.ScreenModel;
import celab.plot.CurveMark;
import celab.plot.LossCurve;
import celab.plot.SimplexPlot;
import celab.plot.SimplexPoint;
import celab.view.Card;
import celab.view.LossReadouts;
import celab.view.ProbabilityEditor;
import celab.view.TargetPicker;
import java.util.List;
import javafx.beans.Observable;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;

/**
 * Accuracy vs loss: the seeds' predictions A and B are both right, so accuracy calls them equal,
 * yet A's loss is half of B's. Both are editable against one shared true class; the −log(p)
 * curve and the probability triangle show them together, and two puzzles ask the learner to find
 * what accuracy cannot see ({@link AccuracyVsLossPuzzles}). Ids: {@code #a-…} and {@code #b-…} for
 * each prediction's editor and readouts, {@code #ab-accuracy}, {@code #ab-loss}, {@code #ab-ratio},
 * {@code #ab-curve}, {@code #simplex}.
 */
public final class AccuracyVsLossScreen implements Screen {
    private static final String[] NAMES = {"A", "B"};

    @Override
    public String id() {
        return "accuracy";
    }

    @Override
    public String title() {
        return "Accuracy vs loss";
    }

    @Override
    public String summary() {
        return "Both right, so accuracy calls them equal; the loss sees how sure each one was.";
    }

    @Override
    public Node createView(ScreenContext ctx) {
        Lab lab = ctx.lab();
        ComparisonModel m = lab.comparison();

        TargetPicker picker = new TargetPicker(lab, m.a());
        Card target = new Card("True class — one for A and B", picker,
                Card.hint("Click a class or press 1–3."), verdictLines(lab, m));
        VBox left = new VBox(14, editorCard(ctx, m.a(), "a-", 0, true), editorCard(ctx, m.b(), "b-", 1, false), target);
        left.getStyleClass().add("ab-left"); // width in em, so that it grows with the zoom

        SimplexPlot simplex = simplex(ctx, m);
        LossCurve curve = curve(ctx, m);
        // below these the screen scrolls rather than squeezing the plots to nothing
        simplex.setMinHeight(210);
        curve.setMinHeight(190);
        Label simplexHint = Card.hint("Same shade: same accuracy. Other line: other loss.");
        simplexHint.setId("simplex-hint");
        Card simplexCard = Card.growing("Probability triangle: drag A or B", simplex);
        simplexCard.getChildren().add(simplexHint);
        VBox.setVgrow(simplex, Priority.ALWAYS);
        Card curveCard = Card.growing("Loss curve: drag", curve);
        HBox plots = new HBox(14, simplexCard, curveCard);
        HBox.setHgrow(simplexCard, Priority.ALWAYS);
        HBox.setHgrow(curveCard, Priority.ALWAYS);
        simplexCard.setPrefWidth(380);
        curveCard.setPrefWidth(250);
        VBox.setVgrow(plots, Priority.ALWAYS);

        VBox right = new VBox(14, readoutCard(lab, m), plots, AccuracyVsLossPuzzles.card(ctx, m));
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox root = new HBox(14, left, right);
        root.getStyleClass().addAll("screen", "ab-screen");

        return root;
    }

    @Override
    public int pickableClasses(Lab lab) {
        return 3;
    }

    @Override
    public void pickClass(ScreenContext ctx, int k) {
        ctx.lab().comparison().targetProperty().set(k);
        ctx.status().accept("True class for A and B: " + ctx.lab().classNames().get(k));
    }

    @Override
    public ScreenModel<?> model(Lab lab) {
        return lab.comparison();
    }

    // Building

    /** @param showRule whether to keep the editor's sentence on the rescale rule (said once is enough) */
    private static Node editorCard(ScreenContext ctx, PredictionModel row, String prefix, int which, boolean showRule) {
        Label title = new Label("Prediction " + NAMES[which]);
        title.getStyleClass().add("card-title");
        HBox head = new HBox(8, marker(which), title);
        head.setAlignment(Pos.CENTER_LEFT);
        ProbabilityEditor editor = new ProbabilityEditor(ctx.lab(), row, ctx.theme(), prefix, false);
        editor.getChildren().stream().filter(n -> n.getStyleClass().contains("hint")).forEach(n -> {
            ((Region) n).setMinHeight(Region.USE_PREF_SIZE); // wrap, never cut to "…"
            n.setVisible(showRule);
            n.setManaged(showRule);
        });
        return new Card(null, head, editor);
    }

    /** The point's shape as a small legend: A is a circle, B a square, as in both plots. */
    private static Shape marker(int which) {
        Shape s = which == Comparison.A ? new Circle(6) : new Rectangle(11, 11);
        s.getStyleClass().addAll("ab-marker", which == Comparison.A ? "ab-marker-a" : "ab-marker-b");
        return s;
    }

    private static Node readoutCard(Lab lab, ComparisonModel m) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("ab-readouts");
        for (int i = 0; i < 2; i++) {
            Label name = new Label(NAMES[i]);
            name.getStyleClass().add("ab-row-name");
            HBox tag = new HBox(6, marker(i), name);
            tag.setAlignment(Pos.CENTER_LEFT);
            LossReadouts r = new LossReadouts(lab, m.prediction(i), NAMES[i].toLowerCase() + "-");
            GridPane.setHgrow(r, Priority.ALWAYS);
            grid.addRow(i, tag, r);
        }
        return new Card(null, grid);
    }

    /** Accuracy and loss of A and B side by side, under the shared target: the seeds' point in two lines. */
    private static Node verdictLines(Lab lab, ComparisonModel m) {
        Label accuracy = new Label();
        accuracy.setId("ab-accuracy");
        accuracy.getStyleClass().add("ab-compare");
        Label loss = new Label();
        loss.setId("ab-loss");
        loss.getStyleClass().addAll("ab-compare", "ab-compare-loss");
        Label ratio = new Label();
        ratio.setId("ab-ratio");
        ratio.getStyleClass().add("ab-compare-note");
        ratio.setWrapText(true);
        ratio.setMinHeight(Label.USE_PREF_SIZE);
        Runnable refresh = () -> {
            Comparison c = m.getComparison();
            boolean hidden = lab.numbersHiddenProperty().get();
            accuracy.setText("accuracy: " + Numbers.percent(c.accuracyA()) + " vs " + Numbers.percent(c.accuracyB()));
            loss.setText(hidden ? "loss:     ? vs ?" : "loss:     " + Numbers.format(c.lossA()) + " vs " + Numbers.format(c.lossB()));
            ratio.setText(lossSentence(c, hidden));
        };
        listen(refresh, m.comparisonProperty(), lab.numbersHiddenProperty());
        refresh.run();
        VBox box = new VBox(3, accuracy, loss, ratio);
        box.getStyleClass().add("ab-compare-box");
        return box;
    }

    /** "B's loss is 2.0× A's (0.5108 more)." */
    static String lossSentence(Comparison c, boolean hidden) {
        if (hidden) {
            return "Which loss is larger? Predict, then reveal.";
        }
        if (c.lossA() == c.lossB()) {
            return "A and B have the same loss.";
        }
        int hi = Comparison.other(c.lower());
        int lo = c.lower();
        double ratio = c.ratio();
        String times = Double.isFinite(ratio) ? Numbers.format(ratio, 2) + "× " + NAMES[lo] + "'s" : "infinite";
        double gap = Math.abs(c.difference());
        return NAMES[hi] + "'s loss is " + times
                + (Double.isFinite(gap) ? " (" + Numbers.format(gap) + " more)." : ".");
    }

    private static SimplexPlot simplex(ScreenContext ctx, ComparisonModel m) {
        Lab lab = ctx.lab();
        SimplexPlot plot = new SimplexPlot(ctx.theme());
        plot.setId("simplex");
        plot.numbersHiddenProperty().bind(lab.numbersHiddenProperty());
        plot.setAccessibleText("probability triangle with predictions A and B; the sliders of A and B move them too");
        plot.setOnDrag((i, row) -> m.prediction(i).setPrediction(celab.core.Distribution.of(row)));
        Runnable sync = () -> {
            LossResult a = m.a().getResult();
            LossResult b = m.b().getResult();
            if (a.trueClass(0) != b.trueClass(0)) {
                return; // the moment between A and B hearing of a new target
            }
            plot.namesProperty().set(List.copyOf(lab.classNames()));
            plot.targetProperty().set(a.trueClass(0));
            plot.pointsProperty().set(List.of(
                    new SimplexPoint(m.a().getPrediction(), a.loss(0), "A", CurveMark.Shape.CIRCLE, 0),
                    new SimplexPoint(m.b().getPrediction(), b.loss(0), "B", CurveMark.Shape.SQUARE, 1)));
        };
        listen(sync, m.a().resultProperty(), m.b().resultProperty(), lab.classNames());
        sync.run();
        return plot;
    }

    private static LossCurve curve(ScreenContext ctx, ComparisonModel m) {
        Lab lab = ctx.lab();
        LossCurve curve = new LossCurve(ctx.theme());
        curve.setId("ab-curve");
        curve.clippingProperty().bind(lab.clippingProperty());
        curve.numbersHiddenProperty().bind(lab.numbersHiddenProperty());
        curve.setAccessibleText("loss curve with A and B; drag the nearest point along the curve, "
                + "or press A or B and use the arrow keys");
        javafx.scene.control.Tooltip.install(curve, new javafx.scene.control.Tooltip(
                "Drag: moves the nearer of A and B along the curve. Keys: A or B picks one, arrows move it."));
        int[] active = {Comparison.A};
        Runnable sync = () -> {
            LossResult[] r = {m.a().getResult(), m.b().getResult()};
            if (r[0].trueClass(0) != r[1].trueClass(0)) {
                return;
            }
            int first = active[0];
            int second = Comparison.other(first);
            // the active point first: LossCurve moves its first mark with the keys and draws it on top
            curve.marksProperty().set(List.of(mark(r[first], first), mark(r[second], second)));
        };
        curve.setOnDrag(p -> m.prediction(active[0]).setTrueProbability(p));
        curve.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            double best = Double.POSITIVE_INFINITY;
            int owner = active[0];
            for (int i = 0; i < 2; i++) {
                double[] xy = curve.markPosition(i);
                double d = Math.hypot(xy[0] - e.getX(), xy[1] - e.getY());
                if (d < best) {
                    best = d;
                    owner = i == 0 ? active[0] : Comparison.other(active[0]);
                }
            }
            if (owner != active[0]) {
                active[0] = owner;
                sync.run();
            }
        });
        curve.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            int pick = e.getCode() == KeyCode.A ? Comparison.A : e.getCode() == KeyCode.B ? Comparison.B : -1;
            if (pick >= 0) {
                active[0] = pick;
                sync.run();
                ctx.status().accept("The arrow keys now move " + NAMES[pick] + " along the curve.");
                e.consume();
            }
        });
        listen(sync, m.a().resultProperty(), m.b().resultProperty());
        sync.run();
        return curve;
    }

    private static CurveMark mark(LossResult r, int which) {
        return new CurveMark(r.pTrue(0), r.loss(0), NAMES[which],
                which == Comparison.A ? CurveMark.Shape.CIRCLE : CurveMark.Shape.SQUARE, which);
    }

    private static void listen(Runnable r, Observable... inputs) {
        for (Observable o : inputs) {
            o.addListener(x -> r.run());
        }
    }
}
