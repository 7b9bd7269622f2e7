package celab.cli.bench;

/**
 * One thing {@code bench} times. A measure builds its inputs once, untimed, and hands back the
 * work; the bench runs it, warms it up and reports the median. Any layer can add measures: the
 * entry point ({@code celab.Main}) collects them and gives the list to the command line, so this
 * interface stays free of what it measures.
 */
public interface Measure {

    /** Dotted name, layer first: {@code core.probabilities.index}, {@code ui.update}. */
    String name();

    /**
     * Builds the inputs for a batch of {@code n} rows and {@code classes} classes (not timed) and
     * returns the work to time. A measure whose natural size differs may report its own shape in
     * the workload it returns.
     */
    Workload prepare(int n, int classes);

    /** A measure from a name and a function that prepares its workload. */
    static Measure of(String name, Preparer preparer) {
        return new Measure() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Workload prepare(int n, int classes) {
                return preparer.prepare(n, classes);
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }

    /** {@link #prepare(int, int)} as a lambda. */
    @FunctionalInterface
    interface Preparer {
        Workload prepare(int n, int classes);
    }
}
