package celab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded fuzzing of {@code loss} (issue 11): valid prediction and target files are damaged in
 * every way a file gets damaged (bit flips, control characters, truncation, long digit runs,
 * extra columns, blank lines, quotes, CR LF, byte-order marks, swapped or repeated lines, ...)
 * and run through the command line. Each case must end in one of two ways:
 * <ul>
 *   <li>exit 0, with the same n, mean and accuracy as a plain computation written here from the
 *       seeds' formula (a separate little reader, Double.parseDouble, −log(clip(p)));</li>
 *   <li>exit 2, nothing on stdout and exactly one printable line on stderr naming the file and,
 *       unless the problem is the whole file's, the line (and column); a single damaged value
 *       must be named at its own line and column.</li>
 * </ul>
 * A 10-second limit per case guards against hangs only. Run another seed or more cases with
 * {@code -Dcelab.fuzz.seed=N -Dcelab.fuzz.cases=M}.
 */
class CsvFuzzTest {

    static final long SEED = Long.getLong("celab.fuzz.seed", 20261130L);
    static final int CASES = Integer.getInteger("celab.fuzz.cases", 1500);
    static final Duration HANG_GUARD = Duration.ofSeconds(10);

    /** file:line:column: reason, file:line: reason, or file: reason (whole-file problems). */
    static final Pattern LOCATED = Pattern.compile("^(.*?(?:p|t)\\.csv)(?::(\\d+)(?::(\\d+))?)?: (.+)$");

    @TempDir
    Path dir;

    private int accepted;
    private int rejected;

    @Test
    void damagedFilesEndInExitZeroWithTheRightLossOrExitTwoWithOneLine() throws Exception {
        Random rnd = new Random(SEED);
        Path p = dir.resolve("p.csv");
        Path t = dir.resolve("t.csv");
        for (int k = 0; k < CASES; k++) {
            Case c = Case.make(rnd);
            Files.write(p, c.predictions);
            Files.write(t, c.targets);
            String[] args = {"loss", "--predictions", p.toString(), "--targets", t.toString(), "--json"};
            CliRun run = assertTimeoutPreemptively(HANG_GUARD, () -> CliRun.of(args),
                    () -> "case " + c.describe());
            try {
                check(run, c, p, t);
            } catch (AssertionError e) {
                fail("case " + c.describe() + "\nstderr: " + run.err() + "\nstdout: " + run.out()
                        + "\nreplay with -Dcelab.fuzz.seed=" + SEED + ": case " + (k + 1) + " of " + CASES, e);
            }
        }
        System.out.println("CsvFuzzTest: seed " + SEED + ", " + accepted + " accepted, " + rejected + " rejected");
        assertTrue(accepted > CASES / 20, "too few accepted cases to check the loss: " + accepted);
        assertTrue(rejected > CASES / 2, "too few rejected cases to check the messages: " + rejected);
    }

    private void check(CliRun run, Case c, Path p, Path t) throws IOException {
        if (run.status() == 0) {
            accepted++;
            assertEquals("", run.err());
            JsonNode j = new ObjectMapper().readTree(run.out());
            Reference ref = Reference.compute(c.predictions, c.targets);
            assertTrue(ref != null, "accepted, but the plain computation finds the input invalid");
            assertEquals(ref.n, j.get("n").asLong(), "n");
            assertEquals(ref.accuracy, j.get("accuracy").asDouble(), 1e-12, "accuracy");
            double mean = j.get("mean").isTextual() ? Double.parseDouble(j.get("mean").asText()) : j.get("mean").asDouble();
            assertEquals(ref.mean, mean, 1e-12 * Math.max(1, Math.abs(ref.mean)), "mean");
            return;
        }
        rejected++;
        assertEquals(2, run.status(), "exit status");
        assertEquals("", run.out());
        String line = run.errorLine();
        for (char ch : line.toCharArray()) {
            assertTrue(ch >= 0x20 && ch != 0x7F && !(ch >= 0x80 && ch <= 0x9F) && ch != '\u2028' && ch != '\u2029'
                    && !(ch >= '\u202A' && ch <= '\u202E') && !(ch >= '\u2066' && ch <= '\u2069'),
                    "raw character U+" + Integer.toHexString(ch));
        }
        Matcher m = LOCATED.matcher(line);
        assertTrue(m.matches(), "not file[:line[:column]]: reason");
        String file = m.group(1);
        assertTrue(file.equals(p.toString()) || file.equals(t.toString()), "names another file");
        String reason = m.group(4);
        if (m.group(2) == null) {
            assertTrue(reason.startsWith("the file is empty") || reason.startsWith("predictions have ")
                    || reason.startsWith("the gzip data"), "a problem without a line: " + reason);
        }
        if (c.token != null && c.token.file == 'p' && file.equals(p.toString())) {
            assertEquals(c.token.line + ":" + c.token.column, m.group(2) + ":" + m.group(3),
                    "a single damaged value is named at its line and column");
        }
    }

