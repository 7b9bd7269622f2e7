package celab.cli.bench;

import celab.core.Clipping;
import celab.core.CrossEntropy;
import celab.core.Matrix;
import celab.core.Targets;
import java.util.List;

/**
 * The core's hot paths, each the same work as the seeds' NumPy code: clip, pick the true class's
 * probability (indexing or one-hot multiply-and-sum), −log, mean. Inputs are not validated inside
 * the timed run, as NumPy does not validate either.
 */
public final class CoreMeasures {

    private CoreMeasures() {
    }

    /** Every core measure, in the order bench prints them. */
    public static List<Measure> all() {
        return List.of(probabilitiesIndex(), probabilitiesOneHot(), logitsIndex());
    }

    /** mean(−log(clip(p)[range(N), t])). */
    public static Measure probabilitiesIndex() {
        return Measure.timed("core.probabilities.index", (n, classes) -> {
            Matrix p = SyntheticBatch.probabilities(n, classes);
            Targets t = new Targets.Indices(SyntheticBatch.classes(n, classes));
            return new Workload(n, classes,
                    () -> CrossEntropy.mean(CrossEntropy.perSample(p, t, Clipping.DEFAULT)));
        });
    }

    /** mean(−log(Σ_j clip(p)·y)) with one-hot rows y. */
    public static Measure probabilitiesOneHot() {
        return Measure.timed("core.probabilities.onehot", (n, classes) -> {
            Matrix p = SyntheticBatch.probabilities(n, classes);
            Targets y = new Targets.Indices(SyntheticBatch.classes(n, classes)).toOneHot(classes);
            return new Workload(n, classes,
                    () -> CrossEntropy.mean(CrossEntropy.perSample(p, y, Clipping.DEFAULT)));
        });
    }

    /** mean(logsumexp(z) − z[range(N), t]) through the stable log-softmax, as F.cross_entropy. */
    public static Measure logitsIndex() {
        return Measure.timed("core.logits.index", (n, classes) -> {
            Matrix z = SyntheticBatch.logits(n, classes);
            Targets t = new Targets.Indices(SyntheticBatch.classes(n, classes));
            return new Workload(n, classes,
                    () -> CrossEntropy.mean(CrossEntropy.perSampleFromLogits(z, t)));
        });
    }
}
