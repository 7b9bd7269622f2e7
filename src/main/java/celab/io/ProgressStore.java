package celab.io;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Saves and loads guided-lesson progress as a small JSON file. */
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

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final Path file;

    public ProgressStore(Path file) {
        this.file = file;
    }

    /** The default location under {@link AppDirs#home()}. */
    public static ProgressStore standard() {
        return new ProgressStore(AppDirs.home().resolve("progress.json"));
    }

    /** The saved progress, or empty progress when there is none or it cannot be read. */
    public Progress load() {
        try {
            if (!Files.isRegularFile(file)) {
                return Progress.empty();
            }
            Progress p = JSON.readValue(file.toFile(), Progress.class);
            return p.version() == Progress.VERSION ? p : Progress.empty();
        } catch (IOException e) {
            return Progress.empty();
        }
    }

    public void save(Progress p) throws IOException {
        AtomicFiles.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(p));
    }
}
