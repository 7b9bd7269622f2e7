package celab.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import celab.core.InputProblem;
import celab.core.LossWarning;
import celab.core.Matrix;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvReaderTest {

    @TempDir
    Path dir;

    private static CsvTable read(String text) throws Exception {
        return CsvReader.read(new StringReader(text), "x.csv");
    }

    private static String problem(String text) {
        return assertThrows(InputFileException.class, () -> read(text)).getMessage();
    }

    @Test
    void readsOneSamplePerLine() throws Exception {
        CsvTable t = read("0.7,0.1,0.2\n0.1,0.5,0.4\n0.02,0.9,0.08\n");
        assertEquals(Matrix.of(new double[] {0.7, 0.1, 0.2}, new double[] {0.1, 0.5, 0.4},
                new double[] {0.02, 0.9, 0.08}), t.values());
        assertArrayEquals(new int[] {1, 2, 3}, t.lines());
        assertEquals("x.csv", t.file());
    }

    @Test
    void blankLinesAreSkippedButKeepPhysicalLineNumbers() throws Exception {
        CsvTable t = read("\n0\n\n   \n1\n2\n\n");
        assertEquals(3, t.values().rows());
        assertArrayEquals(new int[] {2, 5, 6}, t.lines());
    }

    @Test
    void windowsLineEndsMissingFinalNewlineSpacesAndQuotes() throws Exception {
        CsvTable t = read("1, 2\r\n\r\n\"3\" ,4");
        assertEquals(Matrix.of(new double[] {1, 2}, new double[] {3, 4}), t.values());
        assertArrayEquals(new int[] {1, 3}, t.lines());
    }

    @Test
    void byteOrderMarkIsIgnored() throws Exception {
        assertEquals(0.5, read("\uFEFF0.5,0.5\n").values().get(0, 0));
    }

    @Test
    void numberSpellingsFromNumPyAndJava() throws Exception {
        Matrix m = read("1e-7,-2.5E+3,.5,5.,+1\nnan,inf,-inf,Infinity,-Infinity\n").values();
        assertEquals(1e-7, m.get(0, 0));
        assertEquals(-2500, m.get(0, 1));
        assertEquals(0.5, m.get(0, 2));
        assertEquals(5, m.get(0, 3));
        assertEquals(1, m.get(0, 4));
        assertTrue(Double.isNaN(m.get(1, 0)));
        assertEquals(Double.POSITIVE_INFINITY, m.get(1, 1));
        assertEquals(Double.NEGATIVE_INFINITY, m.get(1, 2));
        assertEquals(Double.POSITIVE_INFINITY, m.get(1, 3));
        assertEquals(Double.NEGATIVE_INFINITY, m.get(1, 4));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0.7,0.1,0.2\\n\\n0.1,abc,0.4   | x.csv:3:2: 'abc' is not a number",
        "0.7,0.1,0.2\\n0.1,,0.4         | x.csv:2:2: empty value; expected a number",
        "1d,2                           | x.csv:1:1: '1d' is not a number",
        "0x1p3,2                        | x.csv:1:1: '0x1p3' is not a number",
        "1;2                            | x.csv:1:1: '1;2' is not a number",
        "1,2,3\\n\\n\\n1,2              | x.csv:4:3: row has 2 values, expected 3 like line 1",
        "\\n1,2\\n1,2,3                 | x.csv:3:3: row has 3 values, expected 2 like line 2",
        "1,2\\n3                        | x.csv:2:2: row has 1 value, expected 2 like line 1",
    })
    void badContentNamesLineAndColumn(String text, String message) {
        assertEquals(message, problem(text.replace("\\n", "\n")));
    }

    @Test
    void emptyAndBlankFilesAreErrors() {
        assertEquals("x.csv: the file is empty: expected one sample per line", problem(""));
        assertEquals("x.csv: the file is empty: expected one sample per line", problem("\n \n\n"));
    }

    @Test
    void textAfterAClosingQuoteIsAnErrorNotPartOfTheNumber() throws Exception {
        // "1"2 must not read as 12: a value is quoted as a whole or not at all.
        assertEquals("x.csv:2: not valid CSV (check the quotes): value 1 is '\"1\"2'",
                problem("0.5,0.5\n\"1\"2,0.5\n"));
        // A control character next to a quote is not trimmed away either.
        assertEquals("x.csv:1: not valid CSV (check the quotes): value 1 is '\"1\"\\u001B'",
                problem("\"1\"\u001b,0.5\n"));
        assertEquals("x.csv:1: not valid CSV (check the quotes): value 2 is '\"2\"\"\"'", problem("1,\"2\"\"\"\n"));
        assertEquals(Matrix.of(new double[] {3, 0.25}), read(" \" 3 \" ,\"0.25\"\n").values());
    }

    @Test
    void unbalancedQuoteIsAnError() {
        String message = problem("1,2\n\"3,4\n");
        assertTrue(message.startsWith("x.csv:2: not valid CSV (check the quotes): "), message);
    }

    @Test
    void readsFilesAndNamesThemAsGiven() throws Exception {
        Path file = dir.resolve("p.csv");
        Files.writeString(file, "0.5,0.5\n\n0.25,0.75\n");
        CsvTable t = CsvReader.read(file, "data/p.csv");
        assertEquals("data/p.csv", t.file());
        assertArrayEquals(new int[] {1, 3}, t.lines());
    }

    @Test
    void missingFileDirectoryAndBadBytesAreErrors() throws IOException {
        assertEquals("nope.csv: no such file",
                assertThrows(InputFileException.class,
                        () -> CsvReader.read(dir.resolve("nope.csv"), "nope.csv")).getMessage());
        assertEquals("d: is a directory, not a CSV file",
                assertThrows(InputFileException.class, () -> CsvReader.read(dir, "d")).getMessage());
        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, "0.5,0.5 \u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        // Issue 11: bytes that are not UTF-8 are reported where they are (line 1, value 2).
        assertEquals("latin1.csv:1:2: bytes that are not UTF-8 text; save the file as UTF-8",
                assertThrows(InputFileException.class,
                        () -> CsvReader.read(latin1, "latin1.csv")).getMessage());
    }

    @Test
    void coreProblemsBecomePhysicalLineAndOneBasedColumn() throws Exception {
        CsvTable t = read("0.7,0.1,0.2\n\n0.1,0.5,0.4\n\n\n0.02,0.9,0.08\n");
        assertEquals("x.csv:6:2: probability 1.5 is above 1",
                t.locate(new InputProblem("predictions", 2, 1, "probability 1.5 is above 1")).getMessage());
        assertEquals("x.csv:3: one-hot row has no 1",
                t.locate(new InputProblem("targets", 1, -1, "one-hot row has no 1")).getMessage());
        assertEquals("x.csv: the batch is empty",
                t.locate(new InputProblem("targets", -1, -1, "the batch is empty")).getMessage());
        assertEquals("x.csv: too many rows",
                t.locate(new InputProblem("targets", 3, -1, "too many rows")).getMessage());
        assertEquals("x.csv:3: sums to 0.9",
                t.locate(new LossWarning(1, "sums to 0.9")));
        InputFileException e = t.locate(new InputProblem("predictions", 0, 2, "m"));
        assertEquals(1, e.line());
        assertEquals(3, e.column());
        assertEquals("m", e.reason());
        assertEquals("x.csv", e.file());
    }
}
