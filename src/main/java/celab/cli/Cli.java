package celab.cli;

import celab.cli.bench.BenchCommand;
import celab.cli.bench.Measure;
import celab.io.Printable;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The command line: {@code loss}, {@code bench}, {@code check-lesson} and {@code --help}. It never touches JavaFX, so
 * it starts fast and runs without a display. Errors are one line on stderr; nothing here calls
 * {@code System.exit}: {@link #run} returns the status for the caller to exit with.
 */
public final class Cli {

    /** Exit status for bad input or usage. */
    public static final int BAD_INPUT = 2;
    /** Exit status for a failure that is the program's fault, not the input's. */
    public static final int INTERNAL_ERROR = 1;

    static final String HELP = """
            Cross-Entropy Lab: an interactive lesson on categorical cross-entropy, with its loss
            core on the command line.

            usage: ./run.sh [JavaFX options]      open the lab window
                   ./run.sh --data P.csv T.csv    open the lab on "Your data" with your
                                                  predictions (or logits) and targets
                   ./run.sh loss ...              cross-entropy of a batch read from CSV files
                   ./run.sh bench ...             time the loss core
                   ./run.sh check-lesson FILE     check a lesson file (*.celab-lesson.json)
                   ./run.sh --help                this help

            """;

    private static final Set<String> WORDS = Set.of("loss", "bench", "check-lesson", "--help", "-h");

    private final Supplier<List<Measure>> measures;

    /**
     * A command line whose {@code bench} runs the measures {@code measures} supplies, in order;
     * they are only asked for when {@code bench} runs, so {@code loss} loads none of them.
     */
    public Cli(Supplier<List<Measure>> measures) {
        this.measures = measures;
    }

    /** Whether these arguments are a command for the command line rather than for the app. */
    public static boolean handles(String[] args) {
        return args.length > 0 && WORDS.contains(args[0]);
    }

    /** Runs one command and returns its exit status: 0 done, 2 bad input or usage, 1 a bug. */
    public int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || !WORDS.contains(args[0])) {
            err.println(Printable.line("unknown command" + (args.length == 0 ? "" : " '" + args[0] + "'")
                    + "; see --help"));
            return BAD_INPUT;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            return switch (args[0]) {
                case "loss" -> LossCommand.run(rest, out, err);
                case "bench" -> BenchCommand.run(rest, measures.get(), out, err);
                case "check-lesson" -> CheckLessonCommand.run(rest, out, err);
                default -> {
                    out.print(HELP);
                    out.println(LossCommand.HELP);
                    out.print(BenchCommand.HELP);
                    out.println();
                    out.print(CheckLessonCommand.HELP);
                    yield 0;
                }
            };
        } catch (OutOfMemoryError e) {
            err.println(args[0] + ": out of memory; give Java more heap, e.g. JAVA_OPTS=-Xmx8g");
            return INTERNAL_ERROR;
        } catch (RuntimeException e) {
            err.println(Printable.line(args[0] + ": internal error: " + e));
            return INTERNAL_ERROR;
        } finally {
            out.flush();
            err.flush();
        }
    }
}
