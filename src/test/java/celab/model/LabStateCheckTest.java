package celab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a scenario may not put into the lab, even though JSON can say it. */
class LabStateCheckTest {

    private static LabState withNames(List<String> names) {
        LabState s = new Lab().snapshot();
        LabState.Settings t = s.settings();
        return new LabState(new LabState.Settings(t.epsilon(), t.clipping(), t.precision(), names),
                s.explorer(), s.comparison(), s.batch(), s.logits());
    }

    private static LabState withExplorer(List<Double> row) {
        LabState s = new Lab().snapshot();
        return new LabState(s.settings(), new ExplorerModel.State(row, 0), s.comparison(), s.batch(), s.logits());
    }

    private static String refusal(LabState state) {
        Lab lab = new Lab();
        LabState before = lab.snapshot();
        String m = assertThrows(IllegalArgumentException.class, () -> lab.restore(state)).getMessage();
        assertEquals(before, lab.snapshot(), "a refused state changes nothing");
        return m;
    }

    @Test
    void theDefaultsPass() {
        new Lab().snapshot().check();
    }

    @Test
    void classNamesAreLimitedToWhatTheNameFieldsAllow() {
        List<String> names = new ArrayList<>(Lab.DEFAULT_NAMES);
        names.set(2, "x".repeat(1_000_000));
        assertEquals("settings: class name 3 is longer than 24 characters", refusal(withNames(names)));
        names.set(2, "x".repeat(24));
        new Lab().restore(withNames(names));
    }

    @Test
    void controlCharactersLineBreaksAndBidiOverridesAreRefusedInNames() {
        for (String evil : List.of("dog\ncat", "\u001b[31mred", "gnik\u202eevil", "a\u2028b", "tab\there", "nul\u0000", "\u0085x")) {
            List<String> names = new ArrayList<>(Lab.DEFAULT_NAMES);
            names.set(0, evil);
            String m = refusal(withNames(names));
            assertTrue(m.startsWith("settings: class name 1 \"") && m.endsWith("\" has a control character or a line break"), m);
            assertFalse(m.chars().anyMatch(c -> c < 0x20 || c == 0x202e || c == 0x2028 || c == 0x85), "shown escaped: " + m);
            assertFalse(new Lab().rename(0, evil), "typing or pasting it is refused too: " + evil);
        }
        assertTrue(new Lab().rename(0, "chien ✓ 犬"), "ordinary text, any script, is fine");
    }

    @Test
    void missingOrUnknownSettingsAreNamedInWords() {
        LabState s = new Lab().snapshot();
        LabState.Settings t = s.settings();
        assertEquals("settings: \"classNames\" is missing", refusal(new LabState(
                new LabState.Settings(t.epsilon(), t.clipping(), t.precision(), null), s.explorer(), s.comparison(), s.batch(), s.logits())));
        assertEquals("settings: precision \"FLOAT16\" is not FLOAT64 or FLOAT32", refusal(new LabState(
                new LabState.Settings(t.epsilon(), t.clipping(), "FLOAT16", t.classNames()), s.explorer(), s.comparison(), s.batch(), s.logits())));
        assertEquals("settings: \"precision\" is missing", refusal(new LabState(
                new LabState.Settings(t.epsilon(), t.clipping(), null, t.classNames()), s.explorer(), s.comparison(), s.batch(), s.logits())));
        assertEquals("settings: epsilon 0.7 is not in (0, 0.5)", refusal(new LabState(
                new LabState.Settings(0.7, t.clipping(), t.precision(), t.classNames()), s.explorer(), s.comparison(), s.batch(), s.logits())));
    }

    @Test
    void theExplorersRowMustBeAProbabilityRow() {
        assertEquals("explorer: the prediction sums to 2.7, not 1", refusal(withExplorer(List.of(0.9, 0.9, 0.9))));
        assertEquals("explorer: the prediction sums to 0.0, not 1", refusal(withExplorer(List.of(0.0, 0.0, 0.0))));
        assertEquals("explorer: the prediction has the value 1.5, not a probability in [0, 1]",
                refusal(withExplorer(List.of(1.5, -0.5))));
        assertEquals("explorer: the prediction has the value NaN, not a probability in [0, 1]",
                refusal(withExplorer(List.of(Double.NaN, 0.5))));
        Lab lab = new Lab();
        lab.restore(withExplorer(List.of(0.2, 0.3, 0.5000001)));
        assertEquals(0.5000001, lab.explorer().row().getPrediction().get(2), 1e-12, "rounding in a file is fine");
    }
}
