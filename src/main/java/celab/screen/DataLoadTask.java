package celab.screen;

import celab.core.Dataset;
import celab.core.InvalidInputException;
import celab.core.ScoreKind;
import celab.io.CsvReader;
import celab.io.CsvTable;
import celab.io.InputFileException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CancellationException;
import javafx.concurrent.Task;

/**
 * Reads predictions and targets off the UI thread, with progress (bytes read of both files)
 * and cancel, then checks them into a {@link Dataset}. A problem in either file fails the task
 * with an {@link InputFileException} naming file:line:column.
 */
public final class DataLoadTask extends Task<DataLoadTask.Loaded> {

    /** The checked data, the tables it came from (to re-read as the other kind), and a title. */
    public record Loaded(Dataset dataset, CsvTable predictions, CsvTable targets, String source) {
    }

    private final DataSource predictions;
    private final DataSource targets;
    private final ScoreKind kind;
    private long done;

    /** @param kind null to tell probabilities from logits by the values */
    public DataLoadTask(DataSource predictions, DataSource targets, ScoreKind kind) {
        this.predictions = predictions;
        this.targets = targets;
        this.kind = kind;
        updateTitle(predictions.name() + " + " + targets.name());
    }

    @Override
    protected Loaded call() throws Exception {
        long total = predictions.size() >= 0 && targets.size() >= 0 ? predictions.size() + targets.size() : -1;
        updateMessage("Reading " + predictions.name() + "…");
        CsvTable p = read(predictions, total);
        updateMessage("Reading " + targets.name() + "…");
        CsvTable t = read(targets, total);
        updateMessage("Checking…");
        Loaded loaded = check(p, t, kind);
        updateProgress(1, 1);
        return loaded;
    }

    /**
     * Checks two tables as the given kind (null: detect), locating any problem in its file.
     *
     * @throws InputFileException naming file:line:column
     */
    public static Loaded check(CsvTable p, CsvTable t, ScoreKind kind) throws InputFileException {
        ScoreKind k = kind != null ? kind : ScoreKind.detect(p.values());
        try {
            Dataset d = Dataset.of(p.values(), k, t.values());
            return new Loaded(d, p, t, p.file() + " + " + t.file());
        } catch (InvalidInputException e) {
            CsvTable where = "targets".equals(e.problem().source()) ? t : p;
            throw where.locate(e.problem());
        }
    }

    private CsvTable read(DataSource source, long total) throws Exception {
        try (InputStream in = new Counting(source.open(), total)) {
            return CsvReader.read(new InputStreamReader(in, StandardCharsets.UTF_8), source.name());
        } catch (java.io.FileNotFoundException | java.nio.file.NoSuchFileException e) {
            throw InputFileException.whole(source.name(), "no such file");
        } catch (IOException e) {
            if (isCancelled()) {
                throw new CancellationException();
            }
            throw InputFileException.whole(source.name(), "cannot read the file: " + e.getMessage());
        } catch (InputFileException e) {
            if (isCancelled()) {
                throw new CancellationException(); // the reader reports the interruption as a CSV problem
            }
            throw e;
        }
    }

    /** Counts bytes for the progress bar and stops reading once the task is cancelled. */
    private final class Counting extends FilterInputStream {
        private final long total;

        Counting(InputStream in, long total) {
            super(in);
            this.total = total;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            count(Math.max(0, n));
            return n;
        }

        private void count(int n) throws IOException {
            if (isCancelled()) {
                throw new InterruptedIOException("cancelled");
            }
            done += n;
            if (total > 0) {
                updateProgress(done, total);
            } else {
                updateProgress(-1, 1);
            }
        }
    }
}
