package celab.io.lesson;

import java.util.List;
import java.util.Optional;

/**
 * The catalogue of goals a lesson step can set. The app checks each one by itself against the
 * lab's values; a file names a goal by its {@link #id()} and gives its parameters. Everything
 * here is plain data, so the command-line checker and the app read the same catalogue.
 */
public enum GoalKind {
    LOSS_BELOW("loss-below", "the loss of a prediction is below a value",
            Param.choice("of", "explorer", "A", "B", "batch", "logits"), Param.number("value", 0, 1e6)),
    LOSS_ABOVE("loss-above", "the loss of a prediction is above a value",
            Param.choice("of", "explorer", "A", "B", "batch", "logits"), Param.number("value", 0, 1e6)),
    LOSS_FINITE("loss-finite", "the loss is a finite number (not ∞ or NaN)",
            Param.choice("of", "explorer", "A", "B", "batch", "logits")),
    PREDICTED_CLASS("predicted-class", "the predicted class (the biggest bar) is k",
            Param.choice("of", "explorer", "A", "B"), Param.integer("class", 0, 9)),
    TRUE_CLASS("true-class", "the true class is k",
            Param.choice("of", "explorer", "comparison"), Param.integer("class", 0, 9)),
    P_TRUE_IN_RANGE("p-true-in-range", "the probability of the true class is in [min, max]",
            Param.choice("of", "explorer", "A", "B"), Param.number("min", 0, 1), Param.number("max", 0, 1)),
    BATCH_MEAN_BELOW("batch-mean-below", "the batch screen's mean loss is below a value",
            Param.number("value", 0, 1e6)),
    BATCH_MEAN_ABOVE("batch-mean-above", "the batch screen's mean loss is above a value",
            Param.number("value", 0, 1e6)),
    BATCH_MEAN_INFINITE("batch-mean-infinite", "the batch screen's mean loss is ∞"),
    BATCH_ROW_UNCHANGED("batch-row-unchanged", "row k of the batch still holds the step's prepared values",
            Param.integer("row", 0, 99)),
    TARGET_FORM("target-form", "the batch screen shows its targets as indices or one-hot rows",
            Param.choice("form", "indices", "one-hot")),
    ACCURACY_EQUALS("accuracy-equals", "the accuracy (share of right predictions) equals a value",
            Param.choice("of", "explorer", "comparison", "batch", "logits"), Param.number("value", 0, 1)),
    WRONG_BEATS_RIGHT("wrong-beats-right", "on Accuracy vs loss, a wrong prediction has a lower loss than a right one"),
    CLIPPING("clipping", "clipping is on or off", Param.bool("on")),
    EPSILON_IN_RANGE("epsilon-in-range", "clipping is on and ε is in [min, max]",
            Param.number("min", 0, 0.5), Param.number("max", 0, 0.5)),
    CAP_IN_RANGE("cap-in-range", "clipping is on and the cap −log ε is in [min, max]",
            Param.number("min", 0, 1e6), Param.number("max", 0, 1e6)),
    LOGIT_ABOVE("logit-above", "the largest logit on the logits screen is above a value",
            Param.number("value", -1000, 1000)),
    LOG_BASE("log-base", "losses are shown in nats (log base e) or bits (log base 2)",
            Param.choice("unit", "nats", "bits")),
    KL_BELOW("kl-below", "on the Information screen, KL(y‖ŷ) is below a value (in nats)",
            Param.number("value", 0, 1e6)),
    SMOOTHING_IN_RANGE("smoothing-in-range", "on the Information screen, the label smoothing α is in [min, max]",
            Param.number("min", 0, 1), Param.number("max", 0, 1)),
    TRAINING_LOSS_BELOW("training-loss-below", "the Training screen's loss has fallen below a value",
            Param.number("value", 0, 1e6));

    /** A value type of a goal's parameter. */
    public enum Type { NUMBER, INTEGER, CHOICE, BOOLEAN }

    /**
     * One parameter: its name in the file, its type, the range of a number (inclusive) and the
     * words a choice may take.
     */
    public record Param(String name, Type type, double min, double max, List<String> choices) {
        public Param {
            choices = List.copyOf(choices);
        }

        static Param number(String name, double min, double max) {
            return new Param(name, Type.NUMBER, min, max, List.of());
        }

        static Param integer(String name, int min, int max) {
            return new Param(name, Type.INTEGER, min, max, List.of());
        }

        static Param choice(String name, String... words) {
            return new Param(name, Type.CHOICE, 0, 0, List.of(words));
        }

        static Param bool(String name) {
            return new Param(name, Type.BOOLEAN, 0, 0, List.of());
        }
    }

    private final String id;
    private final String description;
    private final List<Param> params;

    GoalKind(String id, String description, Param... params) {
        this.id = id;
        this.description = description;
        this.params = List.of(params);
    }

    /** The name used in lesson files, e.g. {@code loss-below}. */
    public String id() {
        return id;
    }

    /** What the goal asks, in a few words. */
    public String description() {
        return description;
    }

    public List<Param> params() {
        return params;
    }

    public static Optional<GoalKind> byId(String id) {
        for (GoalKind k : values()) {
            if (k.id.equals(id)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** Every id, for messages. */
    public static String ids() {
        return String.join(", ", java.util.Arrays.stream(values()).map(GoalKind::id).toList());
    }
}
