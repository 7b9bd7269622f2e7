package celab.core.net;

/**
 * How a training step turns gradients into new parameters. An optimizer may keep state between
 * steps (velocity, moment estimates), so each training run uses its own instance, from one thread.
 */
public abstract class Optimizer {

    /** The optimizers the lab offers. */
    public enum Kind {
        /** θ ← θ − η·g: the plain gradient descent step. */
        GRADIENT_DESCENT("gradient descent"),
        /** v ← 0.9·v − η·g, θ ← θ + v: gradient descent that keeps going in a consistent direction. */
        MOMENTUM("momentum 0.9"),
        /** Adam (β1 = 0.9, β2 = 0.999, ε = 1e-7): a step size per parameter from running moments. */
        ADAM("Adam");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** A fresh optimizer of this kind, with no state yet. */
        public Optimizer create() {
            return switch (this) {
                case GRADIENT_DESCENT -> new Optimizer() {
                    @Override
                    double[] update(double[] theta, double[] g, double lr) {
                        double[] out = new double[theta.length];
                        for (int i = 0; i < theta.length; i++) {
                            out[i] = theta[i] - lr * g[i];
                        }
                        return out;
                    }
                };
                case MOMENTUM -> new Momentum(0.9);
                case ADAM -> new Adam(0.9, 0.999, 1e-7);
            };
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** New parameters after one step with learning rate η = {@code lr}. */
    public final Parameters step(Parameters params, Parameters grads, double lr) {
        if (params.size() != grads.size()) {
            throw new IllegalArgumentException("gradient has " + grads.size() + " values for " + params.size() + " parameters");
        }
        double[] next = update(params.raw(), grads.raw(), lr);
        return new Parameters(params.inputs(), params.hidden(), params.classes(), next);
    }

    abstract double[] update(double[] theta, double[] g, double lr);

    private static final class Momentum extends Optimizer {
        private final double beta;
        private double[] v;

        Momentum(double beta) {
            this.beta = beta;
        }

        @Override
        double[] update(double[] theta, double[] g, double lr) {
            if (v == null || v.length != theta.length) {
                v = new double[theta.length];
            }
            double[] out = new double[theta.length];
            for (int i = 0; i < theta.length; i++) {
                v[i] = beta * v[i] - lr * g[i];
                out[i] = theta[i] + v[i];
            }
            return out;
        }
    }

    private static final class Adam extends Optimizer {
        private final double beta1;
        private final double beta2;
        private final double eps;
        private double[] m;
        private double[] s;
        private int t;

        Adam(double beta1, double beta2, double eps) {
            this.beta1 = beta1;
            this.beta2 = beta2;
            this.eps = eps;
        }

        @Override
        double[] update(double[] theta, double[] g, double lr) {
            if (m == null || m.length != theta.length) {
                m = new double[theta.length];
                s = new double[theta.length];
                t = 0;
            }
            t++;
            double c1 = 1 - Math.pow(beta1, t);
            double c2 = 1 - Math.pow(beta2, t);
            double[] out = new double[theta.length];
            for (int i = 0; i < theta.length; i++) {
                m[i] = beta1 * m[i] + (1 - beta1) * g[i];
                s[i] = beta2 * s[i] + (1 - beta2) * g[i] * g[i];
                out[i] = theta[i] - lr * (m[i] / c1) / (Math.sqrt(s[i] / c2) + eps);
            }
            return out;
        }
    }
}
