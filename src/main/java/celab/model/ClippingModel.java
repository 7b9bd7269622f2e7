package celab.model;

import celab.core.Clipping;
import celab.core.CrossEntropy;
import celab.core.Distribution;
import celab.core.LossResult;
import celab.core.Matrix;
import celab.core.Precision;
import celab.core.Targets;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The clipping screen: what ε, clipping on/off and float32/float64 do at the two edges of the
 * loss. It writes the lab's SHARED clipping and precision and keeps one core result per scenario,
 * recomputed whenever either changes:
 * <ul>
 *   <li>p(true) = 0: +∞ without clipping, the cap −log ε with it;</li>
 *   <li>p(true) = 1: 0 without clipping, the floor −log(1 − ε) with it;</li>
 *   <li>p(true) = 1 + 1e-9 (rounding noise a softmax can produce): a negative loss without clipping;</li>
 *   <li>the seeds' batch, and the same batch with one true-class probability set to 0;</li>
 *   <li>p(true) = 1 clipped at ε in float64 and in float32: how each format stores 1 − ε.</li>
 * </ul>
 */
public final class ClippingModel implements ScreenModel<ClippingModel.State> {

    /** The ε slider's range. */
    public static final double MIN_EPSILON = 1e-15;
    public static final double MAX_EPSILON = 1e-1;

    /** A probability just above 1, as floating-point rounding in a softmax can give. */
    public static final double ABOVE_ONE = 1 + 1e-9;

    /** The seeds' batch: dog/cat/human predictions for three samples with targets [0, 1, 1]. */
    public static final double[][] SEED_BATCH = {{0.7, 0.1, 0.2}, {0.1, 0.5, 0.4}, {0.02, 0.9, 0.08}};
    public static final int[] SEED_TARGETS = {0, 1, 1};

    private final Lab lab;

    // Properties
    private final IntegerProperty poisonedSample = new SimpleIntegerProperty(this, "poisonedSample", 0);
    private final ReadOnlyObjectWrapper<LossResult> zero = new ReadOnlyObjectWrapper<>(this, "zero");
    private final ReadOnlyObjectWrapper<LossResult> one = new ReadOnlyObjectWrapper<>(this, "one");
    private final ReadOnlyObjectWrapper<LossResult> aboveOne = new ReadOnlyObjectWrapper<>(this, "aboveOne");
    private final ReadOnlyObjectWrapper<LossResult> batch = new ReadOnlyObjectWrapper<>(this, "batch");
    private final ReadOnlyObjectWrapper<LossResult> poisoned = new ReadOnlyObjectWrapper<>(this, "poisoned");
    private final ReadOnlyObjectWrapper<LossResult> edge64 = new ReadOnlyObjectWrapper<>(this, "edge64");
    private final ReadOnlyObjectWrapper<LossResult> edge32 = new ReadOnlyObjectWrapper<>(this, "edge32");

    ClippingModel(Lab lab) {
        this.lab = lab;
        lab.clippingProperty().addListener((o, was, now) -> recompute());
        lab.precisionProperty().addListener((o, was, now) -> recompute());
        poisonedSample.addListener((o, was, now) -> recompute());
        recompute();
    }

    /** Which sample of the seeds' batch has its true-class probability set to 0 (0, 1 or 2). */
    public ReadOnlyIntegerProperty poisonedSampleProperty() {
        return poisonedSample;
    }

    /** One sample whose true class got probability 0: loss ∞ unclipped, the cap clipped. */
    public ReadOnlyObjectProperty<LossResult> zeroProperty() {
        return zero.getReadOnlyProperty();
    }

    /** One sample whose true class got probability 1: loss 0 unclipped, the floor clipped. */
    public ReadOnlyObjectProperty<LossResult> oneProperty() {
        return one.getReadOnlyProperty();
    }

    /** One sample with p(true) = 1 + 1e-9: a negative loss unclipped. */
    public ReadOnlyObjectProperty<LossResult> aboveOneProperty() {
        return aboveOne.getReadOnlyProperty();
    }

    /** The seeds' batch as given (mean 0.38506088). */
    public ReadOnlyObjectProperty<LossResult> batchProperty() {
        return batch.getReadOnlyProperty();
    }

    /** The seeds' batch with one true-class probability set to 0: mean ∞ unclipped. */
    public ReadOnlyObjectProperty<LossResult> poisonedProperty() {
        return poisoned.getReadOnlyProperty();
    }

    /** p(true) = 1 clipped at the current ε in float64: pTrueUsed is 1 − ε as a double holds it. */
    public ReadOnlyObjectProperty<LossResult> edge64Property() {
        return edge64.getReadOnlyProperty();
    }

