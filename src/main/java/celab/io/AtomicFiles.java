package celab.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Writes files so that a crash or a full disk never leaves half a file behind: the bytes go to a
 * temporary file {@code .NAME-<random>.tmp} in the same folder, which is then moved over the
 * target in one step.
 *
 * <p>A new file gets the user's normal permissions (the process umask, usually 0644), as any
 * other program's files do; a file that is replaced keeps its permissions. A crash between the two
 * steps leaves a temporary file behind: the next save of the same file deletes it, and
 * {@link #removeStaleTemps} sweeps a whole folder (the app's own, at start-up).
 */
public final class AtomicFiles {

    /** Temporary files older than this are left over from a crash, not being written right now. */
    static final Duration STALE_AFTER = Duration.ofMinutes(2);
    private static final Pattern TEMP = Pattern.compile("\\..+-[0-9]+\\.tmp");

    private AtomicFiles() {
    }

    public static void write(Path file, String text) throws IOException {
        write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The same for bytes (an exported image, say). */
    public static void write(Path file, byte[] bytes) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path tmp = newTemp(dir, target.getFileName().toString());
        try {
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.WRITE)) {
                out.write(bytes);
            }
            keepPermissions(target, tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        removeStaleTemps(dir, target.getFileName().toString());
    }

    /**
     * Deletes the temporary files that crashed saves left in {@code dir} (older than two minutes,
     * so a save in progress in another window is not disturbed).
     *
     * @return how many were deleted
     */
    public static int removeStaleTemps(Path dir) {
        return removeStaleTemps(dir, null);
    }

    /** The same for one file's temporaries only (after a save: an export folder is not ours to sweep). */
    private static int removeStaleTemps(Path dir, String name) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        Instant before = Instant.now().minus(STALE_AFTER);
        int removed = 0;
        String glob = name == null ? ".*.tmp" : "." + name.replace("\\", "\\\\").replace("*", "\\*")
                .replace("?", "\\?").replace("[", "\\[").replace("{", "\\{") + "-*.tmp";
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, glob)) {
            for (Path f : files) {
                if (TEMP.matcher(f.getFileName().toString()).matches() && Files.isRegularFile(f)
                        && Files.getLastModifiedTime(f).compareTo(FileTime.from(before)) < 0) {
                    Files.deleteIfExists(f);
                    removed++;
                }
            }
        } catch (IOException | RuntimeException e) {
            // cleaning up is a courtesy: a folder we cannot list or a file we cannot delete stays
        }
        return removed;
    }

    /**
     * A new empty temporary file, created as a plain new file so that it gets the umask's
     * permissions ({@code Files.createTempFile} would make it 0600 whatever the umask).
     */
    private static Path newTemp(Path dir, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path tmp = dir.resolve("." + name + "-" + Long.toUnsignedString(ThreadLocalRandom.current().nextLong()) + ".tmp");
            try {
                return Files.createFile(tmp);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    /** A replaced file keeps its permissions (someone may have made it read-only for others). */
    private static void keepPermissions(Path target, Path tmp) {
        PosixFileAttributeView from = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        PosixFileAttributeView to = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
        if (from == null || to == null || !Files.isRegularFile(target)) {
            return;
        }
        try {
            to.setPermissions(from.readAttributes().permissions());
        } catch (IOException | UnsupportedOperationException e) {
            // the umask's permissions are a fine fallback
        }
    }
}
