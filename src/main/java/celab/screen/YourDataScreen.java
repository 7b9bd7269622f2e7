package celab.screen;

import celab.core.DataAnalysis;
import celab.core.Dataset;
import celab.core.ScoreKind;
import celab.model.DataModel;
import celab.model.Lab;
import celab.plot.ClassLossBars;
import celab.plot.ConfusionPlot;
import celab.plot.DataPlot;
import celab.plot.EpsilonCurve;
import celab.plot.LossHistogramPlot;
import celab.plot.ReliabilityPlot;
import celab.plot.TemperaturePlot;
import celab.view.Card;
import celab.view.DataReadouts;
import celab.view.ScreenLayout;
import celab.view.TemperatureControls;
import celab.view.WorstSamplesTable;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Worker;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Your data: a real classifier's outputs and targets, loaded from files (or a ready example),
 * seen through every idea of the lab: mean loss and accuracy, the spread of per-sample losses,
 * the worst samples, per-class loss and the confusion matrix, what clipping does, calibration,
 * and the temperature that fits best.
 */
public final class YourDataScreen implements Screen {

    public static final String ID = "data";

    /** A ready example from assets/data. */
    public record Example(String title, String predictions, String targets, ScoreKind kind) {
    }

    public static final List<Example> EXAMPLES = List.of(
            new Example("Digits, logistic regression (logits)", "digits-logreg-logits.csv", "digits-targets.csv", ScoreKind.LOGITS),
            new Example("Digits, logistic regression (probabilities)", "digits-logreg-probabilities.csv", "digits-targets.csv", ScoreKind.PROBABILITIES),
            new Example("Digits, small neural network (probabilities)", "digits-mlp-probabilities.csv", "digits-targets.csv", ScoreKind.PROBABILITIES));

    /** What the screen needs from the window around it. */
    public interface Host {
        /** Shows a problem in the window's banner. */
        void problem(String message);

        /** Clears the banner. */
        void clearProblem();

        /** Switches to another screen. */
        void show(String screenId);

        /** File ▸ Open data…: asks for the two files. */
        void openDataDialog();

        /** How files are read. */
        DataReader reader();
    }