    /** p(true) = 1 clipped at the current ε in float32: pTrueUsed is 1 − ε as a float holds it. */
    public ReadOnlyObjectProperty<LossResult> edge32Property() {
        return edge32.getReadOnlyProperty();
    }

    /** The clipped edge in a given precision. */
    public LossResult edge(Precision precision) {
        return precision == Precision.FLOAT32 ? edge32.get() : edge64.get();
    }

    /** The largest loss one sample can have now: −log ε with clipping (in the current precision), ∞ without. */
    public double cap() {
        return zero.get().loss(0);
    }

    /** The smallest loss one sample can have now: −log(1 − ε) with clipping, 0 without. */
    public double floor() {
        return one.get().loss(0);
    }

    public double epsilon() {
        return lab.getClipping().epsilon();
    }

    // Commands

    /** Sets ε; it must lie in [1e-15, 0.1]. Clipping on/off stays as it is. */
    public void setEpsilon(double eps) {
        if (!(eps >= MIN_EPSILON && eps <= MAX_EPSILON)) {
            throw new IllegalArgumentException("epsilon must be in [1e-15, 0.1], got " + eps);
        }
        lab.clippingProperty().set(lab.getClipping().withEpsilon(eps));
    }

    /**
     * Sets ε = 10^exponent rounded to 3 significant digits, so that the ε a slider shows is the ε
     * used (10^−6.534 becomes 2.92e-7; whole exponents give exact powers of ten).
     */
    public void setEpsilonExponent(double exponent) {
        double e = Math.max(Math.log10(MIN_EPSILON), Math.min(Math.log10(MAX_EPSILON), exponent));
        double eps = new BigDecimal(Math.pow(10, e)).round(new MathContext(3, RoundingMode.HALF_EVEN)).doubleValue();
        setEpsilon(Math.max(MIN_EPSILON, Math.min(MAX_EPSILON, eps)));
    }

    public void setClippingEnabled(boolean on) {
        lab.clippingProperty().set(lab.getClipping().withEnabled(on));
    }

    public void setPrecision(Precision precision) {
        lab.precisionProperty().set(precision);
    }

    public void setPoisonedSample(int sample) {
        if (sample < 0 || sample >= SEED_BATCH.length) {
            throw new IllegalArgumentException("sample " + sample + " is out of range [0, " + SEED_BATCH.length + ")");
        }
        poisonedSample.set(sample);
    }

    /**
     * The screen's own value: which sample of the seeds' batch is poisoned. ε, clipping and the
     * precision it shows and sets are shared settings, kept by the lab.
     */
    public record State(int poisonedSample) {
    }

    /** This screen's own state back to the start; the shared ε, clipping and precision stay. */
    @Override
    public void reset() {
        poisonedSample.set(0);
    }

    @Override
    public State snapshot() {
        return new State(poisonedSample.get());
    }

    @Override
    public void restore(State s) {
        if (s.poisonedSample() < 0 || s.poisonedSample() >= SEED_BATCH.length) {
            throw new IllegalArgumentException("clipping: poisoned sample " + s.poisonedSample()
                    + " is out of range [0, " + SEED_BATCH.length + ")");
        }
        poisonedSample.set(s.poisonedSample());
    }

    private void recompute() {
        Clipping clip = lab.getClipping();
        Precision precision = lab.getPrecision();
        zero.set(single(0.0, clip, precision));
        one.set(single(1.0, clip, precision));
        aboveOne.set(single(ABOVE_ONE, clip, precision));
        Targets targets = new Targets.Indices(SEED_TARGETS.clone());
        batch.set(CrossEntropy.evaluate(Matrix.of(SEED_BATCH), targets, clip, precision));
        poisoned.set(CrossEntropy.evaluate(poisonedBatch(poisonedSample.get()), targets, clip, precision));
        Clipping on = clip.withEnabled(true);
        edge64.set(single(1.0, on, Precision.FLOAT64));
        edge32.set(single(1.0, on, Precision.FLOAT32));
    }

    /** The seeds' batch with sample i's true class moved to 0; its other classes take up the rest. */
    static Matrix poisonedBatch(int sample) {
        double[][] rows = new double[SEED_BATCH.length][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = i == sample
                    ? Distribution.of(SEED_BATCH[i]).with(SEED_TARGETS[i], 0.0).toArray()
                    : SEED_BATCH[i].clone();
        }
        return Matrix.of(rows);
    }

    /** One sample over three classes whose true class (0) has probability p, the rest shared. */
    private static LossResult single(double p, Clipping clip, Precision precision) {
        double rest = Math.max(0, 1 - p) / 2;
        Matrix m = Matrix.of(new double[] {p, rest, rest});
        return CrossEntropy.evaluate(m, new Targets.Indices(new int[] {0}), clip, precision);
    }
}
