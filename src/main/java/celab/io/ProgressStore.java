package celab.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Saves and loads guided-lesson progress as a small JSON file. A file that cannot be read is not
 * silently replaced: it is kept as {@code progress.json.bad-<time>} and {@link #damaged()} says
 * so, for the app to tell the user.
 */
public final class ProgressStore {

    /**
     * What is remembered: which lesson, current step, completed step ids, last answers, and
     * whether the guide was open (so it reopens where the learner left it). Files written before
     * {@code lesson} and {@code open} existed read as the guided path, closed.
     */
    public record Progress(int version, String lesson, int step, List<String> completed,
                           Map<String, String> answers, boolean open) {
        public static final int VERSION = 1;

        public Progress {
            lesson = lesson == null ? "" : lesson;
            completed = completed == null ? List.of() : List.copyOf(completed);
            answers = answers == null ? Map.of() : Map.copyOf(answers);
        }

        static Progress empty() {
            return new Progress(VERSION, "", 0, List.of(), Map.of(), false);
        }
    }

    private static final int MAX_BYTES = 1 << 20;
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final Path file;
    private DamagedFile damaged;

    public ProgressStore(Path file) {
        this.file = file;
    }

    /** The default location under {@link AppDirs#home()}. */
    public static ProgressStore standard() {
        return new ProgressStore(AppDirs.home().resolve("progress.json"));
    }

    /** The saved progress; empty progress when there is none or it cannot be read (then see {@link #damaged()}). */
    public Progress load() {
        Progress empty = Progress.empty();
        if (!Files.exists(file)) {
            return empty;
        }
        String problem;
        try {
            Progress p = JSON.readValue(TextFiles.read(file, MAX_BYTES), Progress.class);
            if (p.version() == Progress.VERSION && p.step() >= 0) {
                return p;
            }
            problem = p.version() != Progress.VERSION ? "version " + p.version() + " is not supported"
                                                      : "the step number is negative";
        } catch (TextFiles.Unreadable e) {
            problem = e.getMessage();
        } catch (JsonProcessingException e) {
            problem = "the JSON is malformed or has a value of the wrong type";
        } catch (RuntimeException e) {
            problem = "it does not hold lesson progress";
        }
        damaged = DamagedFile.keep(file, problem);
        return empty;
    }

    /** The damaged file the last {@link #load()} set aside, or null. */
    public DamagedFile damaged() {
        return damaged;
    }

    public void save(Progress p) throws IOException {
        AtomicFiles.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(p));
    }
}
