package celab.cli.bench;

import java.util.Arrays;

/** Wall-clock timing of a workload: warm-up runs for the JIT, then the median of timed runs. */
final class Timing {

    /** Keeps every result so that no run can be optimised away. */
    private static volatile double sink;

    private Timing() {
    }

    /** The median wall time of {@code runs} runs after {@code warmup} untimed ones, in ms. */
    static double medianMillis(Workload work, int warmup, int runs) {
        for (int i = 0; i < warmup; i++) {
            sink += work.run().getAsDouble();
        }
        long[] times = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            sink += work.run().getAsDouble();
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        double median = runs % 2 == 1
                ? times[runs / 2]
                : (times[runs / 2 - 1] + times[runs / 2]) / 2.0;
        return median / 1e6;
    }
}
