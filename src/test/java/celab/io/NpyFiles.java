package celab.io;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Writes .npy bytes the way numpy.save does (format 1.0), for tests. */
public final class NpyFiles {

    private NpyFiles() {
    }

    /** The header numpy.save writes, padded with spaces to a multiple of 64 bytes, ending in \n. */
    public static byte[] header(String descr, boolean fortran, String shape) {
        String dict = "{'descr': '" + descr + "', 'fortran_order': " + (fortran ? "True" : "False")
                + ", 'shape': " + shape + ", }";
        int total = 10 + dict.length() + 1;
        int pad = (64 - total % 64) % 64;
        String h = dict + " ".repeat(pad) + "\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0x93);
        out.writeBytes("NUMPY".getBytes(StandardCharsets.ISO_8859_1));
        out.write(1);
        out.write(0);
        out.write(h.length() & 0xFF);
        out.write(h.length() >> 8);
        out.writeBytes(h.getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    public static byte[] float64(double[][] rows) {
        return floats(rows, "<f8", 8);
    }

    public static byte[] float32(double[][] rows) {
        return floats(rows, "<f4", 4);
    }

    private static byte[] floats(double[][] rows, String descr, int size) {
        int c = rows[0].length;
        ByteBuffer body = ByteBuffer.allocate(rows.length * c * size).order(ByteOrder.LITTLE_ENDIAN);
        for (double[] row : rows) {
            for (double v : row) {
                if (size == 8) {
                    body.putDouble(v);
                } else {
                    body.putFloat((float) v);
                }
            }
        }
        return concat(header(descr, false, "(" + rows.length + ", " + c + ")"), body.array());
    }

    public static byte[] int64(long... values) {
        ByteBuffer body = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (long v : values) {
            body.putLong(v);
        }
        return concat(header("<i8", false, "(" + values.length + ",)"), body.array());
    }

    /** Any body after a header, e.g. big-endian or unsigned data built by hand. */
    public static byte[] raw(String descr, String shape, java.util.function.Consumer<ByteBuffer> body, int bytes,
                             ByteOrder order) {
        ByteBuffer b = ByteBuffer.allocate(bytes).order(order);
        body.accept(b);
        return concat(header(descr, false, shape), b.array());
    }

    public static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
