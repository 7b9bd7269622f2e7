package celab.screen;

import celab.core.Dataset;
import celab.core.InvalidInputException;
import celab.core.Matrix;
import celab.core.ScoreKind;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import javafx.concurrent.Task;

/**
 * Reads predictions and targets off the UI thread through the one streaming reader (CSV,
 * .csv.gz, .npy), with progress and cancel, then checks them into a {@link Dataset}. A problem
 * in either file fails the task with a {@link DataProblem} naming file:line:column.
 */
public final class DataLoadTask extends Task<DataLoadTask.Loaded> {

    /**
     * What was read, kept so that it can be checked again as the other kind: the values, one
     * class index per sample, and the line each sample came from in each file.
     */
    public record Raw(String predictionsName, String targetsName, Matrix scores, Matrix targets,
                      long[] predictionLines, long[] targetLines) {
    }

    /** The checked data, what it was read from, and a title for it. */
    public record Loaded(Dataset dataset, Raw raw, String source) {
    }

    private final DataReader reader;
    private final DataSource predictions;
    private final DataSource targets;
    private final ScoreKind kind;

    /** @param kind null to tell probabilities from logits by the values */
    public DataLoadTask(DataReader reader, DataSource predictions, DataSource targets, ScoreKind kind) {
        this.reader = reader;
        this.predictions = predictions;
        this.targets = targets;
        this.kind = kind;
        updateTitle(predictions.name() + " + " + targets.name());
    }

    @Override
    protected Loaded call() throws Exception {
        updateMessage("Reading…");
        // undecided files are read as logits (any finite number), then told apart by their values
        Raw raw = reader.read(predictions, targets, kind == ScoreKind.PROBABILITIES ? ScoreKind.PROBABILITIES : ScoreKind.LOGITS,
                (read, total, samples) -> {
                    if (total > 0) {
                        updateProgress(read, total);
                    } else {
                        updateProgress(-1, 1);
                    }
                    updateMessage(String.format(Locale.ROOT, "%,d samples read", samples));
                }, this::isCancelled);
        if (isCancelled()) {
            throw new CancellationException();
        }
        updateMessage("Checking…");
        Loaded loaded = check(raw, kind);
        updateProgress(1, 1);
        return loaded;
    }

    /**
     * Checks what was read as the given kind (null: tell by the values), naming the file, line
     * and column of any problem.
     *
     * @throws DataProblem naming file:line:column
     */
    public static Loaded check(Raw raw, ScoreKind kind) throws DataProblem {
        ScoreKind k = kind != null ? kind : ScoreKind.detect(raw.scores());
        try {
            Dataset d = Dataset.of(raw.scores(), k, raw.targets());
            return new Loaded(d, raw, raw.predictionsName() + " + " + raw.targetsName());
        } catch (InvalidInputException e) {
            boolean inTargets = "targets".equals(e.problem().source());
            long[] lines = inTargets ? raw.targetLines() : raw.predictionLines();
            int row = e.problem().row();
            int line = row >= 0 && row < lines.length ? (int) lines[row] : 0;
            int column = line > 0 && e.problem().column() >= 0 && !inTargets ? e.problem().column() + 1 : line > 0 ? 1 : 0;
            String file = inTargets ? raw.targetsName() : raw.predictionsName();
            throw new DataProblem(file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": "
                    + e.problem().message());
        }
    }
}
