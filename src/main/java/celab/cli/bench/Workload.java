package celab.cli.bench;

import java.util.function.DoubleSupplier;

/**
 * Prepared work: the shape it really has and one run of it. The run returns a number that the
 * bench keeps, so the JIT cannot prove the work useless and drop it.
 *
 * @param n       rows (samples) one run processes
 * @param classes columns (classes) per row
 * @param run     one timed run
 */
public record Workload(int n, int classes, DoubleSupplier run) {
}
