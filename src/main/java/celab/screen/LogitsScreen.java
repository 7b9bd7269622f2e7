package celab.screen;

import celab.core.Distribution;
import celab.core.Precision;
import celab.model.CodeGenerator;
import celab.model.Lab;
import celab.model.ScreenModel;
import celab.model.LogitsModel;
import celab.model.LogitsState;
import celab.plot.GradientBars;
import celab.plot.LogitScale;
import celab.plot.ProbabilityBars;
import celab.view.Card;
import celab.view.CodeDialog;
import celab.view.GradientCheck;
import celab.view.LogitEditor;
import celab.view.LogitPaths;
import celab.view.LogitReadouts;
import celab.view.PyTorchExampleTable;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * From logits: raw scores per class, their softmax, and the loss computed through log-softmax,
 * beside the naive exp-divide-log path that overflows; the gradient softmax − y with its
 * finite-difference check; and the PyTorch post's four-sample example.
 */
public final class LogitsScreen implements Screen {

    @Override
    public String id() {
        return "logits";
    }

    @Override
    public String title() {
        return "From logits";
    }

    @Override
    public String summary() {
        return "A network outputs raw scores; softmax turns them into probabilities, and log-softmax gives the loss without overflow.";
    }

    @Override
    public Node createView(ScreenContext ctx) {
        Lab lab = ctx.lab();
        LogitsModel model = lab.logits();

        Spinner<Integer> classes = new Spinner<>(2, Lab.MAX_CLASSES, model.classCount());
        classes.setId("logit-class-count");
        classes.prefWidthProperty().bind(ctx.theme().zoomProperty().multiply(80));
        classes.setMinWidth(Region.USE_PREF_SIZE);
        classes.accessibleTextProperty().bind(Bindings.concat("number of classes: ", classes.valueProperty()));
        classes.valueProperty().addListener((o, was, now) -> {
            if (now != model.classCount()) {
                model.setClassCount(now);
            }
        });
        Label classesLabel = new Label("classes");
        classesLabel.setLabelFor(classes);
        HBox count = new HBox(8, classesLabel, classes);
        count.setAlignment(Pos.CENTER_LEFT);
        FlowPane targets = new FlowPane(6, 6);
        targets.setId("logit-targets");
        Label targetLabel = new Label("true class");
        targetLabel.getStyleClass().add("hint");
        targetLabel.setMinWidth(Label.USE_PREF_SIZE);
        HBox target = new HBox(8, targetLabel, targets);
        target.setAlignment(Pos.CENTER_LEFT);
        Card logits = new Card("Logits z — the network's raw scores", count, new LogitEditor(lab, model, ctx.theme()),
                Card.hint("Slide from −20 to 20, or type any value up to ±1000 and press Enter."), target);


        PyTorchExampleTable table = new PyTorchExampleTable(lab, model, ctx.status());
        Card example = new Card("The PyTorch post's example", table);

        ProbabilityBars bars = new ProbabilityBars(ctx.theme());
        bars.setId("softmax-bars");
        bars.numbersHiddenProperty().bind(lab.numbersHiddenProperty());
        GradientBars gradient = new GradientBars(ctx.theme());
        gradient.setId("gradient-bars");
        LogitScale scale = new LogitScale(ctx.theme());
        scale.setId("logit-scale");
        scale.precisionProperty().bind(lab.precisionProperty());
        LogitPaths paths = new LogitPaths(lab, model);

        Runnable sync = () -> {
            LogitsState s = model.getState();
            List<String> names = List.copyOf(lab.classNames());
            bars.predictionProperty().set(Distribution.of(s.probabilities()));
            bars.targetProperty().set(s.target());
            bars.predictedProperty().set(s.batch().predicted(s.selected()));
            bars.namesProperty().set(names);
            gradient.valuesProperty().set(s.gradient());
            gradient.checkProperty().set(s.finiteDifference());
            gradient.targetProperty().set(s.target());
            gradient.namesProperty().set(names);
            scale.logitsProperty().set(s.z());
            scale.targetProperty().set(s.target());
            scale.namesProperty().set(names);
            if (classes.getValue() != s.classes()) {
                classes.getValueFactory().setValue(s.classes());
            }
            buildTargets(targets, lab, model);
        };
        model.stateProperty().addListener((o, was, now) -> sync.run());
        lab.classNames().addListener((ListChangeListener<String>) c -> sync.run());
        sync.run();

        CodeDialog dialog = new CodeDialog("Code — From logits", Bindings.createObjectBinding(() -> {
            LogitsState s = model.getState();
            return CodeGenerator.forLogits(s.logits().toArrays(), s.targets(), s.precision());
        }, model.stateProperty()), lab.numbersHiddenProperty());
        Button code = new Button("Show code");
        code.setId("logit-show-code");
        code.setTooltip(new Tooltip("This computation as NumPy and PyTorch code, with today's numbers"));
        code.setOnAction(e -> dialog.show(code));
        code.setMinWidth(Button.USE_PREF_SIZE);
        Region push = new Region();
        HBox.setHgrow(push, Priority.ALWAYS);
        count.getChildren().addAll(push, code);
        LogitReadouts readouts = new LogitReadouts(lab, model);
        readouts.setPrefWrapLength(520);
        Card barsCard = Card.growing("Softmax probabilities", bars);
        Card gradCard = new Card("Gradient ∂L/∂z = softmax − y", gradient, new GradientCheck(lab, model));
        VBox.setVgrow(gradient, Priority.ALWAYS);
        // scroll rather than squeeze: at a large zoom the plots keep a readable height
        scale.minHeightProperty().bind(ctx.theme().zoomProperty().multiply(100));
        bars.minHeightProperty().bind(ctx.theme().zoomProperty().multiply(150));
        gradient.minHeightProperty().bind(ctx.theme().zoomProperty().multiply(125));
        HBox plots = new HBox(14, barsCard, gradCard);
        HBox.setHgrow(barsCard, Priority.ALWAYS);
        HBox.setHgrow(gradCard, Priority.ALWAYS);
        barsCard.setPrefWidth(300);
        gradCard.setPrefWidth(300);
        VBox.setVgrow(plots, Priority.ALWAYS);
        // The two roads' outcomes are the headline numbers, so they head the card that shows both roads.
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox pathsHead = new HBox(10, readouts, gap, precisionSwitch(lab));
        pathsHead.setAlignment(Pos.TOP_LEFT);
        Card pathsCard = new Card(null, pathsHead, scale, paths);

        VBox left = new VBox(14, logits, example);
        left.prefWidthProperty().bind(ctx.theme().zoomProperty().multiply(370));
        left.setMinWidth(Region.USE_PREF_SIZE);
        VBox right = new VBox(14, pathsCard, plots);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox root = new HBox(14, left, right);
        root.getStyleClass().addAll("screen", "logits-screen");
        return root;
    }

