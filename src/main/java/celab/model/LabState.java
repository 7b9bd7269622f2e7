package celab.model;

import java.util.List;

/**
 * Every value a learner can change, as one immutable value, composed of the shared settings and
 * one record per screen ({@link ScreenModel#snapshot()}): what undo steps back to, what a
 * scenario file holds and what is saved on exit. Plain records only, so that it can be written
 * as JSON and compared with equals.
 */
public record LabState(Settings settings, ExplorerModel.State explorer, ComparisonModel.State comparison,
                       Batch batch, ClippingModel.State clippingScreen, Logits logits,
                       SpiralModel.Settings training, InformationModel.State information) {

    /** The parts older files have (no clipping screen, no training, no information): the rest is taken from defaults. */
    public LabState(Settings settings, ExplorerModel.State explorer, ComparisonModel.State comparison,
                    Batch batch, Logits logits) {
        this(settings, explorer, comparison, batch, null, logits, null, null);
    }

    /** The parts files have from before the information screen: it is taken from defaults. */
    public LabState(Settings settings, ExplorerModel.State explorer, ComparisonModel.State comparison,
                    Batch batch, ClippingModel.State clippingScreen, Logits logits, SpiralModel.Settings training) {
        this(settings, explorer, comparison, batch, clippingScreen, logits, training, null);
    }

    /** The batch screen: prediction rows, one target index per row, and how targets are shown. */
    public record Batch(List<List<Double>> rows, List<Integer> targets, String form) {
        public Batch {
            rows = rows == null ? null : rows.stream().map(List::copyOf).toList();
            targets = targets == null ? null : List.copyOf(targets);
        }
    }

    /** The logits screen: logit rows, targets, the row being edited, and whether it is the example. */
    public record Logits(List<List<Double>> logits, List<Integer> targets, int selected, boolean example) {
        public Logits {
            logits = logits == null ? null : logits.stream().map(List::copyOf).toList();
            targets = targets == null ? null : List.copyOf(targets);
        }
    }

    /**
     * This state with every missing part (null, e.g. left out of a scenario file that only sets
     * one screen) taken from {@code defaults}.
     */
    public LabState withDefaults(LabState defaults) {
        return new LabState(
                settings != null ? settings : defaults.settings(),
                explorer != null ? explorer : defaults.explorer(),
                comparison != null ? comparison : defaults.comparison(),
                batch != null ? batch : defaults.batch(),
                clippingScreen != null ? clippingScreen : defaults.clippingScreen(),
                logits != null ? logits : defaults.logits(),
                training != null ? training : defaults.training(),
                information != null ? information : defaults.information());
    }

    /**
     * Checks what the screens' own checks do not: shared settings and the explorer's row. A file
     * can say anything; the lab only takes what its controls could have produced.
     *
     * @throws IllegalArgumentException naming the part and the problem, in words
     */
    public void check() {
        if (settings == null) {
            throw new IllegalArgumentException("settings are missing");
        }
        settings.check();
        if (explorer != null) {
            checkRow("explorer: the prediction", explorer.prediction());
        }
        if (batch != null && batch.rows() != null) {
            // rows that do not sum to 1 are allowed here (computed as given, with a warning), values outside [0, 1] are not
            for (int i = 0; i < batch.rows().size(); i++) {
                for (Double v : batch.rows().get(i)) {
                    if (v == null || !(v >= 0 && v <= 1)) {
                        throw new IllegalArgumentException("batch: row " + (i + 1) + " has the value " + v
                                + ", not a probability in [0, 1]");
                    }
                }
            }
        }
        if (logits != null && logits.logits() != null) {
            for (int i = 0; i < logits.logits().size(); i++) {
                for (Double v : logits.logits().get(i)) {
                    if (v == null || !Double.isFinite(v)) {
                        throw new IllegalArgumentException("logits: row " + (i + 1) + " has the value " + v
                                + ", not a finite number");
                    }
                }
            }
        }
    }

    /** A probability row as the sliders keep it: values in [0, 1] that sum to 1. */
    private static void checkRow(String what, List<Double> row) {
        if (row == null) {
            throw new IllegalArgumentException(what + " is missing");
        }
        double sum = 0;
        for (Double v : row) {
            if (v == null || !(v >= 0 && v <= 1)) {
                throw new IllegalArgumentException(what + " has the value " + v + ", not a probability in [0, 1]");
            }
            sum += v;
        }
        if (!(Math.abs(sum - 1) <= ROW_SUM_TOLERANCE)) {
            throw new IllegalArgumentException(what + " sums to " + (float) sum + ", not 1");
        }
    }

    /** How far a saved row's sum may be from 1 (rounding in files written by hand or by numpy). */
    public static final double ROW_SUM_TOLERANCE = 1e-6;

    /**
     * The settings every screen shares.
     *
     * @param logBase "E" (nats) or "TWO" (bits); missing in files saved before the unit existed, read as "E"
     */
    public record Settings(double epsilon, boolean clipping, String precision, List<String> classNames,
                           String logBase) {

        /** The longest class name the name fields take (longer names break the screens' layout). */
        public static final int MAX_NAME_LENGTH = 24;

        public Settings {
            // nulls are kept (not thrown on) so that check() can say which value is missing
            classNames = classNames == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(classNames));
            logBase = logBase == null ? "E" : logBase; // files from before the unit existed are in nats
        }

        void check() {
            if (!(epsilon > 0 && epsilon < 0.5)) {
                throw new IllegalArgumentException("settings: epsilon " + epsilon + " is not in (0, 0.5)");
            }
            if (precision == null) {
                throw new IllegalArgumentException("settings: \"precision\" is missing");
            }
            if (java.util.Arrays.stream(celab.core.Precision.values()).noneMatch(p -> p.name().equals(precision))) {
                throw new IllegalArgumentException("settings: precision \"" + celab.core.SafeText.of(precision)
                        + "\" is not FLOAT64 or FLOAT32");
            }
            if (logBase != null && !logBase.equals("E") && !logBase.equals("TWO")) {
                throw new IllegalArgumentException("settings: log base \"" + celab.core.SafeText.of(logBase)
                        + "\" is not E (nats) or TWO (bits)");
            }
            if (classNames == null) {
                throw new IllegalArgumentException("settings: \"classNames\" is missing");
            }
            if (classNames.size() != Lab.MAX_CLASSES) {
                throw new IllegalArgumentException("settings: need " + Lab.MAX_CLASSES + " class names, found "
                        + classNames.size());
            }
            for (int k = 0; k < classNames.size(); k++) {
                String problem = nameProblem(classNames.get(k));
                if (problem != null) {
                    throw new IllegalArgumentException("settings: class name " + (k + 1) + " " + problem);
                }
            }
        }

        /**
         * What is wrong with a class name, or null if it is fine: it must have 1 to 24 visible
         * characters and no control characters, line breaks or bidi controls (which would break
         * a label or reorder the text around it).
         */
        public static String nameProblem(String name) {
            if (name == null || name.isBlank()) {
                return "is empty";
            }
            if (name.length() > MAX_NAME_LENGTH) {
                return "is longer than " + MAX_NAME_LENGTH + " characters";
            }
            if (celab.core.SafeText.hasUnsafe(name)) {
                return "\"" + celab.core.SafeText.of(name) + "\" has a control character or a line break";
            }
            return null;
        }

        /** Settings without a unit (as older files have them): nats. */
        public Settings(double epsilon, boolean clipping, String precision, List<String> classNames) {
            this(epsilon, clipping, precision, classNames, null);
        }
    }
}
