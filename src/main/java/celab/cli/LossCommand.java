package celab.cli;

import celab.core.Reduction;
import celab.io.InputFileException;
import celab.io.InputSource;
import celab.io.PredictionReader;
import celab.io.Printable;
import java.io.PrintStream;

/**
 * {@code loss}: streams predictions and targets through {@link PredictionReader}, which checks
 * every sample, computes the loss sample by sample in the core, and prints a table or one JSON
 * object. Memory does not grow with the input: totals are running sums and per-sample results
 * go to a {@link Spool} until the whole input has passed its checks. Bad input is one line on
 * stderr, nothing on stdout, and exit status 2.
 */
public final class LossCommand {

    static final String HELP = """
            usage: loss --predictions P.csv --targets T.csv [--logits] [--epsilon E] [--no-clip] [--json]
                        [--reduction mean|sum|none] [--label-smoothing S] [--class-weights W0,W1,...]
                        [--log-base e|2]

            Categorical cross-entropy of a batch. Inputs are CSV files (no header, values separated
            by commas, one sample per line; blank lines are skipped), the same compressed with
            gzip (.csv.gz), or NumPy .npy arrays; the format is recognised from the file's bytes.
            - reads standard input (for one of the two).

              --predictions P     N rows of C probabilities (or C logits with --logits);
                                  .npy: float32 or float64, shape (N, C)
              --targets T         N rows of one 0-based class index, or of C one-hot or
                                  soft-label values; .npy: integers of shape (N,), or (N, C)
              --logits            predictions are raw scores: loss through the stable
                                  log-softmax, no clipping needed (--epsilon, --no-clip ignored)
              --epsilon E         clip probabilities to [E, 1 - E] before the log (default 1e-7)
              --no-clip           use probabilities as given: p = 0 gives an infinite loss
              --reduction R       as PyTorch: mean or sum prints only that number (no per-sample
                                  list); none prints only the per-sample losses. Default: both
              --label-smoothing S as PyTorch's label_smoothing: targets become
                                  (1 - S) * one-hot + S / C, S in [0, 1]
              --class-weights W   as PyTorch's weight=: one weight per class, e.g. 1,2,0.5; the
                                  mean is then sum(w_t * loss) / sum(w_t) over the samples' classes
              --log-base B        e (nats, the default) or 2 (bits)
              --json              print one JSON object: n, classes, perSample, mean, sum,
                                  accuracy, warnings (non-finite numbers as strings)
              --help              this help

            Numbers are decimals (1e-7, .5, -2.5E+3, nan, inf); hex floats are refused. Options may
            also be written --name=value. Exit status: 0 done, 2 bad input or usage (one line on
            stderr: file:line:column: what is wrong; for .npy: file: row R, column C: ...).
            """;

    private LossCommand() {
    }

    /** Runs {@code loss} with the arguments after the command word; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        LossOptions options;
        try {
            options = LossOptions.parse(args);
        } catch (UsageException e) {
            err.println(usage(e.getMessage()));
            return 2;
        }
        if (options.help()) {
            out.print(HELP);
            return 0;
        }
        boolean perSample = options.reduction() == null || options.reduction() == Reduction.NONE;
        int record = !perSample ? 0 : options.json() ? LossRun.JSON : LossRun.TABLE;
        try (Spool spool = new Spool()) {
            LossRun run = new LossRun(options, spool, record);
            PredictionReader.read(InputSource.typed(options.predictions()), InputSource.typed(options.targets()),
                    options.logits() ? PredictionReader.Scores.LOGITS : PredictionReader.Scores.PROBABILITIES,
                    run::accept, PredictionReader.Progress.NONE, () -> false);
            if (options.json()) {
                LossJson.print(run, spool, out);
            } else {
                LossTable.print(run, spool, out);
            }
            return 0;
        } catch (InputFileException e) {
            err.println(e.getMessage());
            return 2;
        } catch (LossRun.WeightsMismatch e) {
            err.println(usage(e.getMessage()));
            return 2;
        }
    }

    /** A usage problem as one printable line. */
    static String usage(String message) {
        return Printable.line("loss: " + message + " (see 'loss --help')");
    }
}
