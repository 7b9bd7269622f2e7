package celab.io;

import celab.core.Matrix;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a headerless, comma-separated file of numbers, one sample per line, into a
 * {@link CsvTable}. Blank lines are skipped but still counted, so line numbers in messages are
 * the ones an editor shows. Every row must have as many values as the first.
 */
public final class CsvReader {

    /**
     * Decimal numbers as people and NumPy write them, plus the non-finite spellings NumPy and
     * Java use; those parse so that the core can say "probability is NaN" at the right place.
     * Java-only forms such as {@code 0x1p3} or {@code 1d} are rejected.
     */
    private static final Pattern NUMBER = Pattern.compile(
            "[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?|[+-]?(?i:inf|infinity|nan)");

    /** Empty lines are kept as records so that the parser's line count stays physical. */
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setIgnoreEmptyLines(false)
            .setTrim(true)
            .build();

    private CsvReader() {
    }

    /** Reads the file named {@code file} (as typed; relative to the working directory). */
    public static CsvTable read(String file) throws InputFileException {
        Path path;
        try {
            path = Path.of(file);
        } catch (InvalidPathException e) {
            throw InputFileException.whole(file, "not a valid file name: " + e.getReason());
        }
        return read(path, file);
    }

    /**
     * Reads {@code path} as UTF-8; {@code name} is how the file is named in messages (usually the
     * path as the user typed it).
     *
     * @throws InputFileException for a missing, unreadable or empty file, a value that is not a
     *                            number, or a row whose width differs from the first row's
     */
    public static CsvTable read(Path path, String name) throws InputFileException {
        if (Files.isDirectory(path)) {
            throw InputFileException.whole(name, "is a directory, not a CSV file");
        }
        try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return read(in, name);
        } catch (NoSuchFileException e) {
            throw InputFileException.whole(name, "no such file");
        } catch (AccessDeniedException e) {
            throw InputFileException.whole(name, "cannot read the file: permission denied");
        } catch (CharacterCodingException e) {
            throw InputFileException.whole(name, "cannot read the file: it is not UTF-8 text");
        } catch (IOException e) {
            throw InputFileException.whole(name, "cannot read the file: " + e.getMessage());
        }
    }

    /** Reads CSV text from {@code in}; see {@link #read(Path, String)}. */
    public static CsvTable read(Reader in, String name) throws IOException, InputFileException {
        RowBuffer rows = new RowBuffer();
        int width = -1;
        int firstLine = 0;
        try (CSVParser parser = CSVParser.parse(skipByteOrderMark(in), FORMAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                int line = Math.toIntExact(parser.getCurrentLineNumber() + 1);
                if (!hasNext(records, name, line)) {
                    break;
                }
                CSVRecord record = records.next();
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue; // a blank line (values are trimmed)
                }
                if (width < 0) {
                    width = record.size();
                    firstLine = line;
                } else if (record.size() != width) {
                    throw new InputFileException(name, line, Math.min(record.size(), width) + 1,
                            "row has " + count(record.size()) + ", expected " + width
                                    + " like line " + firstLine);
                }
                rows.add(parseRow(record, name, line), line);
            }
        }
        if (rows.size() == 0) {
            throw InputFileException.whole(name, "the file is empty: expected one sample per line");
        }
        return rows.toTable(name, width);
    }

    /** Commons CSV reports bad quoting and unreadable bytes from inside its iterator, unchecked. */
    private static boolean hasNext(Iterator<CSVRecord> records, String name, int line)
            throws IOException, InputFileException {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException bytes) {
                throw bytes;
            }
            throw new InputFileException(name, line, 0, "not valid CSV (check the quotes): "
                    + e.getCause().getMessage());
        }
    }

    private static Reader skipByteOrderMark(Reader in) throws IOException {
        BufferedReader buffered = in instanceof BufferedReader b ? b : new BufferedReader(in);
        buffered.mark(1);
        if (buffered.read() != '\uFEFF') {
            buffered.reset();
        }
        return buffered;
    }

    private static double[] parseRow(CSVRecord record, String name, int line)
            throws InputFileException {
        double[] row = new double[record.size()];
        for (int j = 0; j < row.length; j++) {
            row[j] = parseNumber(record.get(j), name, line, j + 1);
        }
        return row;
    }

    private static double parseNumber(String text, String name, int line, int column)
            throws InputFileException {
        if (text.isEmpty()) {
            throw new InputFileException(name, line, column, "empty value; expected a number");
        }
        if (!NUMBER.matcher(text).matches()) {
            throw new InputFileException(name, line, column,
                    "'" + shorten(text) + "' is not a number");
        }
        String t = text.toLowerCase();
        if (t.endsWith("nan")) {
            return Double.NaN;
        }
        if (t.endsWith("inf") || t.endsWith("infinity")) {
            return t.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return Double.parseDouble(text);
    }

    private static String count(int values) {
        return values == 1 ? "1 value" : values + " values";
    }

    private static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 37) + "...";
    }

    /** Rows appended into one growing flat array, so a million-row file is not a million arrays. */
    private static final class RowBuffer {
        private double[] data = new double[1024];
        private int[] lines = new int[64];
        private int size;
        private int used;

        int size() {
            return size;
        }

        void add(double[] row, int line) {
            if (used + row.length > data.length) {
                data = Arrays.copyOf(data, Math.max(data.length * 2, used + row.length));
            }
            System.arraycopy(row, 0, data, used, row.length);
            used += row.length;
            if (size == lines.length) {
                lines = Arrays.copyOf(lines, size * 2);
            }
            lines[size++] = line;
        }

        CsvTable toTable(String name, int width) {
            return new CsvTable(name, Matrix.wrap(size, width, Arrays.copyOf(data, used)),
                    Arrays.copyOf(lines, size));
        }
    }
}
