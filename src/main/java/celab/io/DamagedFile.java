package celab.io;

import celab.core.SafeText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * One of the app's own files (last session, lesson progress, settings) that could not be read at
 * start-up. It is kept as {@code NAME.bad-<time>} beside the original, so the next save does not
 * overwrite what may still be rescued by hand, and the user is told once.
 *
 * @param file    the file that was damaged
 * @param keptAs  where it is now, or null if it could not be moved
 * @param problem what was wrong, in words
 */
public record DamagedFile(Path file, Path keptAs, String problem) {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** Moves the damaged file aside and describes it. */
    public static DamagedFile keep(Path file, String problem) {
        Path bad = file.resolveSibling(file.getFileName() + ".bad-" + LocalDateTime.now().format(STAMP));
        try {
            for (int n = 2; Files.exists(bad); n++) {
                bad = file.resolveSibling(file.getFileName() + ".bad-" + LocalDateTime.now().format(STAMP) + "-" + n);
            }
            Files.move(file, bad, StandardCopyOption.ATOMIC_MOVE);
            return new DamagedFile(file, bad, problem);
        } catch (IOException e) {
            return new DamagedFile(file, null, problem);
        }
    }

    /** One sentence for the banner. */
    public String message() {
        String name = SafeText.of(file.getFileName().toString());
        return name + " could not be read (" + problem + ")"
                + (keptAs != null ? "; it was kept as " + SafeText.of(keptAs.toString()) + " and a fresh one is used"
                                  : "; a fresh one is used");
    }
}
