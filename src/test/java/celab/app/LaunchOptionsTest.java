package celab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

    @Test
    void defaultsAndEveryOption() {
        LaunchOptions none = LaunchOptions.parse(List.of());
        assertEquals(1280, none.width());
        assertEquals(800, none.height());
        assertFalse(none.presentation());
        assertNull(none.screen());
        assertNull(none.scenario());
        LaunchOptions all = LaunchOptions.parse(List.of("--window=1920x1080", "--presentation", "--screen=batch", "a.celab.json"));
        assertEquals(1920, all.width());
        assertEquals(1080, all.height());
        assertTrue(all.presentation());
        assertEquals("batch", all.screen());
        assertEquals(Path.of("a.celab.json").toAbsolutePath(), all.scenario());
    }

    @Test
    void aBadWindowSizeIsOneClearLine() {
        for (String bad : List.of("--window=abc", "--window=", "--window=1280", "--window=1280x", "--window=x800",
                "--window=-5x800", "--window=1e3x800", "--window=99999999999x1", "--window=10x10", "--window=1280x800x2")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(List.of(bad)), bad);
            assertTrue(e.getMessage().startsWith(bad + ": expected WIDTHxHEIGHT in pixels"), e.getMessage());
            assertFalse(e.getMessage().contains("\n"));
        }
    }

    @Test
    void unknownOptionsAndASecondFileAreRefused() {
        assertEquals("unknown option --presentaton (./run.sh --help lists them)",
                assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(List.of("--presentaton"))).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(List.of("a.json", "b.json")))
                .getMessage().startsWith("one scenario file at a time"));
    }

    @Test
    void controlCharactersInAnOptionAreShownEscaped() {
        String m = assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(List.of("--x\u001b[2J\n"))).getMessage();
        assertEquals("unknown option --x\\x1b[2J\\n (./run.sh --help lists them)", m);
    }
}
