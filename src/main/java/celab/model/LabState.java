package celab.model;

import java.util.List;

/**
 * Every value a learner can change, as one immutable value: what undo steps back to, what a
 * scenario file holds and what is saved on exit. Plain records only, so that it can be written
 * as JSON and compared with equals.
 */
public record LabState(Settings settings, ExplorerModel.State explorer, ComparisonModel.State comparison,
                       Batch batch, Logits logits, InformationModel.State information) {

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
                logits != null ? logits : defaults.logits(),
                information != null ? information : defaults.information());
    }

    /**
     * The settings every screen shares.
     *
     * @param logBase "E" (nats) or "TWO" (bits); null in files saved before the unit existed, read as nats
     */
    public record Settings(double epsilon, boolean clipping, String precision, List<String> classNames,
                           String logBase) {
        public Settings {
            classNames = List.copyOf(classNames);
        }
    }
}
