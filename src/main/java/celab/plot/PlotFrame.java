package celab.plot;

/**
 * Maps data to pixels inside a plot's margins: x in [x0, x1], y in [y0, y1], either axis linear
 * or logarithmic (base 10).
 */
public record PlotFrame(double left, double top, double width, double height,
                        double x0, double x1, double y0, double y1, boolean logX) {

    public double px(double x) {
        double t = logX ? (Math.log10(x) - Math.log10(x0)) / (Math.log10(x1) - Math.log10(x0))
                        : (x - x0) / (x1 - x0);
        return left + t * width;
    }

    public double py(double y) {
        return top + height - (y - y0) / (y1 - y0) * height;
    }

    /** The data x under a pixel column. */
    public double xAt(double px) {
        double t = (px - left) / width;
        return logX ? Math.pow(10, Math.log10(x0) + t * (Math.log10(x1) - Math.log10(x0)))
                    : x0 + t * (x1 - x0);
    }

    public double right() {
        return left + width;
    }

    public double bottom() {
        return top + height;
    }

    public boolean containsY(double y) {
        return y >= y0 && y <= y1;
    }
}
