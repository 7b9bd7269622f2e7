package celab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The core is the loss math and nothing else: no JavaFX, no I/O, no third-party libraries.
 * Reads the sources from disk, so a new file in the core is checked without touching this test.
 */
class CoreArchitectureTest {

    /** Packages the core must not use, by import or by a fully qualified name in code. */
    private static final Pattern FORBIDDEN = Pattern.compile(
            "\\b(javafx|java\\.io|java\\.nio\\.file|java\\.net|com\\.fasterxml|org\\.apache)\\.");

    private static final Pattern COMMENTS = Pattern.compile("//[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern STRINGS = Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"");

    private static Path coreSources() {
        String base = System.getProperty("basedir", System.getProperty("user.dir"));
        Path dir = Paths.get(base, "src", "main", "java", "celab", "core");
        if (!Files.isDirectory(dir)) {
            dir = Paths.get("src", "main", "java", "celab", "core").toAbsolutePath();
        }
        assertTrue(Files.isDirectory(dir), () -> "core sources not found from " + base);
        return dir;
    }

    /** Every forbidden package named in the code of one source file (comments and strings ignored). */
    static List<String> violations(String source) {
        String code = STRINGS.matcher(COMMENTS.matcher(source).replaceAll(" ")).replaceAll("\"\"");
        List<String> found = new ArrayList<>();
        Matcher m = FORBIDDEN.matcher(code);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void coreUsesNoJavaFxNoIoAndNoLibraries() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(coreSources())) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        // Guard against a test that passes because it read nothing.
        assertTrue(files.size() > 5, () -> "only " + files.size() + " core files found");

        List<String> bad = new ArrayList<>();
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertTrue(text.contains("package celab.core"), () -> file + " is not in package celab.core");
            for (String pkg : violations(text)) {
                bad.add(file.getFileName() + " uses " + pkg);
            }
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void theCheckCatchesImportsAndQualifiedNames() {
        assertEquals(List.of("javafx"), violations("package celab.core;\nimport javafx.scene.Node;\n"));
        assertEquals(List.of("java.io"), violations("import static java.io.File.separator;"));
        assertEquals(List.of("java.nio.file"), violations("class A { java.nio.file.Path p; }"));
        assertEquals(List.of("com.fasterxml", "org.apache"),
                violations("import com.fasterxml.jackson.databind.ObjectMapper;\nimport org.apache.commons.csv.CSVFormat;"));
        assertEquals(List.of("javafx"), violations("class A { Object o = new javafx.scene.control.Label(); }"));
    }

    @Test
    void theCheckIgnoresWordsInCommentsAndStrings() {
        assertEquals(List.of(), violations("/** Not javafx.scene here. */ class A { // java.io.File\n}"));
        assertEquals(List.of(), violations("class A { String s = \"see javafx.scene\"; }"));
        assertEquals(List.of(), violations("import java.util.List; import java.util.stream.IntStream;"));
        assertEquals(List.of(), violations("import java.nio.charset.StandardCharsets;"));
    }
}
