package celab.io;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * A table of numbers read one row at a time: CSV text ({@link CsvRows}) or a NumPy array
 * ({@link NpyRows}). The row array is reused: copy what you keep.
 */
public interface Rows extends Closeable {

    /** Advances to the next row; false at the end. */
    boolean next() throws InputFileException;

    /** The current row's values (the array is reused; only the first {@link #width()} count). */
    double[] values();

    /** Values per row: the first row's width, which every row has. */
    int width();

    /** The current row's 1-based line (or row, for an array file). */
    long line();

    /** The value at 0-based {@code column} of the current row as the file spells it. */
    String text(int column);

    /** A problem at 1-based {@code line} and {@code column} (0 when not about one value). */
    InputFileException problem(long line, int column, String reason);

    /** Whether values come from an integer array (exact whole numbers). */
    default boolean integral() {
        return false;
    }

    /** Rows delivered so far. */
    long count();

    /** The input's name in messages. */
    String name();

    /**
     * Opens {@code source} and recognises its format from the first bytes: gzip (then looked
     * into again), NumPy {@code .npy}, or else CSV text.
     *
     * @param counter counts the bytes read from the source (compressed bytes for gzip)
     */
    static Rows open(InputSource source, ByteCounter counter) throws InputFileException {
        InputStream raw = source.open();
        InputStream in = new BufferedInputStream(counter.wrap(raw), 1 << 16);
        try {
            byte[] head = peek(in, 6);
            if (head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
                in = new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
                head = peek(in, 6);
            }
            if (head.length == 6 && (head[0] & 0xFF) == 0x93 && new String(head, 1, 5,
                    java.nio.charset.StandardCharsets.ISO_8859_1).equals("NUMPY")) {
                return new NpyRows(in, source.name());
            }
            return new CsvRows(in, source.name());
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            close(in);
            throw InputFileException.whole(source.name(), "the gzip data is damaged: " + e.getMessage());
        } catch (IOException e) {
            close(in);
            throw InputFileException.whole(source.name(), "cannot read the file: " + e.getMessage());
        }
    }

    private static byte[] peek(InputStream in, int n) throws IOException {
        in.mark(n);
        byte[] head = in.readNBytes(n);
        in.reset();
        return head;
    }

    private static void close(Closeable c) {
        try {
            c.close();
        } catch (IOException ignored) {
            // already failing with a clearer message
        }
    }

    /** Counts bytes as they are read, for progress. */
    final class ByteCounter {
        private volatile long bytes;

        /** Bytes read so far. */
        public long bytes() {
            return bytes;
        }

        InputStream wrap(InputStream in) {
            return new java.io.FilterInputStream(in) {
                @Override
                public int read() throws IOException {
                    int b = super.read();
                    if (b >= 0) {
                        bytes++;
                    }
                    return b;
                }

                @Override
                public int read(byte[] buf, int off, int len) throws IOException {
                    int n = super.read(buf, off, len);
                    if (n > 0) {
                        bytes += n;
                    }
                    return n;
                }
            };
        }
    }
}
