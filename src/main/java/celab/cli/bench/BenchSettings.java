package celab.cli.bench;

/**
 * What {@code bench} was asked for; measures use what applies to them.
 *
 * @param n       rows per generated batch
 * @param classes classes per row
 * @param warmup  untimed runs before timing
 * @param runs    timed runs; the median is reported
 */
public record BenchSettings(int n, int classes, int warmup, int runs) {
}
