package celab.io;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.zip.ZipException;

/**
 * Rows of a headerless CSV file of numbers, parsed by FastCSV as they are read. Blank lines
 * (empty, or only spaces and tabs) are skipped but counted, so line numbers are the ones an
 * editor shows. Values are trimmed of spaces and tabs only: any other character, a control
 * character included, makes the value "not a number". Every row must have as many values as the
 * first. A line longer than {@link #MAX_ROW_CHARS} characters or a value longer than
 * {@link NumberSyntax#MAX_LENGTH} is refused as soon as it is seen, so any input is rejected in
 * time linear in its length. Bytes that are not UTF-8 are reported at their line and column.
 */
public final class CsvRows implements Rows {

    /** The longest line read, in characters: room for thousands of classes. */
    public static final int MAX_ROW_CHARS = 1 << 20;

    /**
     * Stands for bytes that are not UTF-8. A lone low surrogate, which the UTF-8 decoder can
     * never produce from valid bytes, so it is not confused with a real U+FFFD in the file.
     */
    static final char BAD_BYTES = '\uDFFF';

    private final String name;
    private final Handler handler = new Handler();
    private final CsvReader<Handler> csv;
    private final Iterator<Handler> records;
    private double[] values = new double[16];
    private int width = -1;
    private long firstLine;
    private long line;
    private long count;

    /** Reads UTF-8 CSV text from {@code in}, naming it {@code name} in messages. */
    public CsvRows(InputStream in, String name) {
        this(new InputStreamReader(in, decoder()), name);
    }

    /** Reads CSV text from {@code in}, naming it {@code name} in messages. */
    public CsvRows(Reader in, String name) {
        this.name = name;
        this.csv = CsvReader.builder()
                .skipEmptyLines(true)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .allowExtraCharsAfterClosingQuote(true)
                .maxBufferSize(MAX_ROW_CHARS)
                .build(handler, in);
        this.records = csv.iterator();
    }

    private static CharsetDecoder decoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(String.valueOf(BAD_BYTES));
    }

    @Override
    public boolean next() throws InputFileException {
        while (true) {
            if (!advance()) {
                return false;
            }
            Handler h = handler;
            int n = h.fields;
            long at = h.line;
            if (n == 1 && h.end[0] == h.start[0]) {
                continue; // a blank line
            }
            for (int j = 0; j < n; j++) {
                if (h.quoted[j] && h.spansLines(j)) {
                    throw new InputFileException(name, at, 0,
                            "not valid CSV (check the quotes): a quote opened on this line is not closed");
                }
            }
            if (width < 0) {
                width = n;
                firstLine = at;
                if (values.length < n) {
                    values = new double[n];
                }
            } else if (n != width) {
                throw new InputFileException(name, at, Math.min(n, width) + 1,
                        "row has " + count(n) + ", expected " + width + " like line " + firstLine);
            }
            for (int j = 0; j < n; j++) {
                values[j] = parse(h, j, at);
            }
            line = at;
            count++;
            return true;
        }
    }

    private boolean advance() throws InputFileException {
        try {
            return records.hasNext() && records.next() != null;
        } catch (CsvParseException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            if (cause instanceof UncheckedIOException io) {
                throw ioProblem(io.getCause());
            }
            String message = String.valueOf(cause.getMessage());
            if (message.startsWith("The maximum buffer size")) {
                throw new InputFileException(name, handler.line, 0, "line is longer than "
                        + MAX_ROW_CHARS + " characters; a row of numbers is never that long");
            }
            throw new InputFileException(name, handler.line, 0, "not valid CSV: " + message);
        } catch (UncheckedIOException e) {
            throw ioProblem(e.getCause());
        }
    }

    private InputFileException ioProblem(IOException e) {
        if (e instanceof ZipException || e instanceof EOFException) {
            return InputFileException.whole(name, "the gzip data is damaged: " + e.getMessage());
        }
        return InputFileException.whole(name, "cannot read the file: " + e.getMessage());
    }

    private double parse(Handler h, int j, long at) throws InputFileException {
        char[] chars = h.chars;
        int from = h.start[j];
        int len = h.end[j] - from;
        try {
            return NumberSyntax.parse(chars, from, len);
        } catch (NumberFormatException e) {
            if (len == 0) {
                throw new InputFileException(name, at, j + 1, "empty value; expected a number");
            }
            for (int k = from; k < from + len; k++) {
                if (chars[k] == BAD_BYTES) {
                    throw new InputFileException(name, at, j + 1,
                            "bytes that are not UTF-8 text; save the file as UTF-8");
                }
            }
            if (len > NumberSyntax.MAX_LENGTH) {
                throw new InputFileException(name, at, j + 1, "value is " + len
                        + " characters long; a number has at most " + NumberSyntax.MAX_LENGTH);
            }
            throw new InputFileException(name, at, j + 1, "'" + shorten(h, j) + "' is not a number");
        }
    }

    private static String shorten(Handler h, int j) {
        int len = h.end[j] - h.start[j];
        String text = new String(h.chars, h.start[j], Math.min(len, 40));
        return len <= 40 ? text : text.substring(0, 37) + "...";
    }

    private static String count(int values) {
        return values == 1 ? "1 value" : values + " values";
    }

    @Override
    public double[] values() {
        return values;
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public long line() {
        return line;
    }

    @Override
    public String text(int column) {
        return new String(handler.chars, handler.start[column], handler.end[column] - handler.start[column]);
    }

    @Override
    public InputFileException problem(long line, int column, String reason) {
        return new InputFileException(name, line, column, reason);
    }

    @Override
    public long count() {
        return count;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }

    /**
     * Receives FastCSV's fields and keeps the current record's text (trimmed of spaces and tabs)
     * in one reused buffer; numbers are parsed once the whole row is known.
     */
    private static final class Handler extends AbstractBaseCsvCallbackHandler<Handler> {
        char[] chars = new char[1024];
        int[] start = new int[16];
        int[] end = new int[16];
        boolean[] quoted = new boolean[16];
        int fields;
        int used;
        long line;
        boolean first = true;

        @Override
        protected void handleBegin(long startingLineNumber) {
            line = startingLineNumber;
            fields = 0;
            used = 0;
        }

        @Override
        protected void handleField(int index, char[] buf, int offset, int len, boolean isQuoted) {
            int from = offset;
            int to = offset + len;
            if (first) {
                first = false;
                if (from < to && buf[from] == '\uFEFF') {
                    from++; // a byte-order mark
                }
            }
            while (from < to && (buf[from] == ' ' || buf[from] == '\t')) {
                from++;
            }
            while (to > from && (buf[to - 1] == ' ' || buf[to - 1] == '\t')) {
                to--;
            }
            int n = to - from;
            if (fields == start.length) {
                int grown = fields * 2;
                start = Arrays.copyOf(start, grown);
                end = Arrays.copyOf(end, grown);
                quoted = Arrays.copyOf(quoted, grown);
            }
            if (used + n > chars.length) {
                chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + n));
            }
            System.arraycopy(buf, from, chars, used, n);
            start[fields] = used;
            end[fields] = used + n;
            quoted[fields] = isQuoted;
            used += n;
            fields++;
        }

        @Override
        protected void handleEmpty() {
            first = false;
        }

        boolean spansLines(int j) {
            for (int k = start[j]; k < end[j]; k++) {
                if (chars[k] == '\n' || chars[k] == '\r') {
                    return true;
                }
            }
            return false;
        }

        @Override
        protected Handler buildRecord() {
            return this;
        }
    }
}
