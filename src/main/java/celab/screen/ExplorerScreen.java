package celab.screen;

import celab.core.LossResult;
import celab.model.CodeGenerator;
import celab.model.Lab;
import celab.model.PredictionModel;
import celab.model.ScreenModel;
import celab.plot.CurveMark;
import celab.plot.LossCurve;
import celab.plot.ProbabilityBars;
import celab.view.Card;
import celab.view.CodeDialog;
import celab.view.FormulaView;
import celab.view.LossReadouts;
import celab.view.NumberField;
import celab.view.PushView;
import celab.view.ProbabilityEditor;
import celab.view.ScreenLayout;
import celab.view.TargetPicker;
import java.util.List;
import javafx.scene.layout.VBox;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The explorer: one prediction over 2–10 classes with a true class. Sliders, bars and the point on
 * the −log(p) curve all move the same row; readouts and the formula show what the core computed.
 */
public final class ExplorerScreen implements Screen {

    @Override
    public String id() {
        return "explorer";
    }

    @Override
    public String title() {
        return "Explorer";
    }

    @Override
    public String summary() {
        return "One prediction, one true class: the loss is −log of the probability given to the truth.";
    }

    @Override
    public Node createView(ScreenContext ctx) {
        Lab lab = ctx.lab();
        PredictionModel row = lab.explorer().row();

        Spinner<Integer> classes = new Spinner<>(2, Lab.MAX_CLASSES, row.classCount());
        classes.setId("class-count");
        classes.setEditable(true); // typed counts are checked like every other number field
        classes.prefWidthProperty().bind(ctx.theme().zoomProperty().multiply(80));
        classes.setMinWidth(Region.USE_PREF_SIZE);
        classes.accessibleTextProperty().bind(Bindings.concat("number of classes: ", classes.valueProperty()));
        classes.valueProperty().addListener((o, was, now) -> row.setClassCount(now));
        row.predictionProperty().addListener((o, was, now) -> classes.getValueFactory().setValue(now.size()));
        Label classesLabel = new Label("classes");
        classesLabel.setLabelFor(classes);
        HBox count = new HBox(8, classesLabel, classes);
        count.setAlignment(Pos.CENTER_LEFT);

        ProbabilityEditor editor = new ProbabilityEditor(lab, row, ctx.theme(), "", true);
        Label classesMsg = NumberField.forSpinner(classes, "classes");
        Card prediction = new Card("Prediction ŷ (softmax output)", count, classesMsg, editor);
        Card target = new Card("Target y — which class is true?", new TargetPicker(lab, row),
                Card.hint("Click a class or press 1–9 (0 for the tenth). The index and the one-hot row are two spellings of one target."));

        ProbabilityBars bars = new ProbabilityBars(ctx.theme());
        bars.setId("bars");
        bars.predictionProperty().bind(row.predictionProperty());
        bars.targetProperty().bind(row.targetProperty());
        bars.numbersHiddenProperty().bind(lab.numbersHiddenProperty());
        bars.setOnDrag(row::setProbability);

        LossCurve curve = new LossCurve(ctx.theme());
        curve.setId("curve");
        curve.clippingProperty().bind(lab.clippingProperty());
        curve.numbersHiddenProperty().bind(lab.numbersHiddenProperty());
        curve.setOnDrag(row::setTrueProbability);
        curve.logBaseProperty().bind(lab.logBaseProperty());
        curve.tangentProperty().set(true);
        // scroll rather than squeeze: the curve keeps a readable height under its gradient lines
        curve.minHeightProperty().bind(ctx.theme().zoomProperty().multiply(170));
        bars.minHeightProperty().bind(ctx.theme().zoomProperty().multiply(170));
        curve.setAccessibleText("loss curve; drag or use the arrow keys to set the probability of the true class");

        Runnable sync = () -> {
            LossResult r = row.getResult();
            bars.predictedProperty().set(r.predicted(0));
            if (!lab.classNames().equals(bars.namesProperty().get())) {
                bars.namesProperty().set(List.copyOf(lab.classNames()));
            }
            curve.marksProperty().set(List.of(new CurveMark(r.pTrue(0), r.loss(0),
                    lab.classNames().get(r.trueClass(0)), CurveMark.Shape.CIRCLE, 1)));
        };
        row.resultProperty().addListener((o, was, now) -> sync.run());
        lab.classNames().addListener((javafx.collections.ListChangeListener<String>) c -> sync.run());
        sync.run();

        // below these widths the two pictures no longer read side by side: the layout stacks them instead
        bars.minWidthProperty().bind(ctx.theme().zoomProperty().multiply(200));
        curve.minWidthProperty().bind(ctx.theme().zoomProperty().multiply(200));
        Card barsCard = Card.growing("Probabilities per class", bars);
        Card curveCard = new Card("Loss curve: drag the point", curve, new PushView(lab, row, curve));
        VBox.setVgrow(curve, Priority.ALWAYS);

        Card readouts = new Card(null, new LossReadouts(lab, row, ""));
        CodeDialog dialog = new CodeDialog("Code — Explorer", Bindings.createObjectBinding(() -> CodeGenerator.forPrediction(
                row.getPrediction().toArray(), row.getTarget(), lab.getClipping(), lab.getPrecision()),
                row.resultProperty()), lab.numbersHiddenProperty());
        Button code = new Button("Show code");
        code.setId("show-code");
        code.setTooltip(new Tooltip("This computation as NumPy and PyTorch code, with today's numbers"));
        code.setOnAction(e -> dialog.show(code));
        code.setMinWidth(Button.USE_PREF_SIZE);
        Label formulaHint = Card.hint("Only the true class has y = 1, so every other term is 0 and the sum is just −log p(true).");
        HBox.setHgrow(formulaHint, Priority.ALWAYS);
        HBox formulaFoot = new HBox(12, formulaHint, code);
        formulaFoot.setAlignment(Pos.CENTER_LEFT);
        Card formula = new Card("Cross-entropy with today's numbers", new FormulaView(lab, row), formulaFoot);

        ScreenLayout root = ScreenLayout.following(ctx.theme())
                .side(prediction, target)
                .head(readouts)
                .pictures(barsCard, curveCard)
                .foot(formula);
        return root;
    }

    @Override
    public int pickableClasses(Lab lab) {
        return lab.explorer().row().classCount();
    }

    @Override
    public void pickClass(ScreenContext ctx, int k) {
        ctx.lab().explorer().row().setTarget(k);
        ctx.status().accept("True class: " + ctx.lab().classNames().get(k));
    }

    @Override
    public ScreenModel<?> model(Lab lab) {
        return lab.explorer();
    }
}
