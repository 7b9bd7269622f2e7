package celab.model;

import celab.core.LossResult;
import celab.core.Matrix;
import celab.core.Precision;
import celab.core.SoftmaxSteps;

/**
 * Everything the logits screen shows, computed once by the core whenever an input changes: the
 * batch's result (one row, or the PyTorch example's four), and for the selected row its softmax,
 * both paths to the loss, and the gradient beside its finite-difference check. Immutable.
 *
 * @param logits         N × C logits (one row unless an example is loaded)
 * @param targets        the target class of each row
 * @param selected       the row being edited
 * @param batch          the core's result for all rows, through log-softmax (no clipping)
 * @param probabilities  stable softmax of the selected row, in the lab's precision
 * @param stable         the stable path's steps for the selected row
 * @param naive          the naive path's steps for the selected row
 * @param gradient       ∂L/∂z = softmax(z) − y for the selected row (float64)
 * @param finiteDifference (L(z + h·e_j) − L(z − h·e_j)) / 2h for each j (float64, h = {@link LogitsModel#FD_STEP})
 */
public record LogitsState(Matrix logits, int[] targets, int selected, LossResult batch, double[] probabilities,
                          SoftmaxSteps.Stable stable, SoftmaxSteps.Naive naive, double[] gradient,
                          double[] finiteDifference) {

    public LogitsState {
        targets = targets.clone();
        probabilities = probabilities.clone();
        gradient = gradient.clone();
        finiteDifference = finiteDifference.clone();
    }

    public int classes() {
        return logits.cols();
    }

    public int rows() {
        return logits.rows();
    }

    /** The selected row's logits. */
    public double[] z() {
        return logits.row(selected);
    }

    public double logit(int j) {
        return logits.get(selected, j);
    }

    /** The selected row's target class. */
    public int target() {
        return targets[selected];
    }

    @Override
    public int[] targets() {
        return targets.clone();
    }

    @Override
    public double[] probabilities() {
        return probabilities.clone();
    }

    public double probability(int j) {
        return probabilities[j];
    }

    @Override
    public double[] gradient() {
        return gradient.clone();
    }

    public double gradient(int j) {
        return gradient[j];
    }

    @Override
    public double[] finiteDifference() {
        return finiteDifference.clone();
    }

    public double finiteDifference(int j) {
        return finiteDifference[j];
    }

    /** The selected row's loss, as the core computed it through log-softmax. */
    public double loss() {
        return batch.loss(selected);
    }

    public Precision precision() {
        return batch.precision();
    }
}
