package celab.io;

import celab.core.Matrix;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads a whole headerless, comma-separated file of numbers, one sample per line, into a
 * {@link CsvTable}: for inputs small enough to hold (the lab's own tables). Big files are read
 * row by row with {@link CsvRows} or {@link PredictionReader} instead. Blank lines are skipped
 * but still counted, so line numbers in messages are the ones an editor shows. Every row must
 * have as many values as the first. Gzip files are read too.
 */
public final class CsvReader {

    private CsvReader() {
    }

    /** Reads the file named {@code file} (as typed; relative to the working directory). */
    public static CsvTable read(String file) throws InputFileException {
        InputSource source = InputSource.typed(file);
        try (Rows rows = Rows.open(source, new Rows.ByteCounter())) {
            return read(rows);
        } catch (IOException e) {
            throw InputFileException.whole(file, "cannot read the file: " + e.getMessage());
        }
    }

    /**
     * Reads {@code path} as UTF-8; {@code name} is how the file is named in messages (usually the
     * path as the user typed it).
     *
     * @throws InputFileException for a missing, unreadable or empty file, a value that is not a
     *                            number, or a row whose width differs from the first row's
     */
    public static CsvTable read(Path path, String name) throws InputFileException {
        try (Rows rows = Rows.open(InputSource.of(path, name), new Rows.ByteCounter())) {
            return read(rows);
        } catch (IOException e) {
            throw InputFileException.whole(name, "cannot read the file: " + e.getMessage());
        }
    }

    /** Reads CSV text from {@code in}; see {@link #read(Path, String)}. */
    public static CsvTable read(Reader in, String name) throws IOException, InputFileException {
        try (CsvRows rows = new CsvRows(in, name)) {
            return read(rows);
        }
    }

    private static CsvTable read(Rows rows) throws InputFileException {
        double[] data = new double[1024];
        int[] lines = new int[64];
        int n = 0;
        int used = 0;
        while (rows.next()) {
            int w = rows.width();
            if (used + w > data.length) {
                data = Arrays.copyOf(data, Math.max(data.length * 2, used + w));
            }
            System.arraycopy(rows.values(), 0, data, used, w);
            used += w;
            if (n == lines.length) {
                lines = Arrays.copyOf(lines, n * 2);
            }
            lines[n++] = (int) Math.min(Integer.MAX_VALUE, rows.line());
        }
        if (n == 0) {
            throw InputFileException.whole(rows.name(), "the file is empty: expected one sample per line");
        }
        return new CsvTable(rows.name(), Matrix.wrap(n, rows.width(), Arrays.copyOf(data, used)),
                Arrays.copyOf(lines, n));
    }
}
