package celab.core;

import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** jqwik generators for valid inputs: probability rows, labels and logits with 2-10 classes. */
final class Generators {

    private Generators() {
    }

    /** A prediction row and a true class index. */
    record Sample(double[] p, int target) {
        @Override
        public String toString() {
            return "p=" + Arrays.toString(p) + " target=" + target;
        }
    }

    /** Logits and a true class index. */
    record LogitSample(double[] z, int target) {
        @Override
        public String toString() {
            return "z=" + Arrays.toString(z) + " target=" + target;
        }
    }

    /** A prediction row and a label row (one-hot or soft) of the same width. */
    record LabelledSample(double[] p, double[] y) {
        @Override
        public String toString() {
            return "p=" + Arrays.toString(p) + " y=" + Arrays.toString(y);
        }
    }

    static Arbitrary<Integer> classes() {
        return Arbitraries.integers().between(2, 10);
    }

    /** Positive weights in [minWeight, 1] normalised to sum to 1 (up to rounding). */
    static Arbitrary<double[]> distribution(int c, double minWeight) {
        return Arbitraries.doubles().between(minWeight, 1.0).ofScale(12).array(double[].class).ofSize(c)
                .map(Generators::normalise);
    }

    /**
     * Rows that reach the clipping zones: exact zeros, values below ε = 1e-7, and a class that
     * takes almost everything (p within 1e-7 of 1).
     */
    static Arbitrary<double[]> extremeDistribution(int c) {
        Arbitrary<Double> weight = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.doubles().between(0.0, 1.0).ofScale(12)),
                Tuple.of(2, Arbitraries.just(0.0)),
                Tuple.of(2, Arbitraries.doubles().between(0.0, 1e-6).ofScale(15)),
                Tuple.of(1, Arbitraries.doubles().between(1e-12, 1e-9).ofScale(15)));
        return weight.array(double[].class).ofSize(c)
                .filter(w -> sum(w) > 0)
                .map(Generators::normalise);
    }

    static Arbitrary<Sample> samples(double minWeight) {
        return classes().flatMap(c -> Combinators.combine(
                distribution(c, minWeight), Arbitraries.integers().between(0, c - 1)).as(Sample::new));
    }

    static Arbitrary<Sample> extremeSamples() {
        return classes().flatMap(c -> Combinators.combine(
                Arbitraries.oneOf(extremeDistribution(c), distribution(c, 1e-3)),
                Arbitraries.integers().between(0, c - 1)).as(Sample::new));
    }

    /** Label rows: half one-hot, half soft labels (some with zeros). */
    static Arbitrary<double[]> labels(int c) {
        Arbitrary<double[]> oneHot = Arbitraries.integers().between(0, c - 1).map(k -> {
            double[] y = new double[c];
            y[k] = 1;
            return y;
        });
        return Arbitraries.oneOf(oneHot, distribution(c, 0.0).filter(y -> sum(y) > 0), extremeDistribution(c));
    }

    static Arbitrary<LabelledSample> labelledSamples(double minWeight) {
        return classes().flatMap(c -> Combinators.combine(distribution(c, minWeight), labels(c))
                .as(LabelledSample::new));
    }

    static Arbitrary<double[]> logits(int c, double bound) {
        return Arbitraries.doubles().between(-bound, bound).ofScale(9).array(double[].class).ofSize(c);
    }

    static Arbitrary<LogitSample> logitSamples(double bound) {
        return classes().flatMap(c -> Combinators.combine(
                logits(c, bound), Arbitraries.integers().between(0, c - 1)).as(LogitSample::new));
    }

    static double[] normalise(double[] w) {
        double s = sum(w);
        double[] out = new double[w.length];
        for (int j = 0; j < w.length; j++) {
            out[j] = w[j] / s;
        }
        return out;
    }

    static double sum(double[] w) {
        double s = 0;
        for (double v : w) {
            s += v;
        }
        return s;
    }

    /** exp(z_j) / Σ exp(z_k) straight from the definition; only for small |z| (no shift). */
    static double[] textbookSoftmax(double[] z) {
        double[] e = new double[z.length];
        double s = 0;
        for (int j = 0; j < z.length; j++) {
            e[j] = Math.exp(z[j]);
            s += e[j];
        }
        for (int j = 0; j < z.length; j++) {
            e[j] /= s;
        }
        return e;
    }

    /** True when |a − b| ≤ abs + rel·max(|a|, |b|). */
    static boolean close(double a, double b, double abs, double rel) {
        return Math.abs(a - b) <= abs + rel * Math.max(Math.abs(a), Math.abs(b));
    }
}
