package celab.core.net;

/**
 * What the spiral screen draws at one moment of training; immutable, so a background thread can
 * publish it and the UI thread can read it without locks.
 *
 * @param sampleLosses each point's own loss −log ŷ_true (in nats), in the order of the data; their
 *                     mean is {@code loss}. Not to be modified.
 * @param grid the decision regions for this network, or null when not computed yet
 */
public record TrainingSnapshot(SpiralData data, Network network, int epoch, double loss, double accuracy,
                               History history, double[] sampleLosses, DecisionGrid grid) {

    /** The same snapshot with its decision regions computed. */
    public TrainingSnapshot withGrid(DecisionGrid g) {
        return new TrainingSnapshot(data, network, epoch, loss, accuracy, history, sampleLosses, g);
    }
}
