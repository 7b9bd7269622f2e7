package celab.core.net;

import java.util.Arrays;

/**
 * Loss and accuracy per epoch, kept to at most {@link #CAPACITY} points: when full, every second
 * point is dropped and from then on only every second epoch is recorded (and so on), so a run of
 * any length is a bounded, evenly spaced curve. Mutable, owned by one trainer; {@link #copy()}
 * gives the immutable view that is handed to the UI.
 */
public final class History {
    /** The most points kept. */
    public static final int CAPACITY = 2048;

    private int[] epochs = new int[CAPACITY];
    private double[] loss = new double[CAPACITY];
    private double[] accuracy = new double[CAPACITY];
    private int size;
    private int stride = 1;

    /** Records one epoch's values if the epoch falls on the current stride. */
    public void add(int epoch, double l, double acc) {
        if (epoch % stride != 0) {
            return;
        }
        if (size == CAPACITY) {
            int kept = 0;
            stride *= 2;
            for (int i = 0; i < size; i++) {
                if (epochs[i] % stride == 0) {
                    epochs[kept] = epochs[i];
                    loss[kept] = loss[i];
                    accuracy[kept] = accuracy[i];
                    kept++;
                }
            }
            size = kept;
            if (epoch % stride != 0) {
                return;
            }
        }
        epochs[size] = epoch;
        loss[size] = l;
        accuracy[size] = acc;
        size++;
    }

    public int size() {
        return size;
    }

    public int epoch(int i) {
        return epochs[i];
    }

    public double loss(int i) {
        return loss[i];
    }

    public double accuracy(int i) {
        return accuracy[i];
    }

    /** An independent copy, safe to hand to another thread. */
    public History copy() {
        History h = new History();
        h.epochs = Arrays.copyOf(epochs, CAPACITY);
        h.loss = Arrays.copyOf(loss, CAPACITY);
        h.accuracy = Arrays.copyOf(accuracy, CAPACITY);
        h.size = size;
        h.stride = stride;
        return h;
    }
}
