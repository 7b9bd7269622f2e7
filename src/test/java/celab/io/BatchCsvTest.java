package celab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCsvTest {

    @Test
    void writesTheSeedsBatchWithPickedProbabilitiesLossesAndTheMean(@TempDir Path dir) throws Exception {
        double[][] p = {{0.7, 0.1, 0.2}, {0.1, 0.5, 0.4}, {0.02, 0.9, 0.08}};
        double[] losses = {-Math.log(0.7), -Math.log(0.5), Double.POSITIVE_INFINITY};
        Path file = dir.resolve("batch.csv");
        BatchCsv.write(file, List.of("dog", "cat", "human"), p, new int[] {0, 1, 1}, losses, 0.38506088005216804);
        List<NamedCsvRecord> rows = CsvReader.builder().ofNamedCsvRecord(Files.readString(file)).stream().toList();
        assertEquals(4, rows.size());
        assertEquals("0.5", rows.get(1).getField("p_true"));
        assertEquals(0.6931471805599453, Double.parseDouble(rows.get(1).getField("loss")));
        assertEquals("Infinity", rows.get(2).getField("loss"));
        assertEquals("0.9", rows.get(2).getField("p_true"));
        assertEquals("mean", rows.get(3).getField("sample"));
        assertEquals(0.38506088005216804, Double.parseDouble(rows.get(3).getField("loss")));
        assertEquals("sample,p_dog,p_cat,p_human,target,p_true,loss", Files.readAllLines(file).get(0));
    }
}
