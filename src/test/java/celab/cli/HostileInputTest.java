package celab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, "CLI input": each hostile input found by fuzzing ends with exit status 2 and one
 * clean line (no raw control characters, no line breaks), quickly. The time limits are hang
 * guards (generous, so a loaded machine cannot fail them), not performance measurements.
 */
class HostileInputTest {

    static final Duration HANG_GUARD = Duration.ofSeconds(10);
    static final String SEEDS = "0.7,0.1,0.2\n0.1,0.5,0.4\n0.02,0.9,0.08\n";

    @TempDir
    Path dir;

    private String write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes).toString();
    }

    private String write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Runs loss and checks the outcome is exit 2, nothing on stdout, one printable line. */
    private static String rejected(String... args) {
        CliRun run = assertTimeoutPreemptively(HANG_GUARD, () -> CliRun.of(args));
        assertEquals(2, run.status(), run.err());
        assertEquals("", run.out());
        String line = run.errorLine();
        for (char c : line.toCharArray()) {
            assertTrue(c >= 0x20 && c != 0x7F && !(c >= 0x80 && c <= 0x9F) && c != '\u2028' && c != '\u2029'
                    && !(c >= '\u202A' && c <= '\u202E') && !(c >= '\u2066' && c <= '\u2069'),
                    "unescaped character U+" + Integer.toHexString(c) + " in: " + line);
        }
        return line;
    }

    @Test
    void aNumberOf40000DigitsIsRejectedAtOnce() throws IOException {
        String t = write("t.csv", "0\n");
        String p = write("p.csv", "1".repeat(40_000) + "x,0.5\n");
        assertEquals(p + ":1:1: value is 40001 characters long; a number has at most 100",
                rejected("loss", "--predictions", p, "--targets", t));
        String mb = write("mb.csv", "0." + "5".repeat(1_000_000) + "x,0.5\n");
        assertEquals(mb + ":1:1: value is 1000003 characters long; a number has at most 100",
                rejected("loss", "--predictions", mb, "--targets", t));
        String line = write("line.csv", "0.5,".repeat(600_000) + "0.5\n");
        assertEquals(line + ":1: line is longer than 1048576 characters; a row of numbers is never that long",
                rejected("loss", "--predictions", line, "--targets", t));
    }

    @Test
    void fifosDevicesAndEndlessInputAreRefusedQuickly() throws Exception {
        String t = write("t.csv", "0\n");
        assertEquals("/dev/zero: is not a regular file (a pipe, device or socket); give a file,"
                + " or - to read standard input", rejected("loss", "--predictions", "/dev/zero", "--targets", t));
        Path fifo = dir.resolve("fifo");
        if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) {
            assertEquals(fifo + ": is not a regular file (a pipe, device or socket); give a file,"
                    + " or - to read standard input", rejected("loss", "--predictions", fifo.toString(), "--targets", t));
        }
        InputStream before = System.in;
        try {
            System.setIn(new InputStream() { // like /dev/zero on standard input: NUL bytes forever
                @Override
                public int read() {
                    return 0;
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    java.util.Arrays.fill(b, off, off + len, (byte) 0);
                    return len;
                }
            });
            assertEquals("stdin:1: line is longer than 1048576 characters; a row of numbers is never that long",
                    rejected("loss", "--predictions", "-", "--targets", t));
        } finally {
            System.setIn(before);
        }
    }

    @Test
    void controlCharactersInsideNumbersAreErrorsNotDropped() throws IOException {
        String t = write("t.csv", "0\n1\n1\n");
        String flipped = write("flipped.csv", "0.7,0.1,0.2\n0.\u0015,0.5,0.4\n0.02,0.9,0.08\n");
        assertEquals(flipped + ":2:1: '0.\\u0015' is not a number", rejected("loss", "--predictions", flipped, "--targets", t));
        String nul = write("nul.csv", "0.7,0.1,0.2\n0.1,0.5\u0000,0.4\n0.02,0.9,0.08\n");
        assertEquals(nul + ":2:2: '0.5\\u0000' is not a number", rejected("loss", "--predictions", nul, "--targets", t));
    }

    @Test
    void errorLinesEscapeWhatTheFileSays() throws IOException {
        String t = write("t.csv", "0\n1\n1\n");
        String esc = write("esc.csv", "0.7,0.1,0.2\n\u001b[2J\u001b[31mred,0.5,0.4\n0.02,0.9,0.08\n");
        assertEquals(esc + ":2:1: '\\u001B[2J\\u001B[31mred' is not a number",
                rejected("loss", "--predictions", esc, "--targets", t));
        String bidi = write("bidi.csv", "0.7,0.1,0.2\n0.1,\u202e5.0,0.4\n0.02,0.9,0.08\n");
        assertEquals(bidi + ":2:2: '\\u202E5.0' is not a number", rejected("loss", "--predictions", bidi, "--targets", t));
        String sep = write("sep.csv", "0.7,0.1,0.2\n0.1,0.5\u2028,0.4\n0.02,0.9,0.08\n");
        assertEquals(sep + ":2:2: '0.5\\u2028' is not a number", rejected("loss", "--predictions", sep, "--targets", t));
        String named = write("two\nlines\u202e.csv", "0.7,0.1,0.2\n0.1,x,0.4\n0.02,0.9,0.08\n");
        assertEquals(named.replace("\n", "\\n").replace("\u202e", "\\u202E") + ":2:2: 'x' is not a number",
                rejected("loss", "--predictions", named, "--targets", t));
        assertEquals("loss: unknown option '--x\\u001B]0;owned\\u0007' (see 'loss --help')",
                rejected("loss", "--predictions", named, "--targets", t, "--x\u001b]0;owned\u0007"));
    }

    @Test
    void valuesAreQuotedAsWritten() throws IOException {
        String p = write("p.csv", SEEDS);
        String t = write("t.csv", "0\n99999999999999999999999\n1\n");
        assertEquals(t + ":2:1: class index 99999999999999999999999 is out of range [0, 3)",
                rejected("loss", "--predictions", p, "--targets", t));
        String p2 = write("p2.csv", "0.7,0.1,0.2\n0.1,0.5,1.50\n0.02,0.9,0.08\n");
        assertEquals(p2 + ":2:3: probability 1.50 is above 1", rejected("loss", "--predictions", p2, "--targets", t));
        String t3 = write("t3.csv", "0\n3.0\n1\n");
        assertEquals(t3 + ":2:1: class index 3.0 is out of range [0, 3)", rejected("loss", "--predictions", p, "--targets", t3));
    }

    @Test
    void bytesThatAreNotUtf8AreLocated() throws IOException {
        String t = write("t.csv", "0\n1\n1\n");
        byte[] bytes = "0.7,0.1,0.2\n0.1,0.5,0.4\n0.02,0.9,0.08\n".getBytes(StandardCharsets.US_ASCII);
        bytes[bytes.length - 3] = (byte) 0xE9; // 0.02,0.9,0.?8
        String p = write("latin1.csv", bytes);
        assertEquals(p + ":3:3: bytes that are not UTF-8 text; save the file as UTF-8",
                rejected("loss", "--predictions", p, "--targets", t));
    }

    @Test
    void gzipDamageIsOneLine() throws IOException {
        String t = write("t.csv", "0\n");
        byte[] gz = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3};
        String p = write("p.csv.gz", gz);
        String line = rejected("loss", "--predictions", p, "--targets", t);
        assertTrue(line.startsWith(p + ": the gzip data is damaged: "), line);
    }

    @Test
    void oneNumberSyntaxForFilesAndOptions() throws IOException {
        String t = write("t.csv", "0\n");
        String hex = write("hex.csv", "0x1p-1,0.5\n");
        assertEquals(hex + ":1:1: '0x1p-1' is not a number", rejected("loss", "--predictions", hex, "--targets", t));
        String p = write("p.csv", "0.5,0.5\n");
        assertEquals("loss: --epsilon must be a number in (0, 0.5), got '0x1p-3' (see 'loss --help')",
                rejected("loss", "--predictions", p, "--targets", t, "--epsilon", "0x1p-3"));
        CliRun ok = CliRun.of("loss", "--predictions", p, "--targets", t, "--epsilon", "1.25E-1", "--json");
        assertEquals(0, ok.status(), ok.err());
    }

    @Test
    void standardInputCanBeAPipeOfCsv() {
        InputStream before = System.in;
        try {
            System.setIn(new ByteArrayInputStream("0\n1\n1\n".getBytes(StandardCharsets.UTF_8)));
            String p = write("p.csv", SEEDS);
            CliRun run = CliRun.of("loss", "--predictions", p, "--targets", "-", "--json");
            assertEquals(0, run.status(), run.err());
            assertTrue(run.out().contains("\"mean\":0.385060880052168"), run.out());
        } catch (IOException e) {
            throw new AssertionError(e);
        } finally {
            System.setIn(before);
        }
    }
}
