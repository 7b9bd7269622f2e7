package celab.core.net;

import celab.core.LossResult;

/**
 * Full-batch training of a {@link Network} on a {@link SpiralData} set. Each epoch is one forward
 * pass over every point, backpropagation of the mean loss, and one optimizer step. Deterministic:
 * the same data, width, seed, optimizer and learning rates give the same numbers. Mutable and not
 * thread-safe: one thread owns a trainer and hands out {@link #snapshot()}s.
 */
public final class Trainer {
    private final SpiralData data;
    private final History history = new History();
    private Optimizer optimizer;
    private Optimizer.Kind kind;
    private double learningRate;
    private Network network;
    private Network.Pass pass;
    private LossResult result;
    private int epoch;

    public Trainer(SpiralData data, int hidden, long weightSeed, Optimizer.Kind kind, double learningRate) {
        this.data = data;
        this.kind = kind;
        this.optimizer = kind.create();
        this.learningRate = checkRate(learningRate);
        this.network = Network.initial(2, hidden, data.classes(), weightSeed);
        evaluate();
    }

    /** One epoch: gradients of the current network, one step, then the new network's loss. */
    public void step() {
        Parameters g = pass.gradients(data.labels());
        network = network.with(optimizer.step(network.parameters(), g, learningRate));
        epoch++;
        evaluate();
    }

    /** Runs {@code n} epochs. */
    public void steps(int n) {
        for (int i = 0; i < n; i++) {
            step();
        }
    }

    /** Changes η from the next step on; the network and optimizer state stay. */
    public void setLearningRate(double lr) {
        learningRate = checkRate(lr);
    }

    /** Switches optimizer from the next step on, starting its state afresh. */
    public void setOptimizer(Optimizer.Kind k) {
        if (k != kind) {
            kind = k;
            optimizer = k.create();
        }
    }

    public int epoch() {
        return epoch;
    }

    /** Mean cross-entropy of the current network on the whole data set. */
    public double loss() {
        return result.mean();
    }

    public double accuracy() {
        return result.accuracy();
    }

    public Network network() {
        return network;
    }

    public SpiralData data() {
        return data;
    }

    public double learningRate() {
        return learningRate;
    }

    public Optimizer.Kind optimizer() {
        return kind;
    }

    /** An immutable picture of the run so far; the decision grid is left for the caller. */
    public TrainingSnapshot snapshot() {
        return new TrainingSnapshot(data, network, epoch, loss(), accuracy(), history.copy(), result.perSample(), null);
    }

    private void evaluate() {
        pass = network.forward(data.points());
        result = pass.evaluate(data.labels());
        history.add(epoch, result.mean(), result.accuracy());
    }

    private static double checkRate(double lr) {
        if (!(lr > 0) || Double.isInfinite(lr)) {
            throw new IllegalArgumentException("learning rate must be a positive number, got " + lr);
        }
        return lr;
    }
}
