package celab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way: {@code cli → io → core}. The command line must start without
 * JavaFX and must not know the app; the core must stay free of I/O and of the file libraries.
 */
class LayerTest {

    private static final Path MAIN = Path.of("src/main/java/celab");

    @Test
    void cliAndIoNeverImportJavaFxOrTheApp() throws IOException {
        assertEquals(List.of(), offenders(List.of("cli", "io"),
                List.of("import javafx.", "import celab.app.", "import celab.lesson.", "import celab.screen.",
                        "import celab.view.", "import celab.plot.", "import celab.model.")));
    }

    @Test
    void onlyMainKnowsBothTheAppAndTheCommandLine() throws IOException {
        assertEquals(List.of(), offenders(List.of("app", "lesson", "screen", "view", "plot", "model"),
                List.of("import celab.cli.")));
    }

    @Test
    void ioNeverImportsTheCli() throws IOException {
        assertEquals(List.of(), offenders(List.of("io"), List.of("import celab.cli.")));
    }

    @Test
    void coreHasNoIoAndNoFileLibraries() throws IOException {
        assertEquals(List.of(), offenders(List.of("core"),
                List.of("import java.io.", "import java.nio.file.", "import de.siegmar.", "import ch.randelshofer.",
                        "import com.fasterxml.", "import celab.io.", "import celab.cli.")));
    }

    private static List<String> offenders(List<String> packages, List<String> forbidden) throws IOException {
        List<String> found = new java.util.ArrayList<>();
        for (String pkg : packages) {
            if (!Files.isDirectory(MAIN.resolve(pkg))) {
                continue;
            }
            try (Stream<Path> files = Files.walk(MAIN.resolve(pkg))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    for (String line : Files.readAllLines(file)) {
                        if (forbidden.stream().anyMatch(line.strip()::startsWith)) {
                            found.add(file + ": " + line.strip());
                        }
                    }
                }
            }
        }
        return found;
    }
}
