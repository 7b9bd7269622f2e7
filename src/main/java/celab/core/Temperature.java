package celab.core;

import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * Temperature scaling: dividing the scores by T before the softmax. For logits z the
 * probabilities are softmax(z / T); for probabilities p they are softmax(log p / T), that is
 * p^(1/T) / Σ p^(1/T). T &gt; 1 softens every row towards uniform, T &lt; 1 sharpens it; the argmax
 * never moves, so accuracy stays put while the loss changes.
 */
public final class Temperature {

    /** The smallest temperature offered and searched. */
    public static final double MIN = 0.05;
    /** The largest temperature offered and searched. */
    public static final double MAX = 20;

    private static final int CHUNK = 1 << 14;
    private static final double GOLDEN = (Math.sqrt(5) - 1) / 2;
    /** Golden-section search stops when the bracket in ln T is this narrow. */
    private static final double TOLERANCE = 1e-7;

    private final Dataset data;
    /** z for logits, log p for probabilities (−∞ where p = 0). */
    private final double[] logScores;

    /** Prepares a data set for many temperatures: its log-probabilities are taken once. */
    public Temperature(Dataset data) {
        this.data = data;
        double[] s = data.scores().data();
        if (data.kind() == ScoreKind.LOGITS) {
            logScores = s;
        } else {
            logScores = new double[s.length];
            forChunks(data.size(), (from, to) -> {
                int c = data.classes();
                for (int k = from * c; k < to * c; k++) {
                    logScores[k] = Math.log(s[k]);
                }
            });
        }
    }

    /** The result of {@link #fit}: the best T, the mean loss there and at T = 1. */
    public record Fit(double temperature, double loss, double lossAtOne, int evaluations) {
    }

    /**
     * The probabilities of one sample at temperature t: softmax(z / t) or softmax(log p / t).
     * For probabilities at t = 1 the row is returned as given (not renormalised), as the loss
     * uses it.
     */
    public double[] probabilities(int sample, double t) {
        int c = data.classes();
        int base = sample * c;
        double[] out = new double[c];
        if (data.kind() == ScoreKind.PROBABILITIES && t == 1) {
            System.arraycopy(data.scores().data(), base, out, 0, c);
            return out;
        }
        double m = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < c; j++) {
            m = Math.max(m, logScores[base + j] / t);
        }
        if (m == Double.NEGATIVE_INFINITY) {
            return out; // a row of zeros stays zeros
        }
        double s = 0;
        for (int j = 0; j < c; j++) {
            out[j] = Math.exp(logScores[base + j] / t - m);
            s += out[j];
        }
        for (int j = 0; j < c; j++) {
            out[j] /= s;
        }
        return out;
    }

    /**
     * One sample at temperature t: writes {loss, p(true), confidence = max probability} to
     * {@code out}. Logits: L = log Σ exp(z_j / t) − z_true / t, computed stably, never clipped.
     * Probabilities: L = −log clip(q_true) with q = softmax(log p / t), or −log q_true unclipped.
     */
    void sample(int i, double t, Clipping clipping, double[] out) {
        int c = data.classes();
        int base = i * c;
        int target = data.targetArray()[i];
        if (data.kind() == ScoreKind.PROBABILITIES && t == 1) {
            double[] p = data.scores().data();
            double max = 0;
            for (int j = 0; j < c; j++) {
                max = Math.max(max, p[base + j]);
            }
            out[0] = -Math.log(clipping.apply(p[base + target]));
            out[1] = p[base + target];
            out[2] = max;
            return;
        }
        double m = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < c; j++) {
            m = Math.max(m, logScores[base + j]);
        }
        m /= t;
        if (m == Double.NEGATIVE_INFINITY) {
            out[0] = -Math.log(clipping.apply(0.0));
            out[1] = 0;
            out[2] = 0;
            return;
        }
        double s = 0;
        for (int j = 0; j < c; j++) {
            s += Math.exp(logScores[base + j] / t - m);
        }
        double logS = Math.log(s);
        double logQ = logScores[base + target] / t - m - logS;
        double q = Math.exp(logQ);
        if (data.kind() == ScoreKind.LOGITS || !clipping.enabled()) {
            out[0] = -logQ;
        } else {
            out[0] = -Math.log(clipping.apply(q));
        }
        out[1] = q;
        out[2] = 1 / s;
    }

    /** The mean loss (1/N)·Σ L_i at temperature t (see {@link #sample}). */
    public double meanLoss(double t, Clipping clipping) {
        int n = data.size();
        int chunks = (n + CHUNK - 1) / CHUNK;
        double[] sums = new double[chunks];
        forChunks(n, (from, to) -> {
            double[] out = new double[3];
            double s = 0;
            for (int i = from; i < to; i++) {
                sample(i, t, clipping, out);
                s += out[0];
            }
            sums[from / CHUNK] = s;
        });
        double total = 0;
        for (double s : sums) {
            total += s;
        }
        return total / n;
    }

    /**
     * The temperature in [{@value #MIN}, {@value #MAX}] with the smallest mean loss, by
     * golden-section search on ln T. For logits the loss is convex in 1/T, so it has one minimum
     * and the search finds it; for probabilities it is searched the same way.
     *
     * @param cancelled polled between evaluations; when it turns true the search stops and
     *                  returns null
     */
    public Fit fit(Clipping clipping, BooleanSupplier cancelled) {
        double a = Math.log(MIN);
        double b = Math.log(MAX);
        double x1 = b - GOLDEN * (b - a);
        double x2 = a + GOLDEN * (b - a);
        double f1 = meanLoss(Math.exp(x1), clipping);
        double f2 = meanLoss(Math.exp(x2), clipping);
        int evaluations = 2;
        while (b - a > TOLERANCE) {
            if (cancelled.getAsBoolean()) {
                return null;
            }
            if (f1 <= f2) {
                b = x2;
                x2 = x1;
                f2 = f1;
                x1 = b - GOLDEN * (b - a);
                f1 = meanLoss(Math.exp(x1), clipping);
            } else {
                a = x1;
                x1 = x2;
                f1 = f2;
                x2 = a + GOLDEN * (b - a);
                f2 = meanLoss(Math.exp(x2), clipping);
            }
            evaluations++;
        }
        double t = Math.exp((a + b) / 2);
        return new Fit(t, meanLoss(t, clipping), meanLoss(1, clipping), evaluations + 2);
    }

    /** {@link #fit(Clipping, BooleanSupplier)} without cancelling. */
    public Fit fit(Clipping clipping) {
        return fit(clipping, () -> false);
    }

    /** The mean loss at each of {@code points} temperatures spaced evenly in ln T from lo to hi. */
    public double[][] lossCurve(double lo, double hi, int points, Clipping clipping) {
        double[] ts = new double[points];
        double[] losses = new double[points];
        for (int k = 0; k < points; k++) {
            ts[k] = Math.exp(Math.log(lo) + (Math.log(hi) - Math.log(lo)) * k / (points - 1));
            losses[k] = meanLoss(ts[k], clipping);
        }
        return new double[][] {ts, losses};
    }

    interface Range {
        void run(int from, int to);
    }

    /** Runs body over [0, n) in chunks, in parallel for large n. */
    static void forChunks(int n, Range body) {
        if (n <= CHUNK) {
            body.run(0, n);
            return;
        }
        int chunks = (n + CHUNK - 1) / CHUNK;
        IntStream.range(0, chunks).parallel()
                .forEach(k -> body.run(k * CHUNK, Math.min(n, (k + 1) * CHUNK)));
    }
}
