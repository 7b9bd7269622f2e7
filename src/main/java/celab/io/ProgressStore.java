package celab.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Saves and loads guided-lesson progress as a small JSON file. */
public final class ProgressStore {

    /** What is remembered: current step, completed step ids, last answers. */
    public record Progress(int version, int step, List<String> completed, Map<String, String> answers) {
        public static final int VERSION = 1;

        public Progress {
            completed = completed == null ? List.of() : List.copyOf(completed);
            answers = answers == null ? Map.of() : Map.copyOf(answers);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
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
                return new Progress(Progress.VERSION, 0, List.of(), Map.of());
            }
            Progress p = JSON.readValue(file.toFile(), Progress.class);
            return p.version() == Progress.VERSION ? p : new Progress(Progress.VERSION, 0, List.of(), Map.of());
        } catch (IOException e) {
            return new Progress(Progress.VERSION, 0, List.of(), Map.of());
        }
    }

    public void save(Progress p) throws IOException {
        AtomicFiles.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(p));
    }
}
