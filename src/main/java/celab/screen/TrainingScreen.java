package celab.screen;

import celab.core.Numbers;
import celab.core.net.Optimizer;
import celab.core.net.TrainingSnapshot;
import celab.model.Lab;
import celab.model.ScreenModel;
import celab.model.SpiralModel;
import celab.plot.LossHistogram;
import celab.plot.SpiralPlot;
import celab.plot.TrainingCurve;
import celab.view.Card;
import celab.view.NumberField;
import celab.view.Readout;
import celab.view.ScreenLayout;
import celab.view.Units;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.animation.AnimationTimer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;

/**
 * Loss as a training signal: a tiny network learns the seeds' spiral data while the loss falls
 * from ln C. Training runs on the model's background thread; an AnimationTimer takes in at most
 * one snapshot per frame, so the screen stays smooth however fast training goes.
 */
public final class TrainingScreen implements Screen {

    @Override
    public String id() {
        return "spiral";
    }

    @Override
    public String title() {
        return "Training signal";
    }

    @Override
    public String summary() {
        return "The seeds' spiral network starts at loss ≈ ln C; follow the loss down as gradient descent trains it.";
    }

    @Override
    public Node createView(ScreenContext ctx) {
        Lab lab = ctx.lab();
        SpiralModel model = lab.spiral();

        javafx.beans.binding.DoubleBinding spinnerWidth = ctx.theme().zoomProperty().multiply(100);
        Spinner<Integer> points = intSpinner("spiral-points", 10, 500, 10, model.pointsProperty().get(), "points per class");
        points.valueProperty().addListener((o, was, now) -> model.pointsProperty().set(now));
        model.pointsProperty().addListener((o, was, now) -> points.getValueFactory().setValue(now.intValue()));
        Spinner<Integer> classes = intSpinner("spiral-classes", 2, 5, 1, model.classesProperty().get(), "classes");
        classes.valueProperty().addListener((o, was, now) -> model.classesProperty().set(now));
        model.classesProperty().addListener((o, was, now) -> classes.getValueFactory().setValue(now.intValue()));
        Spinner<Integer> seed = intSpinner("spiral-seed", 0, 99_999, 1, model.seedProperty().get().intValue(), "seed");
        seed.valueProperty().addListener((o, was, now) -> model.seedProperty().set((long) now));
        model.seedProperty().addListener((o, was, now) -> seed.getValueFactory().setValue(now.intValue()));
        for (Spinner<Integer> sp : java.util.List.of(points, classes, seed)) {
            sp.prefWidthProperty().bind(spinnerWidth);
        }
        Button newData = new Button("New data");
        newData.setId("spiral-new-data");
        newData.setTooltip(new Tooltip("Draw new spirals with the next seed and start training again"));
        newData.setOnAction(e -> {
            model.newData();
            ctx.status().accept("New spiral data with seed " + model.seedProperty().get() + "; the network starts again.");
        });
        GridPane dataGrid = form(new String[] {"points per class", "classes", "seed"}, points, classes, seed);
        Label pointsMsg = NumberField.forSpinner(points, "points per class");
        Label classesMsg = NumberField.forSpinner(classes, "classes");
        Label seedMsg = NumberField.forSpinner(seed, "seed");
        Card data = new Card("Spiral data", dataGrid, pointsMsg, classesMsg, seedMsg, newData,
                Card.hint("One arm per class, as in the seeds' notebook (nnfs spiral_data)."));

        ChoiceBox<Integer> hidden = choice("spiral-hidden", SpiralModel.WIDTHS, model.hiddenProperty().get(), "hidden units");
        hidden.valueProperty().addListener((o, was, now) -> model.hiddenProperty().set(now));
        model.hiddenProperty().addListener((o, was, now) -> hidden.setValue(now.intValue()));
        ChoiceBox<Optimizer.Kind> optimizer = choice("spiral-optimizer", java.util.List.of(Optimizer.Kind.values()),
                model.optimizerProperty().get(), "optimizer");
        optimizer.valueProperty().bindBidirectional(model.optimizerProperty());
        ChoiceBox<Double> rate = choice("spiral-lr", SpiralModel.RATES, model.learningRateProperty().get(), "learning rate");
        rate.valueProperty().bindBidirectional(model.learningRateProperty());
        GridPane netGrid = form(new String[] {"hidden width h", "optimizer", "learning rate η"}, hidden, optimizer, rate);
        Card net = new Card("Network", Card.hint("Dense(2, h) → ReLU → Dense(h, C) → softmax"), netGrid,
                Card.hint("A new width restarts training; η and the optimizer apply from the next epoch."));

        Button play = new Button();
        play.setId("spiral-play");
        play.setOnAction(e -> model.togglePlay());
        Runnable playText = () -> {
            play.setText(model.isRunning() ? "Pause" : "Play");
            play.setAccessibleText(model.isRunning() ? "pause training" : "play training");
        };
        model.runningProperty().addListener((o, was, now) -> playText.run());
        playText.run();
        play.setMinWidth(Button.USE_PREF_SIZE);
        play.prefWidthProperty().bind(ctx.theme().zoomProperty().multiply(100));
        Button step = new Button("Step");
        step.setId("spiral-step");
        step.setTooltip(new Tooltip("Train one epoch"));
        step.setOnAction(e -> model.step());
        Button restart = new Button("Reset");
        restart.setId("spiral-restart");
        restart.setTooltip(new Tooltip("Back to the initial weights, same data"));
        restart.setOnAction(e -> model.restart());
        ChoiceBox<Integer> speed = choice("spiral-speed", SpiralModel.SPEEDS, model.speedProperty().get(), "epochs per frame");
        speed.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer n) {
                return n == null ? "" : n + (n == 1 ? " epoch" : " epochs") + " / frame";
            }

