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
                       SpiralModel.Settings training) {

    /** The parts older files have (no clipping screen, no training): the rest is taken from defaults. */
    public LabState(Settings settings, ExplorerModel.State explorer, ComparisonModel.State comparison,
                    Batch batch, Logits logits) {
        this(settings, explorer, comparison, batch, null, logits, null);
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
                training != null ? training : defaults.training());
    }

    /** The settings every screen shares. */
    public record Settings(double epsilon, boolean clipping, String precision, List<String> classNames) {
        public Settings {
            classNames = List.copyOf(classNames);
        }
    }
}
