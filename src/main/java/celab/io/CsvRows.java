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
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipException;

/**
 * Rows of a headerless CSV file of numbers, parsed by FastCSV as they are read. Blank lines
 * (empty, or only spaces and tabs) are skipped but counted, so line numbers are the ones an
 * editor shows. Values are trimmed of spaces and tabs only: any other character, a control
 * character included, makes the value "not a number". Every row must have as many values as the
 * first. A line longer than {@link #MAX_ROW_CHARS} characters or a value longer than
 * {@link NumberSyntax#MAX_LENGTH} is refused as soon as it is seen, so any input is rejected in
 * time linear in its length. Bytes that are not UTF-8 are reported at their line and column.
 *
 * <p>Two threads share the work: a reader thread decodes the text and splits it into fields
 * with FastCSV, handing over batches of a few thousand rows through a short queue; the caller's
 * thread turns fields into numbers and checks them. At most {@link #BATCHES_IN_FLIGHT} batches
 * exist, so memory stays small whatever the file's length. Problems are reported in the order
 * of the file, as if one thread did everything.
 */
public final class CsvRows implements Rows {

    /** The longest line read, in characters: room for thousands of classes. */
    public static final int MAX_ROW_CHARS = 1 << 20;

    /**
     * Stands for bytes that are not UTF-8. A lone low surrogate, which the UTF-8 decoder can
     * never produce from valid bytes, so it is not confused with a real U+FFFD in the file.
     */
    static final char BAD_BYTES = '\uDFFF';

    /**
     * FastCSV's quote character, set to a noncharacter so that FastCSV only splits at commas
     * and line ends and passes quotes through: quotes are handled here, strictly. A value may be
     * wrapped in one pair of double quotes ({@code "0.5"}, as spreadsheets write); anything
     * else with a quote in it ({@code "1"2}, an unclosed quote) is an error rather than being
     * read as a different number, and no character next to a quote is silently dropped.
     */
    static final char NO_QUOTE = '\uFFFF';

    /** Rows per batch handed from the reader thread. */
    static final int BATCH_ROWS = 4096;
    /** A batch is handed over once it holds this many characters, whatever its rows. */
    static final int BATCH_CHARS = 1 << 17;
    /** Batches in existence at once: one being filled, one being read, the rest queued. */
    static final int BATCHES_IN_FLIGHT = 4;

    private final String name;
    private final CsvReader<Batch> csv;
    private final BlockingQueue<Batch> full = new ArrayBlockingQueue<>(BATCHES_IN_FLIGHT);
    private final BlockingQueue<Batch> empty = new ArrayBlockingQueue<>(BATCHES_IN_FLIGHT);
    private final Thread producer;
    private volatile boolean closed;

