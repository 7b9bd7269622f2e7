package celab.core;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Categorical cross-entropy. For one sample with target row y and prediction ŷ:
 * <pre>  L = −Σ_j y_j · log(ŷ_j)</pre>
 * With a one-hot y only the true class's term survives, so L = −log(ŷ_true). Batch loss is the
 * mean of the per-sample losses. Terms with y_j = 0 are skipped rather than multiplied, so that
 * 0·log(0) counts as 0 (the limit) instead of NaN.
 */
public final class CrossEntropy {

    /** Rows per parallel chunk; small batches (the lab's) stay on the calling thread. */
    private static final int CHUNK = 1 << 16;

    private CrossEntropy() {
    }

    /** L = −log(clip(p)) for the probability p of the true class. */
    public static double loss(double pTrue, Clipping clipping) {
        return -Math.log(clipping.apply(pTrue));
    }

    /** L = −log(clip(p)) in the given precision (float32 clips and takes the log in float). */
    public static double loss(double pTrue, Clipping clipping, Precision precision) {
        if (precision == Precision.FLOAT64) {
            return loss(pTrue, clipping);
        }
        float p = clipping.apply((float) pTrue);
        return -(float) Math.log(p);
    }

    /** L = −Σ_j y_j·log(clip(ŷ_j)), skipping y_j = 0. */
    public static double loss(double[] yHat, double[] y, Clipping clipping) {
        double s = 0;
        for (int j = 0; j < y.length; j++) {
            if (y[j] != 0) {
                s -= y[j] * Math.log(clipping.apply(yHat[j]));
            }
        }
        return s;
    }

    /** L = −log(clip(ŷ_target)): the one-hot shortcut with a class index. */
    public static double loss(double[] yHat, int target, Clipping clipping) {
        return loss(yHat[target], clipping);
    }

    /**
     * Per-sample losses for probabilities in float64, without validation: the hot loop the
     * benchmark measures. Large batches are split across cores.
     */
    public static double[] perSample(Matrix predictions, Targets targets, Clipping clipping) {
        return perSample(predictions, targets, clipping, Precision.FLOAT64);
    }

    /** Per-sample losses for probabilities in the given precision, without validation. */
    public static double[] perSample(Matrix predictions, Targets targets, Clipping clipping,
                                     Precision precision) {
        int n = predictions.rows();
        int c = predictions.cols();
        double[] p = predictions.data();
        double[] out = new double[n];
        if (targets instanceof Targets.Indices idx) {
            int[] t = idx.classes();
            forChunks(n, (from, to) -> {
                for (int i = from; i < to; i++) {
                    out[i] = loss(p[i * c + t[i]], clipping, precision);
                }
            });
        } else if (precision == Precision.FLOAT64) {
            double[] y = ((Targets.Rows) targets).labels().data();
            forChunks(n, (from, to) -> labelRows64(p, y, c, clipping, out, from, to));
        } else {
            double[] y = ((Targets.Rows) targets).labels().data();
            forChunks(n, (from, to) -> {
                for (int i = from; i < to; i++) {
                    double s = 0;
                    int base = i * c;
                    for (int j = 0; j < c; j++) {
                        double w = y[base + j];
                        if (w != 0) {
                            double logP = precision.round(Math.log(clip(p[base + j], clipping, precision)));
                            s = accumulate(s, w, logP, precision);
                        }
                    }
                    out[i] = s;
                }
            });
        }
        return out;
    }

    /**
     * Label rows in float64, rows from..to: L_i = −Σ_j y_ij·log(clip(ŷ_ij)), y_ij = 0 skipped. A
     * row with exactly one nonzero label (one-hot) is found without a branch per class and takes
     * its one term directly; that is the same arithmetic as the general loop, which other rows
     * take, but spares a mispredicted branch per row (about a fifth of the time on 1M × 10).
     */
    private static void labelRows64(double[] p, double[] y, int c, Clipping clipping, double[] out,
                                    int from, int to) {
        for (int i = from; i < to; i++) {
            int base = i * c;
            int nonzero = 0;
            int last = 0;
            for (int j = 0; j < c; j++) {
                boolean on = y[base + j] != 0;
                nonzero += on ? 1 : 0;
                last = on ? j : last;
            }
            double s = 0;
            if (nonzero == 1) {
                s -= y[base + last] * Math.log(clipping.apply(p[base + last]));
            } else {
                for (int j = 0; j < c; j++) {
                    double w = y[base + j];
                    if (w != 0) {
                        s -= w * Math.log(clipping.apply(p[base + j]));
                    }
                }
            }
            out[i] = s;
        }
    }

    /**
     * Per-sample losses from logits through the stable log-softmax, without validation:
     * L_i = log Σ_k exp(z_ik − m_i) + m_i − Σ_j y_ij·z_ij. No clipping is needed or applied.
     */
    public static double[] perSampleFromLogits(Matrix logits, Targets targets) {
        int n = logits.rows();
        int c = logits.cols();
        double[] z = logits.data();
        double[] out = new double[n];
        Targets.Indices idx = targets instanceof Targets.Indices i ? i : null;
        double[] y = idx == null ? ((Targets.Rows) targets).labels().data() : null;
        int[] t = idx == null ? null : idx.classes();
        forChunks(n, (from, to) -> {
            for (int i = from; i < to; i++) {
                int base = i * c;
                double m = z[base];
                for (int j = 1; j < c; j++) {
                    m = Math.max(m, z[base + j]);
                }
                double s = 0;
                for (int j = 0; j < c; j++) {
                    s += FastExp.exp(z[base + j] - m);
                }
                double lse = Math.log(s);
                if (t != null) {
                    out[i] = lse - (z[base + t[i]] - m);
                } else {
                    double l = 0;
                    for (int j = 0; j < c; j++) {
                        double w = y[base + j];
                        if (w != 0) {
                            l -= w * ((z[base + j] - m) - lse);
                        }
                    }
                    out[i] = l;
                }
            }
        });
        return out;
    }

