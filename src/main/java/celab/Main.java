package celab;

import celab.app.LabLauncher;
import celab.cli.Cli;
import celab.cli.bench.CoreMeasures;
import celab.cli.bench.Measure;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The one entry point. {@code loss}, {@code bench} and {@code --help} go to the command line
 * without loading a single JavaFX class (fast, no display needed); anything else opens the lab.
 * This is the only class that knows both the command line and the app.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (Cli.handles(args)) {
            // Buffered: a million-row table should not flush on every line.
            PrintStream out = new PrintStream(
                    new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16), false);
            int status = new Cli(Main::measures).run(args, out, System.err);
            out.flush();
            System.exit(status);
        }
        // Resolved only on this path, so the command line never loads the app or JavaFX.
        LabLauncher.launch(args);
    }

    /** Every measure {@code bench} runs; other layers add theirs here. */
    static List<Measure> measures() {
        List<Measure> all = new ArrayList<>(CoreMeasures.all());
        // The app layer adds its own here, e.g. all.add(Measure.of("ui.update", ...)); keep
        // such measures behind a name prefix so `bench --only core.` stays JavaFX-free.
        return all;
    }
}
