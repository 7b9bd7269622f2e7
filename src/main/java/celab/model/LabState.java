package celab.model;

import java.util.List;

/**
 * Every value a learner can change, as one immutable value: what undo steps back to, what a
 * scenario file holds and what is saved on exit. Plain records only, so that it can be written
 * as JSON and compared with equals.
 */
public record LabState(Settings settings, ExplorerModel.State explorer, ComparisonModel.State comparison) {

    /**
     * This state with every missing part (null, e.g. left out of a scenario file that only sets
     * one screen) taken from {@code defaults}.
     */
    public LabState withDefaults(LabState defaults) {
        return new LabState(
                settings != null ? settings : defaults.settings(),
                explorer != null ? explorer : defaults.explorer(),
                comparison != null ? comparison : defaults.comparison());
    }

    /** The settings every screen shares. */
    public record Settings(double epsilon, boolean clipping, String precision, List<String> classNames) {
        public Settings {
            classNames = List.copyOf(classNames);
        }
    }
}
