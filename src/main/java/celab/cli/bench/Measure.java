package celab.cli.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * One thing {@code bench} measures, printed as one JSON line: its name, then the numbers it
 * returns, in order. Any layer can add measures: the entry point ({@code celab.Main}) collects
 * them and hands the list to the command line, so this interface knows nothing of what it
 * measures. Most measures are {@linkplain #timed timed workloads}; a measure that must time
 * itself (a UI pulse, say) implements {@link #run} directly.
 */
public interface Measure {

    /** Dotted name, layer first: {@code core.probabilities.index}, {@code ui.update}. */
    String name();

    /**
     * Runs the measure, warm-up included, and returns the numbers of its JSON line after the
     * name, in order, e.g. {@code n}, {@code classes}, {@code medianMs}.
     */
    Map<String, Number> run(BenchSettings settings);

    /**
     * The usual measure: {@code prepare} builds the inputs once (not timed), then the bench runs
     * the workload {@link BenchSettings#warmup()} times untimed and {@link BenchSettings#runs()}
     * times timed, and reports {@code n}, {@code classes} and {@code medianMs}.
     */
    static Measure timed(String name, Preparer prepare) {
        return of(name, settings -> {
            Workload work = prepare.prepare(settings.n(), settings.classes());
            Map<String, Number> fields = new LinkedHashMap<>();
            fields.put("n", work.n());
            fields.put("classes", work.classes());
            fields.put("medianMs", Timing.medianMillis(work, settings.warmup(), settings.runs()));
            return fields;
        });
    }

    /** A measure from a name and what it runs. */
    static Measure of(String name, Function<BenchSettings, Map<String, Number>> run) {
        return new Measure() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Map<String, Number> run(BenchSettings settings) {
                return run.apply(settings);
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }

    /** Builds the inputs for {@code n} rows of {@code classes} classes and returns the work. */
    @FunctionalInterface
    interface Preparer {
        Workload prepare(int n, int classes);
    }
}
