package celab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class InformationTest {

    private static final double[] Y = {0.7, 0.2, 0.1};
    private static final double[] Q = {0.5, 0.3, 0.2};

    /** NumPy: H = −Σ y ln y, H(y, ŷ) = −Σ y ln ŷ; torch.nn.functional.kl_div(ŷ.log(), y, reduction="sum"). */
    @Test
    void matchesNumPyAndPyTorch() {
        assertEquals(0.8018185525433372, Information.entropy(Y, LogBase.E), 1e-15);
        assertEquals(0.886941378500559, Information.crossEntropy(Y, Q, LogBase.E), 1e-15);
        assertEquals(0.08512282595722162, Information.kl(Y, Q, LogBase.E), 1e-15);
        assertEquals(1.1567796494470395, Information.entropy(Y, LogBase.TWO), 1e-15);
    }

    @Test
    void oneHotHasNoEntropyAndItsCrossEntropyIsMinusLogPTrue() {
        double[] y = {0, 1, 0};
        assertEquals(0.0, Information.entropy(y, LogBase.E));
        assertEquals(-Math.log(0.3), Information.crossEntropy(y, Q, LogBase.E), 1e-15);
        assertEquals(CrossEntropy.loss(Q, 1, Clipping.DEFAULT), Information.crossEntropy(y, Q, LogBase.E), 1e-15);
    }

    /** A fair coin is one bit; a uniform guess over C classes costs ln C nats = log₂ C bits. */
    @Test
    void knownValuesInBits() {
        assertEquals(1.0, Information.entropy(new double[] {0.5, 0.5}, LogBase.TWO), 1e-15);
        assertEquals(3.0, Information.crossEntropy(new double[] {1, 0, 0, 0, 0, 0, 0, 0},
                Distribution.uniform(8).toArray(), LogBase.TWO), 1e-14);
        assertEquals(1.0, Information.surprisal(0.5, LogBase.TWO), 1e-15);
    }

    /** Label smoothing with α = 0.1 over 3 classes: the loss bottoms out at H(y) = 0.2911 nats (NumPy). */
    @Test
    void smoothedTargetsHaveAFloorAboveZero() {
        double[] y = LabelSmoothing.row(0, 3, 0.1);
        assertEquals(0.29113983883196504, Information.entropy(y, LogBase.E), 1e-15);
        assertEquals(Information.entropy(y, LogBase.E), Information.crossEntropy(y, y, LogBase.E), 1e-15);
        assertEquals(0.0, Information.kl(y, y, LogBase.E));
    }

    @Test
    void aMissedOutcomeCostsInfinitelyManyBitsAndTheIdentityStillHolds() {
        Information.Breakdown b = Information.breakdown(new double[] {0.5, 0.5}, new double[] {1, 0}, LogBase.TWO);
        assertEquals(Double.POSITIVE_INFINITY, b.crossEntropy());
        assertEquals(Double.POSITIVE_INFINITY, b.kl());
        assertEquals(1.0, b.entropy(), 1e-15);
        assertTrue(b.identityHolds());
        // a class the target never takes costs nothing, even when ŷ gives it 0
        assertEquals(0.0, Information.crossEntropy(new double[] {1, 0}, new double[] {1, 0}, LogBase.E));
    }

    @Property
    void entropyPlusKlIsCrossEntropy(@ForAll("pairs") Pair s) {
        for (LogBase base : LogBase.values()) {
            double h = Information.entropy(s.y, base);
            double kl = Information.kl(s.y, s.q, base);
            double ce = Information.crossEntropy(s.y, s.q, base);
            assertTrue(Generators.close(h + kl, ce, 1e-12, 1e-12), s + " " + base + ": " + h + " + " + kl + " ≠ " + ce);
            assertTrue(Information.breakdown(s.y, s.q, base).identityHolds(), s.toString());
        }
    }

    @Property
    void bitsAreNatsOverLn2(@ForAll("pairs") Pair s) {
        assertTrue(Generators.close(Information.crossEntropy(s.y, s.q, LogBase.TWO),
                Information.crossEntropy(s.y, s.q, LogBase.E) / Math.log(2), 1e-13, 1e-13), s.toString());
        assertTrue(Generators.close(Information.entropy(s.y, LogBase.TWO),
                Information.entropy(s.y, LogBase.E) / Math.log(2), 1e-13, 1e-13), s.toString());
        assertTrue(Generators.close(Information.kl(s.y, s.q, LogBase.TWO),
                Information.kl(s.y, s.q, LogBase.E) / Math.log(2), 1e-13, 1e-12), s.toString());
    }

    /**
     * Gibbs' inequality, with Pinsker's bound to make "only at ŷ = y" measurable:
     * KL ≥ 2·TV² where TV = ½·Σ|y − ŷ|, so KL is 0 exactly when the rows agree and grows as they part.
     */
    @Property
    void klIsNonNegativeAndZeroOnlyWhenTheRowsAgree(@ForAll("pairs") Pair s) {
        double kl = Information.kl(s.y, s.q, LogBase.E);
        double tv = 0;
        for (int j = 0; j < s.y.length; j++) {
            tv += Math.abs(s.y[j] - s.q[j]) / 2;
        }
        assertTrue(kl >= 2 * tv * tv - 1e-12, s + ": KL " + kl + " below Pinsker's bound " + 2 * tv * tv);
        assertEquals(0.0, Information.kl(s.y, s.y, LogBase.E), s.toString());
        assertEquals(0.0, Information.kl(s.y, s.y, LogBase.TWO), s.toString());
    }

    @Property
    void crossEntropyNeverGoesBelowEntropy(@ForAll("pairs") Pair s) {
        assertTrue(Information.crossEntropy(s.y, s.q, LogBase.E) >= Information.entropy(s.y, LogBase.E) - 1e-12,
                s.toString());
    }

    record Pair(double[] y, double[] q) {
        @Override
        public String toString() {
            return "y=" + java.util.Arrays.toString(y) + " ŷ=" + java.util.Arrays.toString(q);
        }
    }

    @Provide
    Arbitrary<Pair> pairs() {
        return Generators.classes().flatMap(c -> Combinators.combine(Generators.labels(c),
                Generators.distribution(c, 1e-4)).as(Pair::new));
    }
}
