package celab.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Per-sample results written as they are computed and read back once the whole input has been
 * checked: fixed-size binary records that stay in memory up to {@link #IN_MEMORY} bytes and
 * continue in a temporary file beyond that, so memory does not grow with the number of samples.
 * It lets {@code loss} print nothing at all when row 900,000 turns out to be bad (exit 2 and one
 * line), and still print n before the per-sample list in the JSON.
 */
final class Spool implements Closeable {

    /** Records kept in memory before spilling to a file (4 MiB). */
    static final int IN_MEMORY = 4 << 20;

    private ByteArrayOutputStream memory = new ByteArrayOutputStream(8192);
    private DataOutputStream out = new DataOutputStream(memory);
    private Path file;
    private long records;

    void writeDouble(double v) {
        try {
            out.writeDouble(v);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void writeInt(int v) {
        try {
            out.writeInt(v);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void writeText(String v) {
        try {
            out.writeUTF(v);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Marks the end of a record; spills to a temporary file once memory holds enough. */
    void endRecord() {
        records++;
        if (memory != null && memory.size() >= IN_MEMORY) {
            try {
                file = Files.createTempFile("celab-loss-", ".spool");
                file.toFile().deleteOnExit();
                OutputStream disk = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                memory.writeTo(disk);
                memory = null;
                out = new DataOutputStream(disk);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write a temporary file: " + e.getMessage(), e);
            }
        }
    }

    long records() {
        return records;
    }

    /** Reads the records back from the start; may be called more than once. */
    DataInputStream reader() {
        try {
            out.flush();
            InputStream in = memory != null ? new ByteArrayInputStream(memory.toByteArray())
                    : new BufferedInputStream(Files.newInputStream(file), 1 << 16);
            return new DataInputStream(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // a temporary file left behind is removed at exit
        }
    }
}
