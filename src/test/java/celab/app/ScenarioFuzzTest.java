package celab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import celab.io.ScenarioException;
import celab.io.ScenarioFile;
import celab.model.Lab;
import celab.model.LabState;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Scenario files as a careless editor, a bit flip or a hostile sender leaves them: the issue's
 * fuzz findings as fixed cases, then seeded mutations of every bundled example. Each must end in
 * a state the lab's own controls could have produced, or in one clean line naming the file.
 * No JavaFX toolkit is needed: this is the check {@link Session} runs before touching the lab.
 */
class ScenarioFuzzTest {

    private static final long SEED = Long.getLong("celab.fuzz.seed", 11);
    private static final int MUTATIONS = Integer.getInteger("celab.fuzz.mutations", 400);
    private static final Pattern CLASS_NAME = Pattern.compile("(?s).*\\b(celab|java|javax|com)\\.[a-z]+\\.[A-Za-z].*");
    private static final String[] TOKENS = {
        "null", "-1", "0", "1e309", "4294967297", "99999999999999999999999", "\"\"", "\"FLOAT16\"", "[]", "{}",
        "\u202e", "\u001b[2J", "\n", "\u0000", "\"x\"", "true", "NaN", "0.9", "[0,0,0]", "\uFEFF", ",", "\"", "]", "}",
    };

    /** Either the checked state, or the clean message. */
    private static String outcome(String name, String text) {
        try {
            LabState state = Session.checked(ScenarioFile.parse(name, text, LabState.class), name);
            assertSane(state, name, text);
            return null;
        } catch (ScenarioException e) {
            assertClean(e.getMessage(), name, text);
            return e.getMessage();
        }
    }

