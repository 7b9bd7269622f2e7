package celab.core.net;

import celab.core.CrossEntropy;
import celab.core.LossResult;
import celab.core.Matrix;
import celab.core.Precision;
import celab.core.Softmax;
import celab.core.Targets;
import java.util.Random;

/**
 * The seeds' tiny classifier: Dense(inputs, h) → ReLU → Dense(h, C) → softmax.
 * <pre>
 *   z1 = x·W1 + b1,   a1 = max(0, z1),   z2 = a1·W2 + b2,   ŷ = softmax(z2)
 *   L  = (1/N)·Σ_i −log ŷ_i,true     (through the core's stable log-softmax)
 * </pre>
 * Immutable: a training step returns a new network, so one can be shown while the next is trained.
 */
public final class Network {
    private final Parameters params;

    public Network(Parameters params) {
        this.params = params;
    }

    /**
     * A fresh network as in the notebook: every weight 0.01·g with g ~ N(0, 1) drawn from
     * {@code new Random(seed)} (W1 then W2, row by row), every bias 0. The small weights make all
     * logits ≈ 0, so the first outputs are ≈ 1/C and the first loss is ≈ ln C.
     */
    public static Network initial(int inputs, int hidden, int classes, long seed) {
        if (inputs < 1 || hidden < 1 || classes < 2) {
            throw new IllegalArgumentException("need inputs ≥ 1, hidden ≥ 1 and classes ≥ 2");
        }
        Random rnd = new Random(seed);
        double[] v = new double[Parameters.count(inputs, hidden, classes)];
        Parameters shape = new Parameters(inputs, hidden, classes, v);
        for (int i = 0; i < shape.offB1(); i++) {
            v[i] = 0.01 * rnd.nextGaussian();
        }
        for (int i = shape.offW2(); i < shape.offB2(); i++) {
            v[i] = 0.01 * rnd.nextGaussian();
        }
        return new Network(shape);
    }

    public Parameters parameters() {
        return params;
    }

    public int inputs() {
        return params.inputs();
    }

    public int hidden() {
        return params.hidden();
    }

    public int classes() {
        return params.classes();
    }

    /** The same architecture with other parameter values. */
    public Network with(Parameters p) {
        return new Network(p);
    }

    /** Runs every row of x (N × inputs) through the network. */
    public Pass forward(Matrix x) {
        int n = x.rows();
        int in = params.inputs();
        int h = params.hidden();
        int c = params.classes();
        if (x.cols() != in) {
            throw new IllegalArgumentException("inputs have " + x.cols() + " columns, the network expects " + in);
        }
        double[] w = params.raw();
        int b1 = params.offB1();
        int w2 = params.offW2();
        int b2 = params.offB2();
        double[] z1 = new double[n * h];
        double[] a1 = new double[n * h];
        double[] z2 = new double[n * c];
        double[] probs = new double[n * c];
        double[] xi = new double[in];
        double[] zi = new double[c];
        for (int r = 0; r < n; r++) {
            for (int i = 0; i < in; i++) {
                xi[i] = x.get(r, i);
            }
            int hb = r * h;
            for (int k = 0; k < h; k++) {
                double s = w[b1 + k];
                for (int i = 0; i < in; i++) {
                    s += xi[i] * w[i * h + k];
                }
                z1[hb + k] = s;
                a1[hb + k] = s > 0 ? s : 0;
            }
            for (int j = 0; j < c; j++) {
                double s = w[b2 + j];
                for (int k = 0; k < h; k++) {
                    s += a1[hb + k] * w[w2 + k * c + j];
                }
                zi[j] = s;
            }
            System.arraycopy(zi, 0, z2, r * c, c);
            System.arraycopy(Softmax.softmax(zi), 0, probs, r * c, c);
        }
        return new Pass(this, x, z1, a1, Matrix.wrap(n, c, z2), Matrix.wrap(n, c, probs));
    }

