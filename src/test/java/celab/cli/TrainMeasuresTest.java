package celab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import celab.cli.bench.BenchSettings;
import celab.cli.bench.TrainMeasures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrainMeasuresTest {

    @Test
    void trainEpochReportsTheFixedShapeAndAPositiveMedian() {
        Map<String, Number> fields = TrainMeasures.epoch().run(new BenchSettings(1000, 10, 1, 5));
        assertEquals(List.of("n", "classes", "hidden", "medianMs"), List.copyOf(fields.keySet()));
        assertEquals(300, fields.get("n"));
        assertEquals(3, fields.get("classes"));
        assertEquals(64, fields.get("hidden"));
        double ms = fields.get("medianMs").doubleValue();
        assertTrue(ms > 0 && ms < 1000, "median " + ms + " ms per epoch");
    }
}
