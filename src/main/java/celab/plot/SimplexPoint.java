package celab.plot;

import celab.core.Distribution;

/**
 * A prediction of 3 classes to draw in the probability triangle.
 *
 * @param row        the prediction (p0, p1, p2)
 * @param loss       the loss the core computed for it (its contour)
 * @param label      a short name ("A", "B")
 * @param shape      how it is drawn, so points differ by more than colour
 * @param colorIndex which palette colour, as in {@link CurveMark}: 0 = text, 1 = alternate, 2 = truth (amber)
 */
public record SimplexPoint(Distribution row, double loss, String label, CurveMark.Shape shape, int colorIndex) {
}