    private static final Executor LOADER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "data-loader");
        t.setDaemon(true);
        return t;
    });

    private final ObjectProperty<DataLoadTask> loading = new SimpleObjectProperty<>(this, "loading");
    private Host host;
    private ScreenContext context;
    private DataLoadTask.Loaded loaded;
    private ChoiceBox<ScoreKind> readAs;
    private boolean settingKind;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Your data";
    }

    @Override
    public String summary() {
        return "A real classifier's outputs: where its loss comes from, how sure it is, and the temperature that fits.";
    }

    /** Connects the screen to the window (banner, navigation); without one, problems go to the status line. */
    public void setHost(Host host) {
        this.host = host;
    }

    /** The load in progress, or null. */
    public ObjectProperty<DataLoadTask> loadingProperty() {
        return loading;
    }

    // Commands

    /** Reads two inputs in the background; the current data stays until they are read and checked. */
    public DataLoadTask open(DataSource predictions, DataSource targets, ScoreKind kind) {
        DataLoadTask running = loading.get();
        if (running != null) {
            running.setOnCancelled(null); // replaced, not cancelled by the user: nothing to report
            running.cancel();
        }
        long start = System.nanoTime();
        if (host == null) {
            throw new IllegalStateException("the screen has no window to read files through");
        }
        DataLoadTask task = new DataLoadTask(host.reader(), predictions, targets, kind);
        task.setOnSucceeded(e -> {
            loading.set(null);
            accept(task.getValue(), (System.nanoTime() - start) / 1e9);
        });
        task.setOnFailed(e -> {
            loading.set(null);
            Throwable t = task.getException();
            problem(t instanceof DataProblem ? t.getMessage() : task.getTitle() + ": " + t);
        });
        task.setOnCancelled(e -> {
            loading.set(null);
            status("Loading cancelled; the previous data stays.");
        });
        loading.set(task);
        LOADER.execute(task);
        return task;
    }

    /** Opens a ready example. */
    public DataLoadTask open(Example example) {
        return open(DataSource.example(example.predictions()), DataSource.example(example.targets()), example.kind());
    }

    /** Stops a load in progress. */
    public void cancel() {
        DataLoadTask t = loading.get();
        if (t != null) {
            t.cancel();
            loading.set(null);
        }
    }

    /** Reads the loaded files again as the other kind; a problem leaves the data as it is. */
    public void readAs(ScoreKind kind) {
        if (loaded == null || loaded.dataset().kind() == kind) {
            return;
        }
        try {
            accept(DataLoadTask.check(loaded.raw(), kind), Double.NaN);
        } catch (DataProblem e) {
            problem(e.getMessage() + " (read as " + kind.label() + ")");
            syncKind();
        }
    }

    private void accept(DataLoadTask.Loaded l, double seconds) {
        loaded = l;
        Dataset d = l.dataset();
        model().setData(d, l.source());
        syncKind();
        if (host != null) {
            host.clearProblem();
        }
        status(String.format(java.util.Locale.ROOT, "Opened %s%s: %,d samples, %d classes, read as %s%s.",
                l.source(), Double.isNaN(seconds) ? "" : String.format(java.util.Locale.ROOT, " in %.1f s", seconds),
                d.size(), d.classes(), d.kind().label(),
                d.warnings().isEmpty() ? "" : " (" + d.warnings().size() + " rows do not sum to 1; computed as given)"));
    }

    private void syncKind() {
        if (readAs != null && loaded != null) {
            settingKind = true;
            readAs.setValue(loaded.dataset().kind());
            settingKind = false;
        }
    }

    /** Puts the selected sample on the Explorer and goes there. */
    public void openInExplorer(int sample) {
        try {
            model().openInExplorer(sample);
        } catch (IllegalArgumentException e) {
            problem("Open in Explorer: " + e.getMessage());
            return;
        }
        if (host != null) {
            host.show("explorer");
        }
        DataAnalysis a = model().getAnalysis();
        int t = a.data().target(sample);
        status("Sample " + (sample + 1) + " is on the Explorer"
                + (model().getTemperature() == 1 ? "" : " at T = " + celab.core.Numbers.format(model().getTemperature(), 3))
                + ": its class " + t + " is shown there as \"" + context.lab().classNames().get(t)
                + "\" (the Explorer's class names can be edited).");
    }

    private DataModel model() {
        return context.lab().data();
    }

    private void problem(String message) {
        if (host != null) {
            host.problem(message);
        } else {
            status(message);
        }
    }

    private void status(String message) {
        if (context != null) {
            context.status().accept(message);
        }
    }

    // Building

    @Override
    public Node createView(ScreenContext ctx) {
        this.context = ctx;
        Lab lab = ctx.lab();
        DataModel model = lab.data();

        LossHistogramPlot histogram = plot(new LossHistogramPlot(ctx.theme()), lab, "data-histogram");
        ClassLossBars perClass = plot(new ClassLossBars(ctx.theme()), lab, "data-per-class");
        ConfusionPlot confusion = plot(new ConfusionPlot(ctx.theme()), lab, "data-confusion");
        EpsilonCurve epsilon = plot(new EpsilonCurve(ctx.theme()), lab, "data-epsilon");
        epsilon.clippingProperty().bind(lab.clippingProperty());
        ReliabilityPlot reliability = plot(new ReliabilityPlot(ctx.theme()), lab, "data-reliability");
        TemperaturePlot temperature = plot(new TemperaturePlot(ctx.theme()), lab, "data-temperature");
        temperature.curveProperty().bind(model.temperatureCurveProperty());
        model.fitProperty().addListener((o, was, now) -> temperature.fittedProperty().set(now == null ? Double.NaN : now.temperature()));

        Card clip = card("Clipping", epsilon);
        Label logitsNote = Card.hint("Logits: clipping their softmax.");
        logitsNote.setId("data-clip-note");
        logitsNote.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.getData() != null && model.getData().kind() == ScoreKind.LOGITS, model.dataProperty()));
        logitsNote.managedProperty().bind(logitsNote.visibleProperty());
        clip.getChildren().add(logitsNote);

        WorstSamplesTable worst = new WorstSamplesTable();
        worst.analysisProperty().bind(model.analysisProperty());
        worst.numbersHiddenProperty().bind(lab.numbersHiddenProperty());
        worst.setMinSize(0, 0); // narrower than its columns it scrolls sideways, inside the table
        worst.scale(ctx.theme().getZoom());
        ctx.theme().zoomProperty().addListener((o, was, now) -> worst.scale(now.doubleValue()));
        worst.prefHeightProperty().bind(ctx.theme().zoomProperty().multiply(180));
        Button explore = new Button("Open in Explorer");
        explore.setId("open-in-explorer");
        explore.setTooltip(new Tooltip("Put the selected sample's probabilities and true class on the Explorer"));
        explore.disableProperty().bind(worst.selectedProperty().lessThan(0));
        explore.setOnAction(e -> openInExplorer(worst.selectedProperty().get()));
        explore.setMinWidth(Region.USE_PREF_SIZE);
        Card worstCard = Card.growing("Worst samples", worst);
        worstCard.getChildren().add(explore);

        DataReadouts readouts = new DataReadouts();
        readouts.setId("data-readouts");
        readouts.analysisProperty().bind(model.analysisProperty());
        readouts.numbersHiddenProperty().bind(lab.numbersHiddenProperty());
        readouts.setMinWidth(0);
        TemperatureControls temperatureControls = new TemperatureControls(model, lab.numbersHiddenProperty());
        temperatureControls.setId("data-temperature-controls");

        // the worst samples are a list to pick from, so they go with the controls; the side column
        // is as wide as the table's columns (with the card's padding), so that none scrolls away
        ScreenLayout root = ScreenLayout.following(ctx.theme())
                .side(dataCard(model), new Card(null, temperatureControls), worstCard)
                .head(new Card(null, readouts))
                .pictures(card("Loss of each sample", histogram), card("Per class", perClass),
                        card("Confusion matrix", confusion), card("Calibration", reliability), clip,
                        card("Temperature", temperature))
                .maxPictureColumns(3);
        root.getStyleClass().add("data-screen");
        root.sideWidthEmProperty().set(WorstSamplesTable.comfortableWidth() / 14 + 3); // px at 100% → em, + the card's padding
        if (model.getData() == null) {
            open(EXAMPLES.get(0));
        }
        return root;
    }

    /** Where the data comes from: its name, the files or an example, how the scores are read, the load. */
    private Node dataCard(DataModel model) {
        Label source = new Label();
        source.setId("data-source");
        source.getStyleClass().add("data-source");
        source.textProperty().bind(model.sourceProperty());
        source.setWrapText(true); // a long file name wraps in the side column rather than being cut
        source.setMinHeight(Region.USE_PREF_SIZE);
        Button openButton = new Button("Open data…");
        openButton.setId("data-open");
        openButton.setOnAction(e -> {
            if (host != null) {
                host.openDataDialog();
            }
        });
        MenuButton examples = new MenuButton("Examples");
        examples.setId("data-examples");
        for (Example ex : EXAMPLES) {
            MenuItem m = new MenuItem(ex.title());
            m.setOnAction(e -> open(ex));
            examples.getItems().add(m);
        }
        readAs = new ChoiceBox<>();
        readAs.setId("data-kind");
        readAs.getItems().setAll(ScoreKind.values());
        readAs.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ScoreKind k) {
                return k == null ? "" : "read as " + k.label();
            }

            @Override
            public ScoreKind fromString(String s) {
                return null;
            }
        });
        readAs.valueProperty().addListener((o, was, now) -> {
            if (!settingKind && now != null) {
                readAs(now);
            }
        });
        readAs.disableProperty().bind(model.dataProperty().isNull());

        ProgressBar progress = new ProgressBar();
        progress.setId("data-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setMinWidth(0);
        HBox.setHgrow(progress, Priority.ALWAYS);
        Label progressText = Card.hint("");
        progressText.setId("data-progress-text");
        Button cancel = new Button("Cancel");
        cancel.setId("data-cancel");
        cancel.setOnAction(e -> cancel());
        HBox progressRow = new HBox(8, progress, cancel);
        progressRow.setAlignment(Pos.CENTER_LEFT);
        VBox loadingBox = new VBox(4, progressRow, progressText);
        loadingBox.visibleProperty().bind(loading.isNotNull());
        loadingBox.managedProperty().bind(loadingBox.visibleProperty());
        loading.addListener((o, was, now) -> {
            progress.progressProperty().unbind();
            progressText.textProperty().unbind();
            if (now != null) {
                progress.progressProperty().bind(now.progressProperty());
                progressText.textProperty().bind(now.messageProperty());
            }
        });
        Label busy = Card.hint("computing…");
        busy.setId("data-busy");
        busy.visibleProperty().bind(model.busyProperty().or(model.fittingProperty()));
        busy.managedProperty().bind(busy.visibleProperty());

        for (Region r : new Region[] {openButton, examples, readAs, cancel}) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        FlowPane buttons = new FlowPane(8, 6, openButton, examples, readAs);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Card card = new Card("Data", source, buttons, loadingBox, busy);
        card.getStyleClass().add("data-bar");
        return card;
    }

    private static <T extends DataPlot> T plot(T p, Lab lab, String id) {
        p.setId(id);
        p.analysisProperty().bind(lab.data().analysisProperty());
        p.numbersHiddenProperty().bind(lab.numbersHiddenProperty());
        return p;
    }

    private static Card card(String title, DataPlot plot) {
        Card c = Card.growing(title, plot);
        c.setMinSize(0, 0);
        plot.setMinSize(0, 0); // the layout keeps each picture readable; below that the screen scrolls
        plot.setPrefSize(260, 180);
        return c;
    }

    @Override
    public celab.model.ScreenModel<?> model(Lab lab) {
        return lab.data();
    }
}