            @Override
            public Integer fromString(String s) {
                return Integer.valueOf(s.replaceAll("\\D.*", ""));
            }
        });
        speed.valueProperty().addListener((o, was, now) -> model.speedProperty().set(now));
        model.speedProperty().addListener((o, was, now) -> speed.setValue(now.intValue()));
        step.setMinWidth(Button.USE_PREF_SIZE);
        restart.setMinWidth(Button.USE_PREF_SIZE);
        FlowPane buttons = new FlowPane(8, 8, play, step, restart); // wraps in a narrow column
        buttons.setAlignment(Pos.CENTER_LEFT);
        Card training = new Card("Training", buttons, speed,
                Card.hint("One epoch = every point forward, the mean loss's gradient back, one step."));

        Readout epoch = new Readout("epoch", "spiral-epoch");
        Readout loss = new Readout("loss (mean cross-entropy)", "spiral-loss");
        loss.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        loss.getStyleClass().add("primary");
        Readout accuracy = new Readout("accuracy", "spiral-accuracy");
        FlowPane readouts = new FlowPane(18, 10, loss, accuracy, epoch);
        readouts.getStyleClass().add("readouts");

        Label why = Card.hint("");
        why.setId("spiral-why");
        why.getStyleClass().add("spiral-why");

        SpiralPlot plane = new SpiralPlot(ctx.theme());
        plane.setId("spiral-plane");
        TrainingCurve curve = new TrainingCurve(ctx.theme());
        curve.setId("spiral-curve");
        curve.numbersHiddenProperty().bind(lab.numbersHiddenProperty());
        curve.logBaseProperty().bind(lab.logBaseProperty());
        LossHistogram histogram = new LossHistogram(ctx.theme());
        histogram.setId("spiral-histogram");
        histogram.numbersHiddenProperty().bind(lab.numbersHiddenProperty());
        histogram.logBaseProperty().bind(lab.logBaseProperty());
        histogram.setAccessibleText("histogram of the per-point losses");
        javafx.scene.control.CheckBox sizeByLoss = new javafx.scene.control.CheckBox("size points by their own loss");
        sizeByLoss.setId("spiral-loss-size");
        sizeByLoss.selectedProperty().bindBidirectional(plane.sizeByLossProperty());
        sizeByLoss.setTooltip(new Tooltip("Each point as large as its own loss; a red ring marks a point that costs "
                + "more than a uniform guess (over 1.1 × ln C)"));
        sizeByLoss.setWrapText(true); // a narrow picture wraps its option rather than cutting it
        sizeByLoss.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.control.CheckBox logEpochs = new javafx.scene.control.CheckBox("log epoch axis");
        logEpochs.setId("spiral-log-epochs");
        logEpochs.selectedProperty().bindBidirectional(curve.logEpochsProperty());
        Label paused = new Label();
        paused.setId("spiral-paused");
        paused.getStyleClass().add("paused-note");
        paused.setWrapText(true);
        paused.setMinHeight(Label.USE_PREF_SIZE);
        paused.visibleProperty().bind(model.pausedByLeavingProperty());
        paused.managedProperty().bind(model.pausedByLeavingProperty());
        paused.setText("Training paused when you left this screen, so it does not run unseen. Press Play to go on.");

        Runnable sync = () -> {
            TrainingSnapshot s = model.getSnapshot();
            boolean hiddenNumbers = lab.numbersHiddenProperty().get();
            epoch.set(String.format("%,d", s.epoch()), "epoch " + s.epoch());
            String l = Units.number(s.loss(), lab.getLogBase(), hiddenNumbers);
            loss.setCaption(Units.caption("loss, mean cross-entropy", lab.getLogBase()));
            loss.set(l, hiddenNumbers ? "loss hidden" : "loss " + l);
            String a = Numbers.percent(s.accuracy());
            accuracy.set(a, "accuracy " + a);
            plane.snapshotProperty().set(s);
            curve.snapshotProperty().set(s);
            curve.referenceProperty().set(uniformLoss(s));
            histogram.lossesProperty().set(s.sampleLosses());
            histogram.referenceProperty().set(uniformLoss(s));
            why.setText(explanation(s, hiddenNumbers, lab.getLogBase()));
        };
        model.snapshotProperty().addListener((o, was, now) -> sync.run());
        lab.numbersHiddenProperty().addListener((o, was, now) -> sync.run());
        lab.logBaseProperty().addListener((o, was, now) -> sync.run());
        sync.run();

        Card planeCard = new Card("Decision regions and data", plane, sizeByLoss);
        VBox.setVgrow(plane, Priority.ALWAYS);
        Card curveCard = new Card("Loss and accuracy per epoch", curve, logEpochs);
        VBox.setVgrow(curve, Priority.ALWAYS);
        Card histCard = new Card("Loss per point", histogram);
        histogram.minHeightProperty().bind(ctx.theme().zoomProperty().multiply(110));
        histogram.prefHeightProperty().bind(ctx.theme().zoomProperty().multiply(130));
        VBox curveColumn = new VBox(14, curveCard, histCard);
        VBox.setVgrow(curveCard, Priority.ALWAYS);
        ScreenLayout root = ScreenLayout.following(ctx.theme())
                .side(data, net, training)
                .head(new Card(null, paused, readouts, why))
                .pictures(planeCard, curveColumn);
        root.getStyleClass().add("spiral-screen");
        root.sideWidthEmProperty().set(23.5);

        // At most one snapshot per frame; training is paused when the screen is left.
        AnimationTimer frames = new AnimationTimer() {
            @Override
            public void handle(long now) {
                model.pull();
            }
        };
        root.sceneProperty().addListener((o, was, now) -> {
            if (now == null) {
                frames.stop();
                model.pauseForLeaving();
            } else {
                frames.start();
            }
        });
        return root;
    }

    private static double uniformLoss(TrainingSnapshot s) {
        return celab.core.CrossEntropy.loss(1.0 / s.data().classes(), celab.core.Clipping.DEFAULT);
    }

    private static String explanation(TrainingSnapshot s, boolean hidden, celab.core.LogBase base) {
        int c = s.data().classes();
        // with the losses hidden the same sentences say "the loss" instead of its value
        String start = hidden || s.history().size() == 0 ? "where it does" : "at " + Units.fromNats(s.history().loss(0), base, false);
        String lnC = hidden ? "" : " = " + Units.fromNats(uniformLoss(s), base, false);
        return "Why does training start " + start + "? Every weight starts as 0.01·N(0, 1) and every bias at 0, "
                + "so all " + c + " logits are almost 0 and softmax gives each class almost 1/" + c + ". "
                + "Then the loss is −log(1/" + c + ") = ln " + c + lnC + " for every point, and accuracy is "
                + "about 1/" + c + ": the network is guessing. Each epoch follows the gradient (softmax − y) back "
                + "through both layers, and the loss falls. The points that still cost most sit near the borders "
                + "between the arms.";
    }

    private static Spinner<Integer> intSpinner(String id, int min, int max, int step, int value, String name) {
        Spinner<Integer> s = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, value, step));
        s.setId(id);
        s.setEditable(true);
        s.accessibleTextProperty().bind(javafx.beans.binding.Bindings.concat(name, ": ", s.valueProperty()));
        return s;
    }

    private static <T> ChoiceBox<T> choice(String id, java.util.List<T> items, T value, String name) {
        ChoiceBox<T> box = new ChoiceBox<>();
        box.getItems().setAll(items);
        box.setValue(value);
        box.setId(id);
        box.accessibleTextProperty().bind(javafx.beans.binding.Bindings.concat(name, ": ", box.valueProperty()));
        return box;
    }

    private static GridPane form(String[] labels, Node... controls) {
        GridPane g = new GridPane();
        g.getStyleClass().add("probability-grid");
        for (int i = 0; i < labels.length; i++) {
            Label l = new Label(labels[i]);
            l.setLabelFor(controls[i]);
            l.setMinWidth(Label.USE_PREF_SIZE);
            g.addRow(i, l, controls[i]);
        }
        return g;
    }

    @Override
    public ScreenModel<?> model(Lab lab) {
        return lab.spiral();
    }

}
