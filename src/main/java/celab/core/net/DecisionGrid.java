package celab.core.net;

/**
 * The predicted class at each cell centre of a square grid over [−extent, extent]²: the network's
 * decision regions at low resolution, ready to be painted and scaled up.
 *
 * @param size   cells per side
 * @param extent half the side of the square, in data units
 */
public record DecisionGrid(int size, double extent, int[] classes) {

    /** Evaluates the network at size × size cell centres; row 0 is the top (largest y). */
    public static DecisionGrid of(Network net, int size, double extent) {
        int[] out = new int[size * size];
        double cell = 2 * extent / size;
        double[] scratch = new double[net.hidden()];
        for (int r = 0; r < size; r++) {
            double y = extent - (r + 0.5) * cell;
            for (int c = 0; c < size; c++) {
                double x = -extent + (c + 0.5) * cell;
                out[r * size + c] = net.predict(x, y, scratch);
            }
        }
        return new DecisionGrid(size, extent, out);
    }

    /** The predicted class of cell (row, col); row 0 is the top. */
    public int classAt(int row, int col) {
        return classes[row * size + col];
    }
}