    /** A damaged pair of files, and what was done to them. */
    static final class Case {
        byte[] predictions;
        byte[] targets;
        final List<String> done = new ArrayList<>();
        /** Set when the only damage is one value replaced by a non-number. */
        Token token;

        record Token(char file, int line, int column) {
        }

        String describe() {
            return done + "\npredictions: " + show(predictions) + "\ntargets: " + show(targets);
        }

        private static String show(byte[] b) {
            String s = new String(b, 0, Math.min(b.length, 400), StandardCharsets.ISO_8859_1);
            return celab.io.Printable.line(s) + (b.length > 400 ? "... (" + b.length + " bytes)" : "");
        }

        static Case make(Random rnd) {
            Case c = new Case();
            int n = 1 + rnd.nextInt(8);
            int classes = 2 + rnd.nextInt(4);
            StringBuilder p = new StringBuilder();
            StringBuilder t = new StringBuilder();
            boolean oneHot = rnd.nextInt(4) == 0;
            for (int i = 0; i < n; i++) {
                double[] row = new double[classes];
                double s = 0;
                for (int j = 0; j < classes; j++) {
                    row[j] = rnd.nextInt(10) == 0 ? 0 : rnd.nextDouble();
                    s += row[j];
                }
                for (int j = 0; j < classes; j++) {
                    row[j] = s == 0 ? 1.0 / classes : row[j] / s;
                    p.append(j == 0 ? "" : ",").append(format(rnd, row[j]));
                }
                p.append('\n');
                int target = rnd.nextInt(classes);
                if (oneHot) {
                    for (int j = 0; j < classes; j++) {
                        t.append(j == 0 ? "" : ",").append(j == target ? "1" : "0");
                    }
                } else {
                    t.append(target);
                }
                t.append('\n');
            }
            c.predictions = p.toString().getBytes(StandardCharsets.UTF_8);
            c.targets = t.toString().getBytes(StandardCharsets.UTF_8);
            if (rnd.nextInt(10) == 0) {
                c.done.add("none");
                return c;
            }
            if (rnd.nextInt(6) == 0) {
                c.replaceOneToken(rnd, n, classes);
                return c;
            }
            int mutations = 1 + rnd.nextInt(3);
            for (int m = 0; m < mutations; m++) {
                boolean onTargets = rnd.nextInt(3) == 0;
                byte[] before = onTargets ? c.targets : c.predictions;
                byte[] after = mutate(rnd, before, c.done);
                if (onTargets) {
                    c.targets = after;
                } else {
                    c.predictions = after;
                }
            }
            return c;
        }

        private static String format(Random rnd, double v) {
            return switch (rnd.nextInt(4)) {
                case 0 -> Double.toString(v);
                case 1 -> String.format(java.util.Locale.ROOT, "%.8f", v);
                case 2 -> String.format(java.util.Locale.ROOT, "%.3e", v);
                default -> String.format(java.util.Locale.ROOT, "%.17g", v);
            };
        }

        /** Replaces one prediction value by something that is not a number. */
        void replaceOneToken(Random rnd, int n, int classes) {
            String[] lines = new String(predictions, StandardCharsets.UTF_8).split("\n", -1);
            int line = rnd.nextInt(n);
            String[] values = lines[line].split(",", -1);
            int column = rnd.nextInt(classes);
            String[] bad = {"x", "0.5.5", "1e", "0x1p-1", "1d", "--1", "0.\u0015", "0.5\u0000", "\u202e0.5", "∞",
                "1_0", "0,5".replace(",", ";"), "nan1", "\u001b[31m0.1", "0." + "5".repeat(200)};
            values[column] = bad[rnd.nextInt(bad.length)];
            lines[line] = String.join(",", values);
            predictions = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
            token = new Token('p', line + 1, column + 1);
            done.add("token " + (line + 1) + ":" + (column + 1) + " = " + celab.io.Printable.line(values[column]));
        }

