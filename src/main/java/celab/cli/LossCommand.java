package celab.cli;

import celab.core.CrossEntropy;
import celab.core.InvalidInputException;
import celab.core.LossResult;
import celab.core.Matrix;
import celab.core.Precision;
import celab.core.Targets;
import celab.core.Validation;
import celab.io.CsvReader;
import celab.io.CsvTable;
import celab.io.InputFileException;
import java.io.PrintStream;
import java.util.List;

/**
 * {@code loss}: reads predictions and targets from CSV, lets the core validate and compute, and
 * prints a table or one JSON object. Bad input is one line on stderr and exit status 2.
 */
public final class LossCommand {

    static final String HELP = """
            usage: loss --predictions P.csv --targets T.csv [--logits] [--epsilon E] [--no-clip] [--json]

            Categorical cross-entropy of a batch. CSV files have no header, values are separated
            by commas, one sample per line; blank lines are skipped.

              --predictions FILE  N rows of C probabilities (or C logits with --logits)
              --targets FILE      N rows of one 0-based class index, or of C one-hot or
                                  soft-label values
              --logits            predictions are raw scores: loss through the stable
                                  log-softmax, no clipping needed (--epsilon, --no-clip ignored)
              --epsilon E         clip probabilities to [E, 1 - E] before the log (default 1e-7)
              --no-clip           use probabilities as given: p = 0 gives an infinite loss
              --json              print one JSON object: n, classes, perSample, mean, sum,
                                  accuracy, warnings (non-finite numbers as strings)
              --help              this help

            Options may also be written --name=value. Exit status: 0 done, 2 bad input or usage
            (one line on stderr: file:line:column: what is wrong).
            """;

    private LossCommand() {
    }

    /** Runs {@code loss} with the arguments after the command word; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        LossOptions options;
        try {
            options = LossOptions.parse(args);
        } catch (UsageException e) {
            err.println("loss: " + e.getMessage() + " (see 'loss --help')");
            return 2;
        }
        if (options.help()) {
            out.print(HELP);
            return 0;
        }
        try {
            CsvTable predictions = CsvReader.read(options.predictions());
            CsvTable targets = CsvReader.read(options.targets());
            Targets parsed = parseTargets(options, predictions, targets);
            LossResult result = evaluate(options, predictions, targets, parsed);
            List<String> warnings = result.warnings().stream().map(predictions::locate).toList();
            if (options.json()) {
                LossJson.print(result, warnings, out);
            } else {
                boolean soft = parsed instanceof Targets.Rows rows && !rows.isOneHot();
                LossTable.print(options, result, soft, warnings, out);
            }
            return 0;
        } catch (InputFileException e) {
            err.println(e.getMessage());
            return 2;
        }
    }

    /**
     * Validation order follows the files: predictions first, then targets, then how they fit
     * together; the first problem found is the one reported.
     */
    static Targets parseTargets(LossOptions options, CsvTable predictions, CsvTable targets)
            throws InputFileException {
        Matrix p = predictions.values();
        try {
            if (options.logits()) {
                Validation.checkLogits(p);
            } else {
                Validation.checkProbabilities(p);
            }
            return Validation.parseTargets(targets.values(), p.cols());
        } catch (InvalidInputException e) {
            throw locate(e, predictions, targets);
        }
    }

    static LossResult evaluate(LossOptions options, CsvTable predictions, CsvTable targets,
                               Targets parsed) throws InputFileException {
        try {
            return options.logits()
                    ? CrossEntropy.evaluateLogits(predictions.values(), parsed, Precision.FLOAT64)
                    : CrossEntropy.evaluate(predictions.values(), parsed, options.clipping());
        } catch (InvalidInputException e) {
            throw locate(e, predictions, targets);
        }
    }

    private static InputFileException locate(InvalidInputException e, CsvTable predictions,
                                             CsvTable targets) {
        CsvTable where = "targets".equals(e.problem().source()) ? targets : predictions;
        return where.locate(e.problem());
    }
}
