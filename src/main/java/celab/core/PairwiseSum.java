package celab.core;

/**
 * A running sum with the accuracy of pairwise summation (as NumPy sums) in memory that does not
 * grow with the number of terms. Terms are added in blocks of {@value #BLOCK} with a plain loop
 * (so up to {@value #BLOCK} terms give exactly what a plain loop in order gives, and the seeds'
 * three losses sum to what NumPy prints); full blocks are combined like a binary counter, two
 * equal-sized partial sums at a time, so the rounding error grows with log N rather than N. At
 * most 64 partial sums are ever held.
 */
public final class PairwiseSum {

    /** Terms summed by a plain loop before a block is combined pairwise. */
    public static final int BLOCK = 128;

    private final double[] levels = new double[64];
    private long fullBlocks;
    private double block;
    private int inBlock;

    /** Adds {@code x}. */
    public void add(double x) {
        block += x;
        if (++inBlock == BLOCK) {
            double carry = block;
            long n = fullBlocks;
            int level = 0;
            while ((n & 1) == 1) {
                carry = levels[level] + carry;
                n >>>= 1;
                level++;
            }
            levels[level] = carry;
            fullBlocks++;
            block = 0;
            inBlock = 0;
        }
    }

    /** The sum so far: 0 before any term; one +∞ makes it +∞. */
    public double value() {
        if (fullBlocks == 0) {
            return block;
        }
        double s = 0;
        boolean first = true;
        for (int level = 0; level < 64; level++) {
            if ((fullBlocks >>> level & 1) == 1) {
                s = first ? levels[level] : levels[level] + s;
                first = false;
            }
        }
        return inBlock == 0 ? s : s + block;
    }
}
