package celab.screen;

import celab.core.ScoreKind;
import java.util.function.BooleanSupplier;

/**
 * Reads predictions and targets for the "Your data" screen (the app gives it the lab's one
 * streaming reader). Called off the UI thread.
 */
@FunctionalInterface
public interface DataReader {

    /** Told how far the read has come: bytes of both inputs (total -1 if unknown), samples. */
    @FunctionalInterface
    interface Progress {
        void update(long bytesRead, long bytesTotal, long samples);
    }

    /**
     * @param kind      PROBABILITIES to check values as probabilities while reading; LOGITS
     *                  accepts any finite number (also used when the kind is still to be told)
     * @param cancelled polled while reading; the read stops when it turns true
     * @throws DataProblem naming file:line:column
     */
    DataLoadTask.Raw read(DataSource predictions, DataSource targets, ScoreKind kind, Progress progress,
                          BooleanSupplier cancelled) throws DataProblem;
}
