package celab.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * Where a table of numbers comes from: a file (CSV, gzip-compressed CSV or NumPy {@code .npy};
 * the format is recognised from the first bytes, not from the name), or standard input. A file
 * must be a regular file: a directory, a FIFO, a device such as {@code /dev/zero} or a socket is
 * refused before it is opened, so nothing can block or run forever. Standard input (the name
 * {@code -} on the command line) may be a pipe.
 *
 * @param name how the input is named in messages: the path as the user typed it, or "stdin"
 * @param path the file, or null for a stream
 * @param stream the stream for a non-file input, or null for a file
 */
public record InputSource(String name, Path path, InputStream stream) {

    /** The name under which standard input appears in messages. */
    public static final String STDIN_NAME = "stdin";

    public InputSource {
        Objects.requireNonNull(name, "name");
        if ((path == null) == (stream == null)) {
            throw new IllegalArgumentException("exactly one of path and stream");
        }
    }

    /** A file, named in messages by its path as given. */
    public static InputSource of(Path path) {
        return new InputSource(path.toString(), path, null);
    }

    /** A file named {@code name} in messages. */
    public static InputSource of(Path path, String name) {
        return new InputSource(name, path, null);
    }

    /** A stream (standard input, a test's bytes), named {@code name} in messages. */
    public static InputSource of(InputStream stream, String name) {
        return new InputSource(name, null, stream);
    }

    /**
     * What the user typed: {@code -} is standard input, anything else a file relative to the
     * working directory.
     *
     * @throws InputFileException when the text cannot name a file (a NUL character, say)
     */
    public static InputSource typed(String text) throws InputFileException {
        if (text.equals("-")) {
            return of(System.in, STDIN_NAME);
        }
        try {
            return new InputSource(text, Path.of(text), null);
        } catch (InvalidPathException e) {
            throw InputFileException.whole(text, "not a valid file name: " + e.getReason());
        }
    }

    /** Whether this is a stream rather than a file. */
    public boolean isStream() {
        return path == null;
    }

    /**
     * The size in bytes of a file (compressed size for gzip), or -1 for a stream; checks the
     * file as {@link #open()} does.
     */
    public long size() throws InputFileException {
        return path == null ? -1 : attributes().size();
    }

    /**
     * Opens the bytes. A file is checked first: it must exist, be readable and be a regular file.
     */
    public InputStream open() throws InputFileException {
        if (path == null) {
            return stream;
        }
        attributes();
        try {
            return Files.newInputStream(path);
        } catch (AccessDeniedException e) {
            throw InputFileException.whole(name, "cannot read the file: permission denied");
        } catch (NoSuchFileException e) {
            throw InputFileException.whole(name, "no such file");
        } catch (IOException e) {
            throw InputFileException.whole(name, "cannot read the file: " + e.getMessage());
        }
    }

    private BasicFileAttributes attributes() throws InputFileException {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw InputFileException.whole(name, "no such file");
        } catch (AccessDeniedException e) {
            throw InputFileException.whole(name, "cannot read the file: permission denied");
        } catch (IOException e) {
            throw InputFileException.whole(name, "cannot read the file: " + e.getMessage());
        }
        if (a.isDirectory()) {
            throw InputFileException.whole(name, "is a directory, not a CSV file");
        }
        if (!a.isRegularFile()) {
            throw InputFileException.whole(name, "is not a regular file (a pipe, device or socket);"
                    + " give a file, or - to read standard input");
        }
        return a;
    }
}
