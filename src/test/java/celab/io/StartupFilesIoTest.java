package celab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damaged settings and progress files are kept as NAME.bad-<time>, never silently overwritten. */
class StartupFilesIoTest {

    @TempDir
    Path dir;

    private List<Path> bad(String name) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(name + ".bad-")).toList();
        }
    }

    @Test
    void aDamagedProgressFileIsKeptAsideAndReported() throws Exception {
        Path file = dir.resolve("progress.json");
        Files.writeString(file, "{\"version\":1,\"step\":3,\"completed\":[\"a\"");
        ProgressStore store = new ProgressStore(file);
        ProgressStore.Progress p = store.load();
        assertEquals(0, p.step());
        assertNotNull(store.damaged());
        assertFalse(Files.exists(file), "moved away, so the next save cannot overwrite it");
        List<Path> kept = bad("progress.json");
        assertEquals(1, kept.size());
        assertEquals("{\"version\":1,\"step\":3,\"completed\":[\"a\"", Files.readString(kept.get(0)));
        assertTrue(store.damaged().message().startsWith("progress.json could not be read (the JSON is malformed"),
                store.damaged().message());
        assertTrue(store.damaged().message().contains(kept.get(0).toString()));
        // the next start finds no file: empty progress, nothing to report
        ProgressStore again = new ProgressStore(file);
        again.load();
        assertNull(again.damaged());
    }

    @Test
    void aGoodProgressFileIsRead() throws Exception {
        Path file = dir.resolve("progress.json");
        new ProgressStore(file).save(new ProgressStore.Progress(1, "", 4, List.of("x"), Map.of("q", "2"), false));
        ProgressStore store = new ProgressStore(file);
        assertEquals(4, store.load().step());
        assertNull(store.damaged());
        assertEquals(List.of(), bad("progress.json"));
    }

    @Test
    void aProgressFileFromAnotherVersionIsKeptNotOverwritten() throws Exception {
        Path file = dir.resolve("progress.json");
        Files.writeString(file, "{\"version\":2,\"step\":3,\"completed\":[],\"answers\":{}}");
        ProgressStore store = new ProgressStore(file);
        store.load();
        assertEquals("version 2 is not supported", store.damaged().problem());
        assertEquals(1, bad("progress.json").size());
    }

    @Test
    void settingsAreReadWithoutDataBindingAndUnknownFieldsAreSkipped() throws Exception {
        assertEquals(new AppSettings(false), AppSettings.parse("{\"later\":{\"x\":[1,2]},\"restoreLastSession\":false}"));
        assertEquals(AppSettings.DEFAULTS, AppSettings.parse("{}"));
    }

    @Test
    void damagedSettingsAreKeptAsideAtStartUp() throws Exception {
        Path file = dir.resolve("settings.json");
        for (String text : List.of("{\"restoreLastSession\": 1}", "[true]", "{\"restoreLastSession\": true} {}", "\u0000\u0000")) {
            Files.writeString(file, text);
            AppSettings.Loaded loaded = AppSettings.read(file, true);
            assertEquals(AppSettings.DEFAULTS, loaded.settings(), text);
            assertNotNull(loaded.damaged(), text);
            assertFalse(Files.exists(file), text);
        }
        assertEquals(4, bad("settings.json").size(), "each kept under its own name");
        assertNull(AppSettings.read(file, true).damaged(), "no file: defaults, nothing to report");
    }
}