    /** The predicted class (argmax of the logits) for one 2-D point. */
    public int predict(double x0, double x1) {
        return predict(x0, x1, new double[params.hidden()]);
    }

    /**
     * The predicted class for one 2-D point, using {@code scratch} (length ≥ h) for the hidden
     * activations so that a grid of points allocates nothing per point.
     */
    public int predict(double x0, double x1, double[] scratch) {
        if (params.inputs() != 2) {
            throw new IllegalStateException("predict(x0, x1) needs a network with 2 inputs");
        }
        double[] w = params.raw();
        int h = params.hidden();
        int c = params.classes();
        int b1 = params.offB1();
        int w2 = params.offW2();
        int b2 = params.offB2();
        for (int k = 0; k < h; k++) {
            double a = w[b1 + k] + x0 * w[k] + x1 * w[h + k];
            scratch[k] = a > 0 ? a : 0;
        }
        int best = 0;
        double bestZ = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < c; j++) {
            double s = w[b2 + j];
            for (int k = 0; k < h; k++) {
                s += scratch[k] * w[w2 + k * c + j];
            }
            if (s > bestZ) {
                bestZ = s;
                best = j;
            }
        }
        return best;
    }

    /**
     * The result of a forward pass, everything backpropagation needs.
     *
     * @param z1            hidden pre-activations, N × h row-major
     * @param a1            hidden activations max(0, z1)
     * @param logits        z2, N × C
     * @param probabilities softmax(z2) row by row, N × C
     */
    public record Pass(Network network, Matrix input, double[] z1, double[] a1, Matrix logits, Matrix probabilities) {

        /** Loss and accuracy against the targets, through the core's log-softmax path. */
        public LossResult evaluate(Targets.Indices targets) {
            return CrossEntropy.evaluateLogits(logits, targets, Precision.FLOAT64);
        }

        /**
         * Backpropagation of the mean loss to every parameter:
         * <pre>
         *   dz2 = (ŷ − y) / N                      (softmax and cross-entropy together)
         *   dW2 = a1ᵀ·dz2,  db2 = Σ_i dz2_i
         *   da1 = dz2·W2ᵀ,  dz1 = da1 ⊙ [z1 > 0]    (ReLU passes the gradient where it was active)
         *   dW1 = xᵀ·dz1,   db1 = Σ_i dz1_i
         * </pre>
         */
        public Parameters gradients(Targets.Indices targets) {
            Parameters p = network.params;
            int n = input.rows();
            int in = p.inputs();
            int h = p.hidden();
            int c = p.classes();
            if (targets.size() != n) {
                throw new IllegalArgumentException(targets.size() + " targets for " + n + " samples");
            }
            double[] w = p.raw();
            int w2 = p.offW2();
            double[] g = new double[p.size()];
            int gb1 = p.offB1();
            int gw2 = p.offW2();
            int gb2 = p.offB2();
            double[] dz2 = new double[c];
            double[] dz1 = new double[h];
            for (int r = 0; r < n; r++) {
                int t = targets.trueClass(r);
                for (int j = 0; j < c; j++) {
                    dz2[j] = (probabilities.get(r, j) - (j == t ? 1.0 : 0.0)) / n;
                    g[gb2 + j] += dz2[j];
                }
                int hb = r * h;
                for (int k = 0; k < h; k++) {
                    double a = a1[hb + k];
                    double da = 0;
                    for (int j = 0; j < c; j++) {
                        g[gw2 + k * c + j] += a * dz2[j];
                        da += dz2[j] * w[w2 + k * c + j];
                    }
                    dz1[k] = z1[hb + k] > 0 ? da : 0;
                    g[gb1 + k] += dz1[k];
                }
                for (int i = 0; i < in; i++) {
                    double xi = input.get(r, i);
                    for (int k = 0; k < h; k++) {
                        g[i * h + k] += xi * dz1[k];
                    }
                }
            }
            return new Parameters(in, h, c, g);
        }
    }
}