    private Batch batch;
    private int rowInBatch;
    private int rowFirstField;
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
        for (int k = 0; k < BATCHES_IN_FLIGHT; k++) {
            empty.add(new Batch());
        }
        Handler handler = new Handler(take(empty));
        this.csv = CsvReader.builder()
                .skipEmptyLines(true)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .quoteCharacter(NO_QUOTE)
                .maxBufferSize(MAX_ROW_CHARS)
                .build(handler, in);
        Iterator<Batch> records = csv.iterator();
        this.producer = new Thread(() -> produce(records, handler), "celab-csv-reader");
        producer.setDaemon(true);
        producer.start();
    }

    private static CharsetDecoder decoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(String.valueOf(BAD_BYTES));
    }

    /** The reader thread: split the text into rows, batch by batch, then a last batch. */
    private void produce(Iterator<Batch> records, Handler handler) {
        InputFileException error = null;
        try {
            while (!closed && records.hasNext()) {
                records.next();
                if (handler.batch.rows >= BATCH_ROWS || handler.batch.used >= BATCH_CHARS) {
                    if (!hand(handler.batch)) {
                        return;
                    }
                    Batch next = takeOrClosed(empty);
                    if (next == null) {
                        return;
                    }
                    handler.batch = next.reset();
                }
            }
        } catch (CsvParseException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            if (cause instanceof UncheckedIOException io) {
                error = ioProblem(io.getCause());
            } else if (cause instanceof RowTooLong
                    || String.valueOf(cause.getMessage()).startsWith("The maximum buffer size")) {
                error = new InputFileException(name, handler.line, 0, "line is longer than "
                        + MAX_ROW_CHARS + " characters; a row of numbers is never that long");
            } else {
                String what = String.valueOf(cause.getMessage());
                error = new InputFileException(name, handler.line, 0, "not valid CSV (check the quotes): "
                        + (what.isEmpty() ? what : Character.toLowerCase(what.charAt(0)) + what.substring(1)));
            }
        } catch (UncheckedIOException e) {
            error = ioProblem(e.getCause());
        } catch (RuntimeException e) {
            error = InputFileException.whole(name, "cannot read the file: " + e);
        }
        handler.batch.last = true;
        handler.batch.error = error;
        hand(handler.batch);
    }

    /** Queues a filled batch; false when the reader was closed meanwhile. */
    private boolean hand(Batch b) {
        try {
            while (!full.offer(b, 50, TimeUnit.MILLISECONDS)) {
                if (closed) {
                    return false;
                }
            }
            return true;
        } catch (InterruptedException e) {
            return false;
        }
    }

    private Batch takeOrClosed(BlockingQueue<Batch> queue) {
        try {
            Batch b;
            while ((b = queue.poll(50, TimeUnit.MILLISECONDS)) == null) {
                if (closed) {
                    return null;
                }
            }
            return b;
        } catch (InterruptedException e) {
            return null;
        }
    }

    private static Batch take(BlockingQueue<Batch> queue) {
        Batch b = queue.poll();
        if (b == null) {
            throw new IllegalStateException("no free batch");
        }
        return b;
    }

    private InputFileException ioProblem(IOException e) {
        if (e instanceof ZipException || e instanceof EOFException) {
            return InputFileException.whole(name, "the gzip data is damaged: " + e.getMessage());
        }
        return InputFileException.whole(name, "cannot read the file: " + e.getMessage());
    }

    @Override
    public boolean next() throws InputFileException {
        while (batch == null || rowInBatch == batch.rows) {
            if (batch != null) {
                if (batch.last) {
                    if (batch.error != null) {
                        throw batch.error;
                    }
                    return false;
                }
                empty.add(batch.reset());
            }
            try {
                batch = full.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("reading interrupted");
            }
            rowInBatch = 0;
        }
        Batch b = batch;
        int r = rowInBatch++;
        int first = b.rowFirst[r];
        int n = b.rowFirst[r + 1] - first;
        long at = b.rowLine[r];
        rowFirstField = first;
        for (int j = 0; j < n; j++) {
            if (b.quoted[first + j]) {
                int f = first + j;
                String text = new String(b.chars, b.start[f], Math.min(b.end[f] - b.start[f], 40));
                throw new InputFileException(name, at, 0, "not valid CSV (check the quotes): value " + (j + 1)
                        + " is '" + text + (b.end[f] - b.start[f] > 40 ? "...'" : "'"));
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
        char[] chars = b.chars;
        int[] start = b.start;
        int[] end = b.end;
        double[] v = values;
        for (int j = 0; j < n; j++) {
            int f = first + j;
            try {
                v[j] = NumberSyntax.parse(chars, start[f], end[f] - start[f]);
            } catch (NumberFormatException e) {
                throw notANumber(b, f, j, at);
            }
        }
        line = at;
        count++;
        return true;
    }

    private InputFileException notANumber(Batch b, int f, int j, long at) {
        int from = b.start[f];
        int len = b.end[f] - from;
        if (len == 0) {
            return new InputFileException(name, at, j + 1, "empty value; expected a number");
        }
        for (int k = from; k < from + len; k++) {
            if (b.chars[k] == BAD_BYTES) {
                return new InputFileException(name, at, j + 1,
                        "bytes that are not UTF-8 text; save the file as UTF-8");
            }
        }
        if (len > NumberSyntax.MAX_LENGTH) {
            return new InputFileException(name, at, j + 1, "value is " + len
                    + " characters long; a number has at most " + NumberSyntax.MAX_LENGTH);
        }
        String text = new String(b.chars, from, Math.min(len, 40));
        return new InputFileException(name, at, j + 1,
                "'" + (len <= 40 ? text : text.substring(0, 37) + "...") + "' is not a number");
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
        int f = rowFirstField + column;
        return new String(batch.chars, batch.start[f], batch.end[f] - batch.start[f]);
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

    /**
     * Stops the reader thread and closes the input. A reader thread still blocked in a read from
     * a pipe after a moment is left to end with the process (it is a daemon): closing the stream
     * under it would wait for that read, so a caller that stops early could hang.
     */
    @Override
    public void close() throws IOException {
        closed = true;
        try {
            producer.join(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!producer.isAlive()) {
            csv.close();
        }
    }

    /** Rows of fields, each field trimmed of spaces and tabs, in one character buffer. */
    private static final class Batch {
        char[] chars = new char[BATCH_CHARS + 1024];
        int used;
        int[] start = new int[BATCH_ROWS * 4];
        int[] end = new int[BATCH_ROWS * 4];
        /** Per field: a quote that is not one pair around the whole value. */
        boolean[] quoted = new boolean[BATCH_ROWS * 4];
        int fields;
        final int[] rowFirst = new int[BATCH_ROWS + 1];
        final long[] rowLine = new long[BATCH_ROWS];
        int rows;
        boolean last;
        InputFileException error;

        Batch reset() {
            used = 0;
            fields = 0;
            rows = 0;
            last = false;
            error = null;
            return this;
        }

        void addField(char[] buf, int from, int to, boolean isQuoted) {
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

    }

    /** Thrown inside FastCSV's callback when a row grows past {@link #MAX_ROW_CHARS}. */
    private static final class RowTooLong extends RuntimeException {
        RowTooLong() {
            super("row too long", null, false, false);
        }
    }

    /**
     * Receives FastCSV's fields into the current batch; a row is complete at
     * {@link #buildRecord()}, and a blank one (one empty field) is dropped there.
     */
    private static final class Handler extends AbstractBaseCsvCallbackHandler<Batch> {
        Batch batch;
        long line;
        int rowFields;
        int rowChars;
        long rowLength;
        boolean first = true;

        Handler(Batch batch) {
            this.batch = batch;
        }

        @Override
        protected void handleBegin(long startingLineNumber) {
            line = startingLineNumber;
            rowFields = batch.fields;
            rowChars = batch.used;
            rowLength = 0;
        }

        @Override
        protected void handleField(int index, char[] buf, int offset, int len, boolean isQuoted) {
            rowLength += len + 1;
            if (rowLength > MAX_ROW_CHARS) {
                throw new RowTooLong(); // FastCSV bounds one field; this bounds the whole row
            }
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
            boolean badQuote = isQuoted; // only a U+FFFF in the file makes FastCSV see a quote
            if (to - from >= 2 && buf[from] == '"' && buf[to - 1] == '"' && indexOfQuote(buf, from + 1, to - 1) < 0) {
                from++; // "0.5": one pair of quotes around the whole value
                to--;
                while (from < to && (buf[from] == ' ' || buf[from] == '\t')) {
                    from++;
                }
                while (to > from && (buf[to - 1] == ' ' || buf[to - 1] == '\t')) {
                    to--;
                }
            } else if (indexOfQuote(buf, from, to) >= 0) {
                badQuote = true;
            }
            batch.addField(buf, from, to, badQuote);
        }

        @Override
        protected void handleEmpty() {
            first = false;
        }

        private static int indexOfQuote(char[] buf, int from, int to) {
            for (int k = from; k < to; k++) {
                if (buf[k] == '"') {
                    return k;
                }
            }
            return -1;
        }

        @Override
        protected Batch buildRecord() {
            Batch b = batch;
            int n = b.fields - rowFields;
            if (n == 0 || (n == 1 && b.end[rowFields] == b.start[rowFields])) {
                b.fields = rowFields; // a blank line
                b.used = rowChars;
                return b;
            }
            b.rowFirst[b.rows] = rowFields;
            b.rowLine[b.rows] = line;
            b.rows++;
            b.rowFirst[b.rows] = b.fields;
            return b;
        }
    }
}
