package celab.io;

import celab.core.SafeText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * Reads the app's own small text files (scenarios, settings, progress) defensively: the file's
 * type and size are checked before it is opened, so a FIFO (which would block forever), a device
 * such as {@code /dev/zero} (endless) or a huge file is refused at once; at most the limit is ever
 * read, even from a file that grows meanwhile; the bytes must be UTF-8, and a leading byte order
 * mark is dropped.
 */
public final class TextFiles {

    /** A file that cannot be read as text; the message says why, in words, without the path. */
    public static final class Unreadable extends IOException {
        public Unreadable(String message) {
            super(message);
        }
    }

    private TextFiles() {
    }

    /** The text of a regular file of at most {@code maxBytes} bytes. */
    public static String read(Path file, int maxBytes) throws Unreadable {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, BasicFileAttributes.class); // follows links
        } catch (NoSuchFileException e) {
            throw new Unreadable("no such file");
        } catch (IOException e) {
            throw new Unreadable("cannot be read (" + reason(e) + ")");
        }
        if (attrs.isDirectory()) {
            throw new Unreadable("is a folder, not a file");
        }
        if (!attrs.isRegularFile()) {
            // a FIFO, socket or device: opening a FIFO would wait for a writer, /dev/zero never ends
            throw new Unreadable("is not a regular file (a pipe or a device?)");
        }
        if (attrs.size() > maxBytes) {
            throw new Unreadable("is too large (" + size(attrs.size()) + "; at most " + size(maxBytes) + ")");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(maxBytes + 1);
        } catch (IOException e) {
            throw new Unreadable("cannot be read (" + reason(e) + ")");
        }
        if (bytes.length > maxBytes) {
            throw new Unreadable("is too large (more than " + size(maxBytes) + ")");
        }
        return decode(bytes);
    }

    /** UTF-8 text without a leading byte order mark; other bytes are refused. */
    public static String decode(byte[] bytes) throws Unreadable {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new Unreadable("is not a text file (not UTF-8)");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? "input/output error" : SafeText.of(m);
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
