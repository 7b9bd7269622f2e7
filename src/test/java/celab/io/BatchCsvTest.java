package celab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCsvTest {

    @Test
    void writesTheSeedsBatchWithPickedProbabilitiesLossesAndTheMean(@TempDir Path dir) throws Exception {
        double[][] p = {{0.7, 0.1, 0.2}, {0.1, 0.5, 0.4}, {0.02, 0.9, 0.08}};
        double[] losses = {-Math.log(0.7), -Math.log(0.5), Double.POSITIVE_INFINITY};
        Path file = dir.resolve("batch.csv");
        BatchCsv.write(file, List.of("dog", "cat", "human"), p, new int[] {0, 1, 1}, losses, 0.38506088005216804);
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(Files.readString(file))).getRecords();
        assertEquals(4, rows.size());
        assertEquals("0.5", rows.get(1).get("p_true"));
        assertEquals(0.6931471805599453, Double.parseDouble(rows.get(1).get("loss")));
        assertEquals("Infinity", rows.get(2).get("loss"));
        assertEquals("0.9", rows.get(2).get("p_true"));
        assertEquals("mean", rows.get(3).get("sample"));
        assertEquals(0.38506088005216804, Double.parseDouble(rows.get(3).get("loss")));
        assertEquals("sample,p_dog,p_cat,p_human,target,p_true,loss", Files.readAllLines(file).get(0));
    }
}