    private static void assertClean(String m, String name, String text) {
        String why = "for " + name + ":\n" + text + "\n→ " + m;
        assertTrue(m.startsWith(name) || m.startsWith(name.replace(".celab.json", "")), why);
        assertTrue(m.chars().noneMatch(c -> c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f)
                || (c >= 0x202a && c <= 0x202e) || c == 0x2028 || c == 0x2029), "raw control character " + why);
        assertFalse(CLASS_NAME.matcher(m).matches(), "a Java class name " + why);
        assertFalse(m.matches("(?s).*[A-Za-z]\\$[A-Z].*"), "an inner class name " + why);
        for (String internal : List.of("Exception", "No enum constant", "Cannot invoke", "because \"")) {
            assertFalse(m.contains(internal), "Java internals (" + internal + ") " + why);
        }
        assertTrue(m.length() < 400, "one short line " + why);
    }

    /** What was accepted is a state the lab can hold: it restores, and it survives a save. */
    private static void assertSane(LabState state, String name, String text) {
        Lab lab = new Lab();
        List<Throwable> inListeners = new ArrayList<>();
        Thread.UncaughtExceptionHandler before = Thread.currentThread().getUncaughtExceptionHandler();
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> inListeners.add(e));
        try {
            lab.restore(state);
        } finally {
            Thread.currentThread().setUncaughtExceptionHandler(before);
        }
        assertEquals(List.of(), inListeners, "every screen computes what was accepted: " + text);
        LabState held = lab.snapshot();
        double sum = held.explorer().prediction().stream().mapToDouble(Double::doubleValue).sum();
        assertEquals(1, sum, 1e-6, "explorer sums to 1 for " + text);
        for (String n : held.settings().classNames()) {
            assertTrue(n.length() <= 24 && n.chars().noneMatch(c -> c < 0x20), "class name " + n + " from " + text);
        }
        assertEquals(held, state, "the lab holds exactly what the file said: " + name);
    }

    private static String example(String file) throws Exception {
        try (InputStream in = Session.class.getResourceAsStream("/celab/scenarios/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static final String BASE = "{\"format\":\"cross-entropy-lab\",\"version\":1,\"screen\":\"explorer\",\"state\":%s}";

    private static String names(String third) {
        List<String> names = new ArrayList<>(Lab.DEFAULT_NAMES);
        names.set(2, third);
        StringBuilder sb = new StringBuilder("[");
        for (String n : names) {
            sb.append(sb.length() > 1 ? "," : "").append('"').append(n).append('"');
        }
        return sb.append(']').toString();
    }

    private static String settings(String precision, String classNames) {
        return String.format(BASE, "{\"settings\":{\"epsilon\":1e-7,\"clipping\":true,\"precision\":" + precision
                + (classNames == null ? "" : ",\"classNames\":" + classNames) + "}}");
    }

    @Test
    void theIssuesFindingsAreRefusedCleanly() {
        String[][] cases = {
            {BASE.replace("\"version\":1", "\"version\":4294967297").formatted("{}"), "format version 4294967297 is not supported"},
            {settings("\"FLOAT64\"", names("x".repeat(1_000_000))), "class name 3 is longer than 24 characters"},
            {settings("\"FLOAT64\"", names("line\\nbreak")), "has a control character or a line break"},
            {settings("\"FLOAT64\"", names("\\u001b[31mred")), "has a control character or a line break"},
            {settings("\"FLOAT64\"", names("abc\\u202edef")), "has a control character or a line break"},
            {String.format(BASE, "{\"explorer\":{\"prediction\":[0.9,0.9,0.9],\"target\":0}}"), "sums to 2.7, not 1"},
            {String.format(BASE, "{\"explorer\":{\"prediction\":[0,0,0],\"target\":0}}"), "sums to 0.0, not 1"},
            {settings("\"FLOAT16\"", names("human")), "precision \"FLOAT16\" is not FLOAT64 or FLOAT32"},
            {settings("\"FLOAT64\"", null), "\"classNames\" is missing"},
            {String.format(BASE, "{\"explorer\":{\"prediction\":null,\"target\":0}}"), "a value is missing or null"},
            {String.format(BASE, "{\"batch\":{\"rows\":null,\"targets\":[0],\"form\":\"INDICES\"}}"), "batch"},
            {String.format(BASE, "{\"logits\":{\"logits\":null,\"targets\":null,\"selected\":0,\"example\":false}}"), "rows and targets are needed"},
        };
        for (String[] c : cases) {
            String m = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> outcome("case.celab.json", c[0]));
            if (m == null || !m.contains(c[1])) {
                fail("expected a refusal with \"" + c[1] + "\", got " + m + " for " + c[0].substring(0, Math.min(300, c[0].length())));
            }
        }
    }

    @Test
    void aByteOrderMarkIsAccepted() throws Exception {
        assertEquals(null, outcome("bom.celab.json", "\uFEFF" + example("seeds-batch.celab.json")));
    }

    @Test
    void seededMutationsOfEveryExampleEndInAValidStateOrOneCleanLine() throws Exception {
        SplittableRandom random = new SplittableRandom(SEED);
        int accepted = 0;
        int refused = 0;
        for (Session.Example ex : Session.EXAMPLES) {
            String original = example(ex.file());
            assertEquals(null, outcome(ex.file(), original), "the example itself opens");
            for (int i = 0; i < MUTATIONS; i++) {
                String text = mutate(original, random);
                String name = ex.file();
                String m = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> outcome(name, text),
                        () -> "too slow (seed " + SEED + "): " + text);
                if (m == null) {
                    accepted++;
                } else {
                    refused++;
                }
            }
        }
        // both outcomes occur, so the test exercises both checks (mutations are not all harmless)
        assertTrue(accepted > 50 && refused > 50, "accepted " + accepted + ", refused " + refused);
    }

    private static String mutate(String text, SplittableRandom r) {
        StringBuilder sb = new StringBuilder(text);
        int edits = 1 + r.nextInt(3);
        for (int e = 0; e < edits && sb.length() > 0; e++) {
            int at = r.nextInt(sb.length());
            switch (r.nextInt(6)) {
                case 0 -> sb.deleteCharAt(at);
                case 1 -> sb.setCharAt(at, (char) r.nextInt(0x20, 0x7f));
                case 2 -> sb.setCharAt(at, (char) (sb.charAt(at) ^ (1 << r.nextInt(7)))); // a bit flip
                case 3 -> sb.insert(at, TOKENS[r.nextInt(TOKENS.length)]);
                case 4 -> {
                    // replace a number with another
                    int d = indexOfDigit(sb, at);
                    if (d >= 0) {
                        sb.replace(d, d + 1, TOKENS[r.nextInt(TOKENS.length)]);
                    }
                }
                default -> sb.setLength(at); // cut off
            }
        }
        return sb.toString();
    }

    private static int indexOfDigit(CharSequence s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
