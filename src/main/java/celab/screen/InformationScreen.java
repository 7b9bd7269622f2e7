package celab.screen;

import celab.core.Information;
import celab.core.LogBase;
import celab.core.Numbers;
import celab.model.InformationModel;
import celab.model.Lab;
import celab.plot.InformationBar;
import celab.plot.SurprisalBars;
import celab.view.Card;
import celab.view.ProbabilityEditor;
import celab.view.Readout;
import celab.view.ScreenLayout;
import celab.view.SliderKeys;
import celab.view.TargetPicker;
import celab.view.Units;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Why the loss is a logarithm: −log ŷ_j is the surprise of seeing class j, the cross-entropy is
 * the surprise the target y expects on average, and it splits into H(y), the target's own
 * uncertainty, plus KL(y‖ŷ), what ŷ's mistakes add. Soft targets (label smoothing) raise the floor
 * H(y) above 0. Ids: {@code #info-class-count}, {@code #prob-k} (ŷ), {@code #target-k},
 * {@code #smoothing}, {@code #y-prob-k} (y by hand), {@code #log-base-e}/{@code #log-base-2},
 * {@code #entropy}, {@code #cross-entropy}, {@code #kl}, {@code #identity}, {@code #floor},
 * {@code #match-target}.
 */
public final class InformationScreen implements Screen {

    @Override
    public String id() {
        return "information";
    }

    @Override
    public String title() {
        return "Information";
    }

    @Override
    public String summary() {
        return "Why −log: the loss is surprise; it splits into the target's own entropy H(y) plus KL(y‖ŷ), the price of a wrong ŷ.";
    }

    @Override
    public Node createView(ScreenContext ctx) {
        Lab lab = ctx.lab();
        InformationModel model = lab.information();

        SurprisalBars bars = new SurprisalBars(ctx.theme());
        bars.setId("surprisal-bars");
        bars.numbersHiddenProperty().bind(lab.numbersHiddenProperty());
        bars.breakdownProperty().bind(model.resultProperty());
        bars.targetProperty().bind(model.prediction().targetProperty());
        Runnable names = () -> bars.namesProperty().set(List.copyOf(lab.classNames()));
        lab.classNames().addListener((javafx.collections.ListChangeListener<String>) c -> names.run());
        names.run();
        bars.setAccessibleText("surprisal of each class, filled up to y times the surprisal");
        Card barsCard = Card.growing("Surprise per class: −log ŷ (outline), weighted by y (filled)", bars);
        bars.minHeightProperty().bind(ctx.theme().zoomProperty().multiply(170));

        ScreenLayout root = ScreenLayout.following(ctx.theme())
                .side(predictionCard(ctx, model), targetCard(ctx, model))
                .head(readoutsCard(ctx, model))
                .pictures(barsCard, splitCard(ctx, model))
                // side by side only where each keeps a readable width: the split's sentence and the
                // bar's labels need room; narrower, one above the other
                .comfortableWidth(barsCard, 22);
        root.getStyleClass().add("information-screen");
        return root;
    }

    private static Card predictionCard(ScreenContext ctx, InformationModel model) {
        Lab lab = ctx.lab();
        Spinner<Integer> classes = new Spinner<>(2, Lab.MAX_CLASSES, model.prediction().classCount());
        classes.setId("info-class-count");
        classes.setEditable(false);
        classes.prefWidthProperty().bind(ctx.theme().zoomProperty().multiply(80));
        classes.setMinWidth(Region.USE_PREF_SIZE);
        classes.accessibleTextProperty().bind(Bindings.concat("number of classes: ", classes.valueProperty()));
        classes.valueProperty().addListener((o, was, now) -> model.setClassCount(now));
        model.prediction().predictionProperty().addListener((o, was, now) -> classes.getValueFactory().setValue(now.size()));
        Label classesLabel = new Label("classes");
        classesLabel.setLabelFor(classes);
        HBox count = new HBox(8, classesLabel, classes);
        count.setAlignment(Pos.CENTER_LEFT);
        return new Card("Prediction ŷ — the model's code", count,
                new ProbabilityEditor(lab, model.prediction(), ctx.theme(), "", true));
    }

    private static Card targetCard(ScreenContext ctx, InformationModel model) {
        Lab lab = ctx.lab();
        Slider alpha = new Slider(0, 1, model.smoothingProperty().get());
        alpha.setId("smoothing");
        alpha.setBlockIncrement(0.05);
        SliderKeys.install(alpha, 0.01);
        alpha.valueProperty().addListener((o, was, now) -> {
            if (now.doubleValue() != model.smoothingProperty().get()) {
                model.setSmoothing(now.doubleValue());
            }
        });
        model.smoothingProperty().addListener((o, was, now) -> alpha.setValue(now.doubleValue()));
        alpha.setOnMousePressed(e -> model.setSmoothing(alpha.getValue()));
        Label alphaValue = new Label();
        alphaValue.setId("smoothing-value");
        alphaValue.getStyleClass().add("smoothing-value");
        alphaValue.minWidthProperty().bind(ctx.theme().zoomProperty().multiply(62)); // "α = 0" to "α = 0.35" without moving the slider
        alphaValue.textProperty().bind(Bindings.createStringBinding(
                () -> "α = " + Numbers.format(model.smoothingProperty().get(), 2), model.smoothingProperty()));
        alpha.accessibleTextProperty().bind(Bindings.concat("label smoothing ", alphaValue.textProperty()));
        Label alphaLabel = new Label("label smoothing");
        alphaLabel.setLabelFor(alpha);
        alphaLabel.setMinWidth(Region.USE_PREF_SIZE); // the slider gives way, never the label
        alpha.setMinWidth(0);
        HBox.setHgrow(alpha, Priority.ALWAYS);
        HBox alphaRow = new HBox(8, alphaLabel, alpha, alphaValue);
        alphaRow.setAlignment(Pos.CENTER_LEFT);

        Label source = Card.hint("");
        source.setId("y-source");
        Runnable describe = () -> source.setText(model.customProperty().get()
                ? "y is your own row. Move α to make it the smoothed one-hot row again."
                : "y = (1 − α)·one-hot + α/C: the true class keeps 1 − α + α/C, every other class gets α/C.");
        model.customProperty().addListener((o, was, now) -> describe.run());
        describe.run();

        ProbabilityEditor yEditor = new ProbabilityEditor(lab, model.target(), ctx.theme(), "y-", false, "y");
        TitledPane byHand = new TitledPane("Edit y by hand (a soft target)", yEditor);
        byHand.setId("y-by-hand");
        byHand.setExpanded(false);
        byHand.setAnimated(false);
        byHand.setWrapText(true); // a narrow side column wraps the title rather than widening the screen
        byHand.setMinWidth(0);
        model.customProperty().addListener((o, was, now) -> {
            if (now) {
                byHand.setExpanded(true);
            }
        });
        return new Card("Target y — what really happens", new TargetPicker(lab, model.prediction()), alphaRow, source, byHand);
    }

    private static Card readoutsCard(ScreenContext ctx, InformationModel model) {
        Lab lab = ctx.lab();
        Readout entropy = new Readout("entropy H(y)", "entropy");
        Readout cross = new Readout("cross-entropy H(y, ŷ) = loss", "cross-entropy");
        cross.getStyleClass().add("primary");
        Readout kl = new Readout("KL(y‖ŷ) = H(y, ŷ) − H(y)", "kl");
        Readout identity = new Readout("check: H(y) + KL = H(y, ŷ)", "identity");
        FlowPane readouts = new FlowPane(18, 10, cross, entropy, kl, identity);
        readouts.getStyleClass().add("readouts");
        Runnable sync = () -> {
            Information.Breakdown b = model.getResult();
            boolean hidden = lab.numbersHiddenProperty().get();
            LogBase base = b.base();
            entropy.setCaption(Units.caption("entropy H(y)", base));
            cross.setCaption(Units.caption("cross-entropy H(y, ŷ) = loss", base));
            kl.setCaption(Units.caption("KL(y‖ŷ) = H(y, ŷ) − H(y)", base));
            identity.setCaption(Units.caption("check: H(y) + KL = H(y, ŷ)", base));
            set(entropy, "entropy", hidden ? "?" : Numbers.format(b.entropy()));
            set(cross, "cross-entropy", hidden ? "?" : Numbers.format(b.crossEntropy()));
            set(kl, "KL divergence", hidden ? "?" : Numbers.format(b.kl()));
            String check = hidden ? "?" : Numbers.format(b.entropy()) + " + " + Numbers.format(b.kl())
                    + (b.identityHolds() ? " ✔" : " ✘");
            set(identity, "identity", check);
            identity.setVerdict(hidden ? null : b.identityHolds());
        };
        model.resultProperty().addListener((o, was, now) -> sync.run());
        lab.numbersHiddenProperty().addListener((o, was, now) -> sync.run());
        sync.run();
        return new Card(null, readouts, unitSwitch(lab));
    }

    private static void set(Readout r, String name, String text) {
        r.set(text, name + " " + (text.equals("?") ? "hidden" : text));
    }

    /** Nats or bits for the whole lab; ids {@code #log-base-e} and {@code #log-base-2}. */
    static Node unitSwitch(Lab lab) {
        ToggleGroup group = new ToggleGroup();
        ToggleButton nats = new ToggleButton("nats  (ln)");
        nats.setId("log-base-e");
        ToggleButton bits = new ToggleButton("bits  (log₂)");
        bits.setId("log-base-2");
        for (ToggleButton b : List.of(nats, bits)) {
            b.setToggleGroup(group);
            b.getStyleClass().add("unit-button");
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        nats.setOnAction(e -> lab.logBaseProperty().set(LogBase.E));
        bits.setOnAction(e -> lab.logBaseProperty().set(LogBase.TWO));
        Runnable sync = () -> {
            nats.setSelected(lab.getLogBase() == LogBase.E);
            bits.setSelected(lab.getLogBase() == LogBase.TWO);
        };
        lab.logBaseProperty().addListener((o, was, now) -> sync.run());
        sync.run();
        Label caption = new Label("unit of every loss in the lab:");
        caption.getStyleClass().add("hint");
        caption.setMinWidth(Region.USE_PREF_SIZE);
        Label rate = Card.hint("1 nat = 1/ln 2 ≈ 1.4427 bits");
        rate.setMinWidth(Region.USE_PREF_SIZE);
        HBox buttons = new HBox(6, nats, bits);
        FlowPane box = new FlowPane(8, 6, caption, buttons, rate);
        box.setId("log-base");
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static Card splitCard(ScreenContext ctx, InformationModel model) {
        Lab lab = ctx.lab();
        InformationBar bar = new InformationBar(ctx.theme());
        bar.setId("information-bar");
        bar.numbersHiddenProperty().bind(lab.numbersHiddenProperty());
        bar.breakdownProperty().bind(model.resultProperty());
        bar.setAccessibleText("the cross-entropy as entropy plus KL divergence");
        bar.minHeightProperty().bind(ctx.theme().zoomProperty().multiply(100));
        VBox.setVgrow(bar, Priority.ALWAYS);
        Label floor = Card.hint("");
        floor.setId("floor");
        HBox.setHgrow(floor, Priority.ALWAYS);
        Button match = new Button("Set ŷ = y");
        match.setId("match-target");
        match.setMinWidth(Button.USE_PREF_SIZE);
        match.setTooltip(new Tooltip("Give the prediction exactly the target's probabilities: KL becomes 0"));
        match.setOnAction(e -> {
            model.matchPredictionToTarget();
            ctx.status().accept("ŷ = y: the loss sits on its floor H(y) and KL(y‖ŷ) = 0.");
        });
        Runnable sync = () -> floor.setText(floorText(model, lab.numbersHiddenProperty().get()));
        model.resultProperty().addListener((o, was, now) -> sync.run());
        model.smoothingProperty().addListener((o, was, now) -> sync.run());
        lab.numbersHiddenProperty().addListener((o, was, now) -> sync.run());
        sync.run();
        HBox foot = new HBox(12, floor, match);
        foot.setAlignment(Pos.CENTER_LEFT);
        return new Card("The loss = the target's own entropy + what ŷ's mistakes add", bar, foot);
    }

    private static String floorText(InformationModel model, boolean hidden) {
        Information.Breakdown b = model.getResult();
        String h = Units.inUnit(b.entropy(), b.base(), hidden);
        if (b.entropy() == 0) {
            return "y is one-hot, so H(y) = 0: a perfect ŷ could bring the loss to 0. The loss is never below H(y), "
                    + "and equals it only when ŷ = y.";
        }
        String why = model.customProperty().get() ? "your soft y"
                : "label smoothing α = " + Numbers.format(model.smoothingProperty().get(), 2);
        return "With " + why + " the loss cannot reach 0: it bottoms out at H(y) = " + h
                + ", reached only when ŷ = y. Below that, no prediction can go.";
    }

    @Override
    public int pickableClasses(Lab lab) {
        return lab.information().prediction().classCount();
    }

    @Override
    public void pickClass(ScreenContext ctx, int k) {
        ctx.lab().information().prediction().setTarget(k);
        ctx.status().accept("True class: " + ctx.lab().classNames().get(k));
    }

    @Override
    public celab.model.ScreenModel<?> model(Lab lab) {
        return lab.information();
    }
}
