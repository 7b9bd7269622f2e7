package celab.cli;

import celab.cli.bench.CoreMeasures;
import celab.cli.bench.Measure;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** One in-process run of the command line: exit status and everything it printed. */
record CliRun(int status, String out, String err) {

    static CliRun of(String... args) {
        return with(CoreMeasures.all(), args);
    }

    static CliRun with(List<Measure> measures, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Cli(() -> measures).run(args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliRun(status, out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8));
    }

    /** The single line printed on stderr, without its line end. */
    String errorLine() {
        if (!err.endsWith("\n") || err.indexOf('\n') != err.length() - 1) {
            throw new AssertionError("expected exactly one line on stderr, got: " + err);
        }
        return err.substring(0, err.length() - 1);
    }
}
