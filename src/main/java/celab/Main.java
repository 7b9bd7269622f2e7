package celab;

import celab.app.LabLauncher;
import celab.app.UiUpdateBench;
import celab.cli.Cli;
import celab.cli.bench.CoreMeasures;
import celab.cli.bench.Measure;
import celab.cli.bench.ReadMeasures;
import celab.cli.bench.TrainMeasures;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one entry point. {@code loss}, {@code bench} and {@code --help} go to the command line
 * without loading a single JavaFX class (fast, no display needed); anything else opens the lab.
 * This is the only class that knows both the command line and the app.
 */
public final class Main {

    /** Slider changes timed by {@code ui.update}, after this many untimed ones. */
    private static final int UI_CHANGES = 1000;
    private static final int UI_WARMUP = 200;

    private Main() {
    }

    public static void main(String[] args) {
        if (Cli.handles(args)) {
            // Buffered: a million-row table should not flush on every line.
            PrintStream out = new PrintStream(
                    new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16), false);
            int status = new Cli(Main::measures).run(args, out, System.err);
            out.flush();
            if (status != 0) {
                System.exit(status);
            }
            // Success ends by returning: System.exit here would race JavaFX's own shutdown
            // after ui.update (Platform.exit is asynchronous) and print its stack trace.
            return;
        }
        // Resolved only on this path, so the command line never loads the app or JavaFX.
        quietJavaFxClassPathWarning();
        LabLauncher.launch(args);
    }

    /**
     * Every measure {@code bench} runs, in order. The core's come first, then {@code train.epoch}
     * (the spiral network's epoch), then {@code read} (the streaming CSV reader); {@code ui.update} starts
     * JavaFX (headless), so it runs last and {@code bench --only core.} skips it.
     */
    static List<Measure> measures() {
        List<Measure> all = new ArrayList<>(CoreMeasures.all());
        all.add(TrainMeasures.epoch());
        all.addAll(ReadMeasures.all());
        all.add(Measure.of("ui.update", settings -> uiUpdate()));
        return all;
    }

    private static Map<String, Number> uiUpdate() {
        quietJavaFxClassPathWarning();
        UiUpdateBench.useHeadlessToolkit();
        UiUpdateBench.Result result;
        try {
            result = UiUpdateBench.run(UI_WARMUP, UI_CHANGES);
        } catch (Exception e) {
            throw new IllegalStateException("ui.update could not run: " + e, e);
        }
        Map<String, Number> fields = new LinkedHashMap<>();
        fields.put("medianMs", result.medianMs());
        fields.put("p99Ms", result.p99Ms());
        fields.put("allocKbPerChange", Math.round(result.allocKbPerChange() * 10) / 10.0);
        fields.put("gcCount", result.gcCount());
        fields.put("gcMs", result.gcMs());
        fields.put("warmMedianMs", result.warmMedianMs());
        fields.put("warmP99Ms", result.warmP99Ms());
        return fields;
    }

    private static void quietJavaFxClassPathWarning() {
        QuietJavaFx.STARTUP_LOG.setLevel(Level.SEVERE);
    }

    /**
     * JavaFX warns "Unsupported JavaFX configuration: classes were loaded from 'unnamed module'"
     * whenever it runs from the class path, which is how run.sh starts it on purpose (one plain
     * java command, no module path). A holder class, so the command line never initialises
     * logging; the field keeps the logger alive (java.util.logging holds loggers weakly).
     */
    private static final class QuietJavaFx {
        static final Logger STARTUP_LOG = Logger.getLogger("javafx");
    }
}