        static byte[] mutate(Random rnd, byte[] b, List<String> done) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int at = b.length == 0 ? 0 : rnd.nextInt(b.length + 1);
            int kind = rnd.nextInt(16);
            switch (kind) {
                case 0 -> { // flip one bit
                    if (b.length == 0) {
                        return b;
                    }
                    byte[] c = b.clone();
                    int i = rnd.nextInt(c.length);
                    c[i] ^= (byte) (1 << rnd.nextInt(8));
                    done.add("flip byte " + i);
                    return c;
                }
                case 1 -> { // insert a control character
                    int[] controls = {0, 1, 7, 8, 9, 11, 12, 13, 21, 27, 127};
                    int ch = controls[rnd.nextInt(controls.length)];
                    done.add("insert control " + ch + " at " + at);
                    return insert(b, at, new byte[] {(byte) ch});
                }
                case 2 -> { // truncate
                    done.add("truncate at " + at);
                    return Arrays.copyOf(b, at);
                }
                case 3 -> { // a long run of digits
                    int len = 1 + rnd.nextInt(rnd.nextBoolean() ? 50 : 5000);
                    done.add("insert " + len + " digits at " + at);
                    return insert(b, at, "7".repeat(len).getBytes(StandardCharsets.US_ASCII));
                }
                case 4 -> { // an extra column on one line
                    int nl = indexOf(b, (byte) '\n', at);
                    done.add("extra column before " + nl);
                    return insert(b, nl < 0 ? b.length : nl, ",0.1".getBytes(StandardCharsets.US_ASCII));
                }
                case 5 -> { // blank lines
                    String blank = rnd.nextBoolean() ? "\n" : " \t \n";
                    int nl = indexOf(b, (byte) '\n', at);
                    done.add("blank line after " + nl);
                    return insert(b, nl < 0 ? b.length : nl + 1, blank.getBytes(StandardCharsets.US_ASCII));
                }
                case 6 -> { // delete one byte
                    if (b.length == 0) {
                        return b;
                    }
                    int i = Math.min(at, b.length - 1);
                    done.add("delete byte " + i);
                    out.write(b, 0, i);
                    out.write(b, i + 1, b.length - i - 1);
                    return out.toByteArray();
                }
                case 7 -> { // a quote
                    done.add("quote at " + at);
                    return insert(b, at, new byte[] {'"'});
                }
                case 8 -> { // CR LF line ends
                    done.add("CRLF");
                    return new String(b, StandardCharsets.ISO_8859_1).replace("\n", "\r\n")
                            .getBytes(StandardCharsets.ISO_8859_1);
                }
                case 9 -> { // byte-order mark
                    done.add("BOM");
                    return insert(b, 0, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                }
                case 10 -> { // repeat a line
                    String s = new String(b, StandardCharsets.ISO_8859_1);
                    String[] lines = s.split("\n", -1);
                    int i = rnd.nextInt(lines.length);
                    List<String> l = new ArrayList<>(Arrays.asList(lines));
                    l.add(i, lines[i]);
                    done.add("repeat line " + (i + 1));
                    return String.join("\n", l).getBytes(StandardCharsets.ISO_8859_1);
                }
                case 11 -> { // a non-UTF-8 byte or a multi-byte character
                    byte[][] odd = {{(byte) 0xE9}, {(byte) 0xC3}, {(byte) 0xE2, (byte) 0x80, (byte) 0xAE},
                        {(byte) 0xE2, (byte) 0x80, (byte) 0xA8}, {(byte) 0xC2, (byte) 0x85}};
                    done.add("odd bytes at " + at);
                    return insert(b, at, odd[rnd.nextInt(odd.length)]);
                }
                case 12 -> { // spaces or a tab
                    done.add("space at " + at);
                    return insert(b, at, (rnd.nextBoolean() ? " " : "\t").getBytes(StandardCharsets.US_ASCII));
                }
                case 13 -> { // a sign, a dot or an exponent
                    String[] bits = {"-", "+", ".", "e", "E5", "e-400", "e400"};
                    String s = bits[rnd.nextInt(bits.length)];
                    done.add("insert " + s + " at " + at);
                    return insert(b, at, s.getBytes(StandardCharsets.US_ASCII));
                }
                case 14 -> { // non-finite spellings
                    String[] words = {"nan", "inf", "-inf", "Infinity", "1e308", "0"};
                    String s = words[rnd.nextInt(words.length)];
                    done.add("insert " + s + " at " + at);
                    return insert(b, at, s.getBytes(StandardCharsets.US_ASCII));
                }
                default -> { // swap two lines
                    String s = new String(b, StandardCharsets.ISO_8859_1);
                    String[] lines = s.split("\n", -1);
                    int i = rnd.nextInt(lines.length);
                    int j = rnd.nextInt(lines.length);
                    String tmp = lines[i];
                    lines[i] = lines[j];
                    lines[j] = tmp;
                    done.add("swap lines " + (i + 1) + " and " + (j + 1));
                    return String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
                }
            }
        }

