package celab.plot;

/**
 * A point to mark on the −log(p) curve.
 *
 * @param p      the probability of the true class, on the x axis
 * @param loss   the loss the core computed for it, on the y axis (may be ∞)
 * @param label  a short name shown beside the point ("A", "you", "sample 2")
 * @param shape  how it is drawn, so marks differ by more than colour
 * @param colorIndex which palette colour: 0 = curve colour, 1 = alternate, 2 = truth (amber)
 */
public record CurveMark(double p, double loss, String label, Shape shape, int colorIndex) {

    /** Point shapes; each mark of a plot gets its own. */
    public enum Shape { CIRCLE, SQUARE, DIAMOND, TRIANGLE }
}
