package celab.io;

import celab.core.Matrix;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes a classifier's outputs the way {@code loss} and the "Your data" screen read them:
 * headerless CSV, one sample per line; predictions as full-precision doubles (they read back
 * bit for bit), targets as one class index per line. Both files are written atomically.
 */
public final class PredictionCsv {

    private PredictionCsv() {
    }

    public static String predictions(Matrix values) {
        StringBuilder sb = new StringBuilder(values.rows() * values.cols() * 22);
        for (int i = 0; i < values.rows(); i++) {
            for (int j = 0; j < values.cols(); j++) {
                if (j > 0) {
                    sb.append(',');
                }
                sb.append(values.get(i, j));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    public static String targets(int[] classes) {
        StringBuilder sb = new StringBuilder(classes.length * 3);
        for (int c : classes) {
            sb.append(c).append('\n');
        }
        return sb.toString();
    }

    /** Writes both files; the rows of {@code values} and the entries of {@code classes} match. */
    public static void write(Path predictionsFile, Path targetsFile, Matrix values, int[] classes) throws IOException {
        if (values.rows() != classes.length) {
            throw new IllegalArgumentException(values.rows() + " prediction rows but " + classes.length + " targets");
        }
        AtomicFiles.write(predictionsFile, predictions(values));
        AtomicFiles.write(targetsFile, targets(classes));
    }
}