        private static byte[] insert(byte[] b, int at, byte[] what) {
            byte[] out = new byte[b.length + what.length];
            System.arraycopy(b, 0, out, 0, at);
            System.arraycopy(what, 0, out, at, what.length);
            System.arraycopy(b, at, out, at + what.length, b.length - at);
            return out;
        }

        private static int indexOf(byte[] b, byte x, int from) {
            for (int i = from; i < b.length; i++) {
                if (b[i] == x) {
                    return i;
                }
            }
            return -1;
        }
    }

    /**
     * The loss computed independently of the lab's reader and core, from the seeds' formula: a
     * line-by-line reader (blank lines skipped, values trimmed of spaces and tabs, a value
     * wrapped in quotes unwrapped), Double.parseDouble, clip to [1e-7, 1 − 1e-7], −log, mean.
     */
    record Reference(long n, double mean, double accuracy) {

        /** The reference for accepted files, or null when this plain reader cannot read them. */
        static Reference compute(byte[] predictions, byte[] targets) {
            List<double[]> p = rows(predictions);
            List<double[]> t = rows(targets);
            if (p == null || t == null || p.size() != t.size() || p.isEmpty()) {
                return null;
            }
            int c = p.get(0).length;
            double sum = 0;
            long correct = 0;
            for (int i = 0; i < p.size(); i++) {
                double[] row = p.get(i);
                double[] y = t.get(i);
                int truth;
                double loss;
                if (y.length == 1) {
                    truth = (int) y[0];
                    loss = -Math.log(Math.min(Math.max(row[truth], 1e-7), 1 - 1e-7));
                } else {
                    truth = 0;
                    loss = 0;
                    for (int j = 0; j < c; j++) {
                        if (y[j] > y[truth]) {
                            truth = j;
                        }
                        if (y[j] != 0) {
                            loss -= y[j] * Math.log(Math.min(Math.max(row[j], 1e-7), 1 - 1e-7));
                        }
                    }
                }
                int predicted = 0;
                for (int j = 1; j < c; j++) {
                    if (row[j] > row[predicted]) {
                        predicted = j;
                    }
                }
                correct += predicted == truth ? 1 : 0;
                sum += loss;
            }
            return new Reference(p.size(), sum / p.size(), (double) correct / p.size());
        }

        private static List<double[]> rows(byte[] bytes) {
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            List<double[]> rows = new ArrayList<>();
            for (String line : text.split("\r\n|\n|\r", -1)) {
                if (line.replace(" ", "").replace("\t", "").isEmpty()) {
                    continue;
                }
                String[] parts = line.split(",", -1);
                double[] row = new double[parts.length];
                for (int j = 0; j < parts.length; j++) {
                    String v = parts[j].strip();
                    if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
                        v = v.substring(1, v.length() - 1);
                    }
                    try {
                        row[j] = Double.parseDouble(v);
                    } catch (NumberFormatException e) {
                        return null;
                    }
                }
                rows.add(row);
            }
            return rows;
        }
    }
}
