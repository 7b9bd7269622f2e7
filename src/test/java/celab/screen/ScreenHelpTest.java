package celab.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every screen in the catalog has its "?" text, in its own words and the expected shape. */
class ScreenHelpTest {

    @Test
    void everyScreenHasSomethingToLookAtAndSomethingToTry() {
        Set<String> seen = new HashSet<>();
        for (Screen s : ScreenCatalog.all()) {
            ScreenHelp h = ScreenHelp.of(s);
            assertFalse(h.lookAt().isEmpty(), s.id());
            assertFalse(h.tryThis().isEmpty(), s.id());
            for (String item : h.lookAt()) {
                assertTrue(item.length() > 20, s.id() + ": a real sentence, not a placeholder: " + item);
                assertTrue(seen.add(item), s.id() + ": the same text on two screens: " + item);
            }
        }
    }

    @Test
    void parsesHeadingsAndItems() {
        ScreenHelp h = ScreenHelp.parse("x.txt", "# Look at\n- one thing\n\n# Try\n- a\n- b\n");
        assertEquals(java.util.List.of("one thing"), h.lookAt());
        assertEquals(java.util.List.of("a", "b"), h.tryThis());
    }

    @Test
    void aMalformedTextNamesItsFileAndLine() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ScreenHelp.parse("x.txt", "# Look at\n- one\nstray line\n# Try\n- a\n"));
        assertEquals("x.txt:3: expected \"# Look at\", \"# Try\" or \"- item\"", e.getMessage());
        assertThrows(IllegalStateException.class, () -> ScreenHelp.parse("x.txt", "# Look at\n- one\n"));
    }
}
