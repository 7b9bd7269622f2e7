package celab.io;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

/**
 * Writes the batch table as CSV for handouts and spreadsheets: one row per sample with its
 * probabilities, target, picked probability and loss, then a "mean" row. Full precision;
 * infinite losses as "Infinity".
 */
public final class BatchCsv {

    private BatchCsv() {
    }

    /**
     * @param classNames  column names for the probabilities
     * @param predictions one row per sample
     * @param targets     class index per sample
     * @param losses      per-sample loss as the core computed it
     * @param mean        the batch mean
     */
    public static String format(List<String> classNames, double[][] predictions, int[] targets,
                                double[] losses, double mean) throws IOException {
        List<String> header = new ArrayList<>();
        header.add("sample");
        for (String n : classNames) {
            header.add("p_" + n);
        }
        header.addAll(List.of("target", "p_true", "loss"));
        StringWriter out = new StringWriter();
        try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out)) {
            csv.writeRecord(header);
            for (int i = 0; i < predictions.length; i++) {
                List<String> row = new ArrayList<>();
                row.add(Integer.toString(i + 1));
                for (double p : predictions[i]) {
                    row.add(Double.toString(p));
                }
                row.add(Integer.toString(targets[i]));
                row.add(Double.toString(predictions[i][targets[i]]));
                row.add(Double.toString(losses[i]));
                csv.writeRecord(row);
            }
            List<String> last = new ArrayList<>();
            last.add("mean");
            for (int j = 0; j < classNames.size() + 2; j++) {
                last.add("");
            }
            last.add(Double.toString(mean));
            csv.writeRecord(last);
        }
        return out.toString();
    }

    public static void write(Path file, List<String> classNames, double[][] predictions, int[] targets,
                             double[] losses, double mean) throws IOException {
        AtomicFiles.write(file, format(classNames, predictions, targets, losses, mean));
    }
}