    /**
     * Validates and evaluates a batch of probabilities: per-sample losses, mean, sum, accuracy,
     * picked probabilities and warnings for rows that do not sum to 1.
     *
     * @throws InvalidInputException naming the first bad row and column
     */
    public static LossResult evaluate(Matrix predictions, Targets targets, Clipping clipping,
                                      Precision precision) {
        List<LossWarning> warnings = Validation.checkProbabilities(predictions);
        Validation.checkSameRows(predictions, targets);
        Validation.checkTargets(targets, predictions.cols());
        int n = predictions.rows();
        double[] pTrue = new double[n];
        double[] used = new double[n];
        int[] predicted = new int[n];
        int[] trueClass = new int[n];
        for (int i = 0; i < n; i++) {
            trueClass[i] = targets.trueClass(i);
            predicted[i] = Accuracy.argmax(predictions, i);
            pTrue[i] = predictions.get(i, trueClass[i]);
            used[i] = clip(pTrue[i], clipping, precision);
        }
        return new LossResult(predictions.cols(), perSample(predictions, targets, clipping, precision),
                pTrue, used, predicted, trueClass, warnings, clipping, precision);
    }

    /** {@link #evaluate(Matrix, Targets, Clipping, Precision)} in float64. */
    public static LossResult evaluate(Matrix predictions, Targets targets, Clipping clipping) {
        return evaluate(predictions, targets, clipping, Precision.FLOAT64);
    }

    /**
     * Validates and evaluates a batch of logits through log-softmax. Picked probabilities are the
     * softmax outputs; the clipping reported is {@link Clipping#OFF} because none is applied.
     */
    public static LossResult evaluateLogits(Matrix logits, Targets targets, Precision precision) {
        Validation.checkLogits(logits);
        Validation.checkSameRows(logits, targets);
        Validation.checkTargets(targets, logits.cols());
        int n = logits.rows();
        double[] pTrue = new double[n];
        int[] predicted = new int[n];
        int[] trueClass = new int[n];
        double[] losses = precision == Precision.FLOAT64 ? perSampleFromLogits(logits, targets) : new double[n];
        for (int i = 0; i < n; i++) {
            double[] z = logits.row(i);
            double[] lp = Softmax.logSoftmax(z, precision);
            trueClass[i] = targets.trueClass(i);
            predicted[i] = Accuracy.argmax(z);
            pTrue[i] = precision.round(Math.exp(lp[trueClass[i]]));
            if (precision == Precision.FLOAT32) {
                double l = 0;
                for (int j = 0; j < z.length; j++) {
                    double w = targets.weight(i, j);
                    if (w != 0) {
                        l = accumulate(l, w, lp[j], precision);
                    }
                }
                losses[i] = l;
            }
        }
        return new LossResult(logits.cols(), losses, pTrue, pTrue.clone(), predicted, trueClass,
                List.of(), Clipping.OFF, precision);
    }

    /** (1/N)·Σ x_i; NaN for an empty array. One +∞ makes the mean +∞. */
    public static double mean(double[] x) {
        return x.length == 0 ? Double.NaN : sum(x) / x.length;
    }

    /** Σ x_i, pairwise so that a million terms keep their precision, as NumPy does. */
    public static double sum(double[] x) {
        return pairwise(x, 0, x.length);
    }

    private static double pairwise(double[] x, int from, int to) {
        if (to - from <= 128) {
            double s = 0;
            for (int i = from; i < to; i++) {
                s += x[i];
            }
            return s;
        }
        int mid = (from + to) >>> 1;
        return pairwise(x, from, mid) + pairwise(x, mid, to);
    }

    /**
     * One step of s − w·log ŷ in the given precision. In float32 the label, the product and the
     * running sum are each rounded to float, as a float32 tensor computes {@code -(y * log(p)).sum()}
     * (NumPy and PyTorch agree); summing in float64 and rounding once at the end can land one
     * float ulp away. A one-hot row (w = 1) gives exactly −log ŷ_true, as the index path does.
     */
    private static double accumulate(double s, double w, double logP, Precision precision) {
        return precision.round(s - precision.round(precision.round(w) * logP));
    }

    static double clip(double p, Clipping clipping, Precision precision) {
        return precision == Precision.FLOAT32 ? clipping.apply((float) p) : clipping.apply(p);
    }

    private interface Range {
        void run(int from, int to);
    }

    private static void forChunks(int n, Range body) {
        if (n <= CHUNK) {
            body.run(0, n);
            return;
        }
        int chunks = (n + CHUNK - 1) / CHUNK;
        IntStream.range(0, chunks).parallel()
                .forEach(k -> body.run(k * CHUNK, Math.min(n, (k + 1) * CHUNK)));
    }
}
