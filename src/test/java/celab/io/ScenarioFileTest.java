package celab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scenario files that must be refused quickly and cleanly, or accepted (a BOM). */
class ScenarioFileTest {

    /** A small state type, so this test needs none of the app's model. */
    public record Small(List<Double> values, int target, String name) {
    }

    private static final String GOOD = "{\"format\":\"cross-entropy-lab\",\"version\":1,\"screen\":\"batch\","
            + "\"state\":{\"values\":[0.5,0.5],\"target\":1,\"name\":\"cat\"}}";

    @TempDir
    Path dir;

    private ScenarioException refused(Path file) {
        return assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(ScenarioException.class, () -> ScenarioFile.read(file, Small.class)));
    }

    private static void clean(String message) {
        assertFalse(message.contains("\n"), message);
        assertFalse(message.matches("(?s).*celab\\.[a-z]+\\.[A-Z].*"), "a class name in: " + message);
        for (String internal : List.of("$", "Exception", "java.", "No enum constant", "jackson", "`")) {
            assertFalse(message.contains(internal), "Java internals in: " + message);
        }
    }

    @Test
    void aGoodFileReads() throws Exception {
        Path f = Files.writeString(dir.resolve("good.celab.json"), GOOD);
        ScenarioFile.Scenario<Small> s = ScenarioFile.read(f, Small.class);
        assertEquals("batch", s.screen());
        assertEquals(new Small(List.of(0.5, 0.5), 1, "cat"), s.state());
    }

    @Test
    void aLeadingByteOrderMarkIsAccepted() throws Exception {
        Path f = dir.resolve("bom.celab.json");
        byte[] text = GOOD.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        Files.write(f, withBom);
        assertEquals(1, ScenarioFile.read(f, Small.class).state().target());
    }

    @Test
    void aFifoIsRefusedAtOnceInsteadOfWaitingForAWriter() throws Exception {
        Path fifo = dir.resolve("pipe.celab.json");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/mkfifo")));
        Process p = new ProcessBuilder("/usr/bin/mkfifo", fifo.toString()).start();
        assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0);
        ScenarioException e = refused(fifo);
        assertEquals("pipe.celab.json: is not a regular file (a pipe or a device?)", e.getMessage());
    }

    @Test
    void anEndlessDeviceIsRefusedWithoutReadingIt() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero));
        ScenarioException e = refused(zero);
        assertTrue(e.getMessage().startsWith("zero: is not a regular file"), e.getMessage());
    }

    @Test
    void aHugeFileIsRefusedBeforeItIsRead() throws Exception {
        Path big = dir.resolve("big.celab.json");
        try (var ch = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(new byte[] {' '}), 3L << 30); // a sparse 3 GB file
        }
        ScenarioException e = refused(big);
        assertEquals("big.celab.json: is too large (3072.0 MB; at most 1.0 MB)", e.getMessage());
    }

    @Test
    void aFolderIsRefused() {
        assertEquals(dir.getFileName() + ": is a folder, not a file", refused(dir).getMessage());
    }

    @Test
    void aVersionThatWrapsToOneAsAnIntIsRefused() throws Exception {
        for (String v : List.of("4294967297", "1.5", "\"1\"", "-4294967295", "1e400")) {
            Path f = Files.writeString(dir.resolve("v.celab.json"), GOOD.replace("\"version\":1", "\"version\":" + v));
            String m = refused(f).getMessage();
            assertTrue(m.contains("version"), m);
            clean(m);
        }
        Path f = Files.writeString(dir.resolve("v.celab.json"), GOOD.replace("\"version\":1", "\"version\":4294967297"));
        assertEquals("v.celab.json: format version 4294967297 is not supported; this app reads version 1",
                refused(f).getMessage());
    }

    @Test
    void notUtf8IsRefused() throws Exception {
        Path f = dir.resolve("latin1.celab.json");
        Files.write(f, GOOD.replace("cat", "ch\u00e4t").getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("latin1.celab.json: is not a text file (not UTF-8)", refused(f).getMessage());
    }

    @Test
    void wrongTypesAreNamedByTheirPlaceInTheFileNotByJavaClasses() throws Exception {
        String[][] cases = {
            {"\"target\":1", "\"target\":\"one\"", "\"state.target\" should be a whole number"},
            {"\"values\":[0.5,0.5]", "\"values\":\"lots\"", "\"state.values\" should be a list [...]"},
            {"\"values\":[0.5,0.5]", "\"values\":[0.5,true]", "\"state.values[1]\" should be a number"},
            {"\"name\":\"cat\"", "\"name\":\"cat\",\"colour\":1", "unknown field \"colour\" in \"state\""},
            {"\"target\":1", "\"target\":null", "\"state.target\""},
            {"\"target\":1", "\"target\":99999999999999999999999", "\"state.target\""},
        };
        for (String[] c : cases) {
            Path f = Files.writeString(dir.resolve("t.celab.json"), GOOD.replace(c[0], c[1]));
            String m = refused(f).getMessage();
            assertTrue(m.startsWith("t.celab.json: ") && m.contains(c[2]), c[1] + " → " + m);
            clean(m);
        }
    }

    @Test
    void controlCharactersInTheFileOrItsNameAreNeverShownRaw() throws Exception {
        Path f = Files.writeString(dir.resolve("evil\nname\u202e.celab.json"), "{\u001b[31m");
        String m = refused(f).getMessage();
        assertTrue(m.startsWith("evil\\nname\\u202e.celab.json:1:"), m);
        assertFalse(m.chars().anyMatch(ch -> ch < 0x20 || ch == 0x202e), m);
    }
}