    private static void buildTargets(FlowPane pane, Lab lab, LogitsModel model) {
        LogitsState s = model.getState();
        if (pane.getChildren().size() != s.classes()) {
            ToggleGroup group = new ToggleGroup();
            pane.getChildren().clear();
            for (int k = 0; k < s.classes(); k++) {
                int cls = k;
                ToggleButton b = new ToggleButton();
                b.setId("logit-target-" + k);
                b.getStyleClass().add("target-button");
                b.setToggleGroup(group);
                b.setOnAction(e -> {
                    model.setTarget(cls);
                    b.setSelected(true);
                });
                pane.getChildren().add(b);
            }
        }
        for (int k = 0; k < s.classes(); k++) {
            ToggleButton b = (ToggleButton) pane.getChildren().get(k);
            String name = lab.classNames().get(k);
            b.setText((k == s.target() ? "★ " : "") + name);
            b.setSelected(k == s.target());
            b.setTooltip(new Tooltip("Make " + name + " the true class"));
        }
    }

    private static Node precisionSwitch(Lab lab) {
        ToggleGroup group = new ToggleGroup();
        ToggleButton f64 = new ToggleButton("float64");
        f64.setId("precision-float64");
        ToggleButton f32 = new ToggleButton("float32");
        f32.setId("precision-float32");
        for (ToggleButton b : List.of(f64, f32)) {
            b.setToggleGroup(group);
            b.getStyleClass().add("precision-button");
        }
        f64.setTooltip(new Tooltip("NumPy's default: exp overflows past 709.78"));
        f32.setTooltip(new Tooltip("PyTorch's and GPUs' default: exp overflows past 88.72"));
        Runnable sync = () -> {
            f64.setSelected(lab.getPrecision() == Precision.FLOAT64);
            f32.setSelected(lab.getPrecision() == Precision.FLOAT32);
        };
        // pressing the chosen segment again would unselect it: one format is always shown chosen
        f64.setOnAction(e -> {
            lab.precisionProperty().set(Precision.FLOAT64);
            sync.run();
        });
        f32.setOnAction(e -> {
            lab.precisionProperty().set(Precision.FLOAT32);
            sync.run();
        });
        lab.precisionProperty().addListener((o, was, now) -> sync.run());
        sync.run();
        Label caption = new Label("compute in");
        caption.getStyleClass().add("readout-caption");
        f64.setAccessibleText("compute in float64 (shared by every screen)");
        f32.setAccessibleText("compute in float32 (shared by every screen)");
        HBox buttons = new HBox(6, f64, f32);
        VBox box = new VBox(4, caption, buttons);
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    @Override
    public ScreenModel<?> model(Lab lab) {
        return lab.logits();
    }
}
