package celab.cli.bench;

import celab.core.net.EpochBench;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The spiral network's training step, as the lab's Training-signal screen runs it: one epoch over
 * the seeds' 3 × 100 spiral points with h = 64. Fixed size, so {@code --n} and {@code --classes}
 * do not apply; {@code --runs} samples of 50 epochs each are timed after at least 500 warm-up
 * epochs, and the line carries the median time per epoch.
 */
public final class TrainMeasures {

    private TrainMeasures() {
    }

    /** {"name":"train.epoch","n":300,"classes":3,"hidden":64,"medianMs":…}. */
    public static Measure epoch() {
        return Measure.of("train.epoch", settings -> {
            int warmupEpochs = Math.max(500, settings.warmup() * EpochBench.EPOCHS_PER_SAMPLE);
            double[] samples = EpochBench.epochTimesMs(settings.runs(), warmupEpochs);
            Map<String, Number> fields = new LinkedHashMap<>();
            fields.put("n", EpochBench.points());
            fields.put("classes", EpochBench.CLASSES);
            fields.put("hidden", EpochBench.HIDDEN);
            fields.put("medianMs", EpochBench.median(samples));
            return fields;
        });
    }
}
