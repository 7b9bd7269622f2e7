package celab.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import celab.io.PredictionReader.Scores;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PredictionReaderTest {

    static final String SEEDS = "0.7,0.1,0.2\n0.1,0.5,0.4\n0.02,0.9,0.08\n";
    static final double[][] SEED_ROWS = {{0.7, 0.1, 0.2}, {0.1, 0.5, 0.4}, {0.02, 0.9, 0.08}};

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    /** Every sample as "index:targetClass:p(target):pLine:tLine". */
    private static List<String> samples(InputSource p, InputSource t, Scores scores) throws InputFileException {
        List<String> seen = new ArrayList<>();
        PredictionReader.read(p, t, scores, s -> seen.add(s.index() + ":" + s.targetClass() + ":"
                + s.prediction(s.targetClass()) + ":" + s.predictionsLine() + ":" + s.targetsLine()),
                PredictionReader.Progress.NONE, () -> false);
        return seen;
    }

    @Test
    void csvGzipAndNpyGiveTheSameSamples() throws Exception {
        List<String> expected = List.of("0:0:0.7:1:1", "1:1:0.5:2:2", "2:1:0.9:3:3");
        Path csv = write("p.csv", SEEDS);
        Path targets = write("t.csv", "0\n1\n1\n");
        assertEquals(expected, samples(InputSource.of(csv), InputSource.of(targets), Scores.PROBABILITIES));
        Path gz = write("p.csv.gz", gzip(SEEDS));
        Path tgz = write("t.csv.gz", gzip("0\n1\n1\n"));
        assertEquals(expected, samples(InputSource.of(gz), InputSource.of(tgz), Scores.PROBABILITIES));
        Path npy = write("p.npy", NpyFiles.float64(SEED_ROWS));
        Path tnpy = write("t.npy", NpyFiles.int64(0, 1, 1));
        assertEquals(expected, samples(InputSource.of(npy), InputSource.of(tnpy), Scores.PROBABILITIES));
        // The format comes from the bytes, not the name.
        Path disguised = write("p.txt", NpyFiles.float64(SEED_ROWS));
        assertEquals(expected, samples(InputSource.of(disguised), InputSource.of(targets), Scores.PROBABILITIES));
    }

    @Test
    void float32ArraysAreWidenedExactly() throws Exception {
        Path npy = write("p32.npy", NpyFiles.float32(SEED_ROWS));
        Path targets = write("t.csv", "0\n1\n1\n");
        List<Double> picked = new ArrayList<>();
        PredictionReader.read(npy, targets, Scores.PROBABILITIES, s -> picked.add(s.prediction(s.targetClass())),
                PredictionReader.Progress.NONE, () -> false);
        assertEquals(List.of((double) 0.7f, (double) 0.5f, (double) 0.9f), picked);
    }

    @Test
    void streamsAreReadToo() throws Exception {
        InputSource stdin = InputSource.of(new ByteArrayInputStream(SEEDS.getBytes(StandardCharsets.UTF_8)), "stdin");
        Path targets = write("t.csv", "1,0,0\n0,1,0\n0,1,0\n");
        assertEquals(List.of("0:0:0.7:1:1", "1:1:0.5:2:2", "2:1:0.9:3:3"),
                samples(stdin, InputSource.of(targets), Scores.PROBABILITIES));
    }

    @Test
    void labelRowsAndWarningsReachTheConsumer() throws Exception {
        Path p = write("p.csv", "0.7,0.1,0.2\n\n0.1,0.3,0.4\n");
        Path t = write("t.csv", "0.5,0.5,0\n0,1,0\n");
        List<String> seen = new ArrayList<>();
        PredictionReader.Result r = PredictionReader.read(p, t, Scores.PROBABILITIES, s -> {
            assertNotNull(s.labels(), "label-row targets hand over the row");
            seen.add(s.target(0) + "," + s.target(1) + " " + s.warning());
        }, PredictionReader.Progress.NONE, () -> false);
        assertEquals(List.of("0.5,0.5 null", "0.0,1.0 " + p + ":3: probabilities sum to 0.800000, not 1"
                + " (computed as given, not renormalised)"), seen);
        assertEquals(new PredictionReader.Result(2, 3, false, 1), r);
    }

    @Test
    void progressCountsBytesAndCancelStopsTheRead() throws Exception {
        StringBuilder big = new StringBuilder();
        StringBuilder labels = new StringBuilder();
        for (int i = 0; i < 3 * PredictionReader.REPORT_EVERY; i++) {
            big.append("0.25,0.75\n");
            labels.append(i % 2).append('\n');
        }
        Path p = write("p.csv", big.toString());
        Path t = write("t.csv", labels.toString());
        long total = Files.size(p) + Files.size(t);
        List<long[]> reports = new ArrayList<>();
        PredictionReader.read(p, t, Scores.PROBABILITIES, s -> { },
                (done, all, rows) -> reports.add(new long[] {done, all, rows}), () -> false);
        assertEquals(4, reports.size());
        assertArrayEquals(new long[] {total, total, 3L * PredictionReader.REPORT_EVERY}, reports.get(3));
        for (int k = 0; k < 3; k++) {
            assertEquals((k + 1L) * PredictionReader.REPORT_EVERY, reports.get(k)[2]);
            assertTrue(reports.get(k)[0] <= total);
        }
        int[] delivered = {0};
        assertThrows(CancellationException.class, () -> PredictionReader.read(p, t, Scores.PROBABILITIES,
                s -> delivered[0]++, PredictionReader.Progress.NONE, () -> delivered[0] >= 5000));
        assertEquals(2 * PredictionReader.REPORT_EVERY, delivered[0]);
    }

    @Test
    void logitsAreOnlyCheckedForFiniteness() throws Exception {
        Path p = write("z.csv", "1.5,-3,20\n");
        Path t = write("t.csv", "2\n");
        assertEquals(List.of("0:2:20.0:1:1"), samples(InputSource.of(p), InputSource.of(t), Scores.LOGITS));
        InputFileException e = assertThrows(InputFileException.class,
                () -> samples(InputSource.of(p), InputSource.of(t), Scores.PROBABILITIES));
        assertEquals(p + ":1:1: probability 1.5 is above 1", e.getMessage());
    }

    @Test
    void npyProblemsAreNamedByRow() throws Exception {
        Path p = write("p.npy", NpyFiles.float64(new double[][] {{0.5, 0.5}, {0.5, -0.5}}));
        Path t = write("t.npy", NpyFiles.int64(0, 1));
        InputFileException e = assertThrows(InputFileException.class,
                () -> samples(InputSource.of(p), InputSource.of(t), Scores.PROBABILITIES));
        assertEquals(p + ": row 2, column 2: probability -0.5 is below 0", e.getMessage());
        Path big = write("t2.npy", NpyFiles.int64(0, 99_999_999_999_999_999L));
        Path ok = write("ok.npy", NpyFiles.float64(new double[][] {{0.5, 0.5}, {0.5, 0.5}}));
        e = assertThrows(InputFileException.class,
                () -> samples(InputSource.of(ok), InputSource.of(big), Scores.PROBABILITIES));
        assertEquals(big + ": row 2, column 1: class index 99999999999999999 is out of range [0, 2)", e.getMessage());
    }

    @Test
    void npyWithAnotherDtypeOrShapeIsRefusedClearly() throws Exception {
        Path t = write("t.csv", "0\n");
        Path ints = write("i.npy", NpyFiles.concat(NpyFiles.header("<i4", false, "(1, 2)"), new byte[8]));
        assertEquals(ints + ": holds integers (dtype '<i4'); predictions must be float32 or float64",
                assertThrows(InputFileException.class, () -> samples(InputSource.of(ints), InputSource.of(t),
                        Scores.PROBABILITIES)).getMessage());
        Path complex = write("c.npy", NpyFiles.concat(NpyFiles.header("<c16", false, "(1, 2)"), new byte[32]));
        assertEquals(complex + ": dtype '<c16' is not supported; save float32 or float64 ('<f4', '<f8'),"
                + " or integers for class indices", assertThrows(InputFileException.class,
                () -> samples(InputSource.of(complex), InputSource.of(t), Scores.PROBABILITIES)).getMessage());
        Path cube = write("3d.npy", NpyFiles.concat(NpyFiles.header("<f8", false, "(1, 2, 2)"), new byte[32]));
        assertEquals(cube + ": holds a 3-D array of shape (1, 2, 2); expected 2-D (N samples × C values)"
                + " or 1-D (N class indices)", assertThrows(InputFileException.class,
                () -> samples(InputSource.of(cube), InputSource.of(t), Scores.PROBABILITIES)).getMessage());
        Path fortran = write("f.npy", NpyFiles.concat(NpyFiles.header("<f8", true, "(2, 2)"), new byte[32]));
        assertTrue(assertThrows(InputFileException.class, () -> samples(InputSource.of(fortran),
                InputSource.of(t), Scores.PROBABILITIES)).getMessage().contains("Fortran"));
        byte[] whole = NpyFiles.float64(new double[][] {{0.5, 0.5}, {0.5, 0.5}});
        Path cut = write("cut.npy", java.util.Arrays.copyOf(whole, whole.length - 3));
        Path t2 = write("t2.csv", "0\n1\n");
        assertEquals(cut + ": the file ends inside row 2 of 2: the array is truncated",
                assertThrows(InputFileException.class, () -> samples(InputSource.of(cut), InputSource.of(t2),
                        Scores.PROBABILITIES)).getMessage());
    }

    @Test
    void fifosAndDevicesAreRefusedBeforeOpening() throws Exception {
        Path t = write("t.csv", "0\n");
        InputFileException e = assertThrows(InputFileException.class, () -> samples(
                InputSource.of(Path.of("/dev/zero")), InputSource.of(t), Scores.PROBABILITIES));
        assertEquals("/dev/zero: is not a regular file (a pipe, device or socket); give a file,"
                + " or - to read standard input", e.getMessage());
        Path fifo = dir.resolve("fifo");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        if (mk.waitFor() == 0) {
            e = assertThrows(InputFileException.class, () -> samples(InputSource.of(fifo), InputSource.of(t),
                    Scores.PROBABILITIES));
            assertTrue(e.getMessage().endsWith(": is not a regular file (a pipe, device or socket); give a file,"
                    + " or - to read standard input"), e.getMessage());
        }
    }

    @Test
    void bigEndianFloatsUnsignedAndColumnTargetsAndLabelRowArrays() throws Exception {
        Path be = write("be.npy", NpyFiles.raw(">f8", "(3, 3)", b -> {
            for (double[] row : SEED_ROWS) {
                for (double v : row) {
                    b.putDouble(v);
                }
            }
        }, 72, java.nio.ByteOrder.BIG_ENDIAN));
        Path u8 = write("u8.npy", NpyFiles.raw("|u1", "(3, 1)", b -> b.put((byte) 0).put((byte) 1).put((byte) 1), 3,
                java.nio.ByteOrder.LITTLE_ENDIAN));
        List<String> expected = List.of("0:0:0.7:1:1", "1:1:0.5:2:2", "2:1:0.9:3:3");
        assertEquals(expected, samples(InputSource.of(be), InputSource.of(u8), Scores.PROBABILITIES));
        Path rows = write("rows.npy", NpyFiles.float32(new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 1, 0}}));
        assertEquals(expected, samples(InputSource.of(be), InputSource.of(rows), Scores.PROBABILITIES));
        Path u64 = write("u64.npy", NpyFiles.raw("<u8", "(3,)", b -> b.putLong(0).putLong(1).putLong(-1L), 24,
                java.nio.ByteOrder.LITTLE_ENDIAN));
        InputFileException e = assertThrows(InputFileException.class,
                () -> samples(InputSource.of(be), InputSource.of(u64), Scores.PROBABILITIES));
        assertEquals(u64 + ": row 3, column 1: class index 18446744073709551615 is out of range [0, 3)", e.getMessage());
    }

    @Test
    void aSampleWithoutWarningHasNone() throws Exception {
        Path p = write("p.csv", "0.5,0.5\n");
        Path t = write("t.csv", "1\n");
        PredictionReader.read(p, t, Scores.PROBABILITIES, s -> assertNull(s.warning()),
                PredictionReader.Progress.NONE, () -> false);
    }
}
