package celab.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rows of a NumPy {@code .npy} array (format versions 1, 2 and 3), read as they come. The header
 * is read first and must describe a 1-D array (N values, one per row) or a 2-D array (N rows of
 * C values) in C order, of float32, float64 or a signed or unsigned integer type of either byte
 * order. Anything else (other dtypes, Fortran order, more dimensions, a truncated or overlong
 * body) is refused with a message that says what the file holds and what is expected. Places
 * are rows, not lines: {@code p.npy: row 3, column 2: ...}.
 */
public final class NpyRows implements Rows {

    /** A header longer than this is not a NumPy array header. */
    static final int MAX_HEADER = 1 << 16;

    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    private final InputStream in;
    private final String name;
    private final String dtype;
    private final char kind;
    private final int itemSize;
    private final ByteOrder order;
    private final long rows;
    private final int width;
    private final int dimensions;
    private final byte[] buffer;
    private final ByteBuffer view;
    private final double[] values;
    private final long[] whole;
    private long count;

    /** Reads the header from {@code in} (positioned at the magic string). */
    public NpyRows(InputStream in, String name) throws InputFileException, IOException {
        this.in = in;
        this.name = name;
        byte[] magic = in.readNBytes(8);
        if (magic.length < 8) {
            throw InputFileException.whole(name, "the NumPy header is cut short");
        }
        int major = magic[6] & 0xFF;
        int headerLength;
        if (major == 1) {
            byte[] len = in.readNBytes(2);
            headerLength = len.length < 2 ? -1 : (len[0] & 0xFF) | (len[1] & 0xFF) << 8;
        } else if (major == 2 || major == 3) {
            byte[] len = in.readNBytes(4);
            long l = len.length < 4 ? -1 : (len[0] & 0xFFL) | (len[1] & 0xFFL) << 8
                    | (len[2] & 0xFFL) << 16 | (len[3] & 0xFFL) << 24;
            headerLength = l > MAX_HEADER ? MAX_HEADER + 1 : (int) l;
        } else {
            throw InputFileException.whole(name, "NumPy format version " + major + "."
                    + (magic[7] & 0xFF) + " is not supported (versions 1 to 3 are)");
        }
        if (headerLength < 0 || headerLength > MAX_HEADER) {
            throw InputFileException.whole(name, "the NumPy header is damaged (its length is wrong)");
        }
        byte[] headerBytes = in.readNBytes(headerLength);
        if (headerBytes.length < headerLength) {
            throw InputFileException.whole(name, "the NumPy header is cut short");
        }
        String header = new String(headerBytes, major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        Matcher d = DESCR.matcher(header);
        Matcher f = FORTRAN.matcher(header);
        Matcher s = SHAPE.matcher(header);
        if (!d.find() || !f.find() || !s.find()) {
            throw InputFileException.whole(name, "the NumPy header has no plain dtype, shape and order"
                    + " (a structured or object array?); save a plain numeric array");
        }
        dtype = d.group(1);
        if (dtype.length() < 3 || "<>|=".indexOf(dtype.charAt(0)) < 0 || "fiu".indexOf(dtype.charAt(1)) < 0
                || !dtype.substring(2).matches("[1248]")
                || (dtype.charAt(1) == 'f' && !(dtype.endsWith("4") || dtype.endsWith("8")))) {
            throw InputFileException.whole(name, "dtype '" + dtype + "' is not supported; save float32 or"
                    + " float64 ('<f4', '<f8'), or integers for class indices");
        }
        kind = dtype.charAt(1);
        itemSize = dtype.charAt(2) - '0';
        order = dtype.charAt(0) == '>' ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        String[] dims = s.group(1).split(",");
        long[] shape = new long[dims.length];
        int n = 0;
        for (String dim : dims) {
            String t = dim.strip().replace("L", "");
            if (t.isEmpty()) {
                continue;
            }
            if (!t.matches("\\d{1,18}")) {
                throw InputFileException.whole(name, "the NumPy header's shape (" + s.group(1) + ") is damaged");
            }
            shape[n++] = Long.parseLong(t);
        }
        dimensions = n;
        if (n == 0 || n > 2) {
            throw InputFileException.whole(name, "holds a " + n + "-D array of shape (" + s.group(1).strip()
                    + "); expected 2-D (N samples × C values) or 1-D (N class indices)");
        }
        rows = shape[0];
        long w = n == 2 ? shape[1] : 1;
        if (n == 2 && f.group(1).equals("True") && w > 1 && rows > 1) {
            throw InputFileException.whole(name, "is stored in Fortran (column) order; save it with"
                    + " np.save(path, np.ascontiguousarray(a))");
        }
        if (w < 1 || w * itemSize > CsvRows.MAX_ROW_CHARS) {
            throw InputFileException.whole(name, "rows of " + w + " values are not supported");
        }
        width = (int) w;
        buffer = new byte[width * itemSize];
        view = ByteBuffer.wrap(buffer).order(order);
        values = new double[width];
        whole = kind == 'f' ? null : new long[width];
    }

    /** 1 for an array of N values, 2 for N rows of C. */
    public int dimensions() {
        return dimensions;
    }

    /** The dtype as the header spells it, e.g. {@code <f8}. */
    public String dtype() {
        return dtype;
    }

    /** N, the number of rows the header promises. */
    public long rows() {
        return rows;
    }

    @Override
    public boolean next() throws InputFileException {
        try {
            if (count == rows) {
                if (in.read() >= 0) {
                    throw problem(0, 0, "has bytes after the " + rows + " rows its header announces");
                }
                return false;
            }
            int got = in.readNBytes(buffer, 0, buffer.length);
            if (got < buffer.length) {
                throw problem(0, 0, "the file ends inside row " + (count + 1) + " of " + rows
                        + ": the array is truncated");
            }
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            throw InputFileException.whole(name, "the gzip data is damaged: " + e.getMessage());
        } catch (IOException e) {
            throw InputFileException.whole(name, "cannot read the file: " + e.getMessage());
        }
        for (int j = 0; j < width; j++) {
            int at = j * itemSize;
            if (kind == 'f') {
                values[j] = itemSize == 8 ? view.getDouble(at) : view.getFloat(at);
            } else {
                long v = switch (itemSize) {
                    case 1 -> kind == 'u' ? buffer[at] & 0xFFL : buffer[at];
                    case 2 -> kind == 'u' ? view.getShort(at) & 0xFFFFL : view.getShort(at);
                    case 4 -> kind == 'u' ? view.getInt(at) & 0xFFFFFFFFL : view.getInt(at);
                    default -> view.getLong(at);
                };
                whole[j] = v;
                values[j] = kind == 'u' && itemSize == 8 && v < 0 ? unsigned(v) : v;
            }
        }
        count++;
        return true;
    }

    private static double unsigned(long v) {
        return (double) (v >>> 1) * 2.0 + (v & 1);
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
        return count;
    }

    @Override
    public String text(int column) {
        if (whole != null) {
            return kind == 'u' && itemSize == 8 ? Long.toUnsignedString(whole[column]) : Long.toString(whole[column]);
        }
        double v = values[column];
        return itemSize == 4 ? Float.toString((float) v) : Double.toString(v);
    }

    @Override
    public InputFileException problem(long line, int column, String reason) {
        return line > 0 ? InputFileException.atRow(name, line, column, reason) : InputFileException.whole(name, reason);
    }

    @Override
    public boolean integral() {
        return kind != 'f';
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
        in.close();
    }
}
