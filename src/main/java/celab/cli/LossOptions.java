package celab.cli;

import celab.core.Clipping;
import celab.core.LabelSmoothing;
import celab.core.LogBase;
import celab.core.Reduction;
import celab.io.NumberSyntax;
import java.util.Arrays;
import java.util.Locale;

/**
 * The options of {@code loss}: which files, whether they hold logits, how to clip, and the
 * options people know from PyTorch ({@code reduction}, {@code label_smoothing}, {@code weight})
 * plus the unit (nats or bits). Options may be written {@code --name value} or
 * {@code --name=value}. Numbers use one syntax everywhere ({@link NumberSyntax}): decimals, no
 * hex floats.
 *
 * @param predictions    the predictions file as typed (probabilities, or logits with --logits);
 *                       {@code -} for standard input
 * @param targets        the targets file as typed; {@code -} for standard input
 * @param logits         whether predictions are raw scores to go through log-softmax
 * @param clipping       ε and whether to clip at all (ignored with --logits: nothing to clip)
 * @param json           print one JSON object instead of the table
 * @param help           print the command's help and do nothing else
 * @param reduction      mean, sum or none as asked for, or null for the default output (per-sample
 *                       losses, mean and sum)
 * @param labelSmoothing α in [0, 1]; 0 when not given
 * @param classWeights   one weight per class, or null when not given
 * @param logBase        the unit, or null when not given (nats)
 */
public record LossOptions(String predictions, String targets, boolean logits, Clipping clipping,
                          boolean json, boolean help, Reduction reduction, double labelSmoothing,
                          double[] classWeights, LogBase logBase) {

    /** The options without PyTorch's extras (as before they existed). */
    public LossOptions(String predictions, String targets, boolean logits, Clipping clipping,
                       boolean json, boolean help) {
        this(predictions, targets, logits, clipping, json, help, null, 0, null, null);
    }

    /** nats unless --log-base said otherwise. */
    public LogBase base() {
        return logBase == null ? LogBase.E : logBase;
    }

    /** Parses the arguments after the word {@code loss}. */
    public static LossOptions parse(String[] args) throws UsageException {
        String predictions = null;
        String targets = null;
        String epsilon = null;
        String reduction = null;
        String smoothing = null;
        String weights = null;
        String base = null;
        boolean logits = false;
        boolean noClip = false;
        boolean json = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                return new LossOptions(null, null, false, Clipping.DEFAULT, false, true);
            }
            if (!arg.startsWith("--")) {
                throw new UsageException("unexpected argument '" + arg + "'");
            }
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg : arg.substring(0, eq);
            String inline = eq < 0 ? null : arg.substring(eq + 1);
            switch (name) {
                case "--predictions", "--targets", "--epsilon", "--reduction", "--label-smoothing",
                        "--class-weights", "--log-base" -> {
                    String value = inline;
                    if (value == null) {
                        if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                            throw new UsageException("option " + name + " needs a value");
                        }
                        value = args[++i];
                    }
                    if (value.isEmpty()) {
                        throw new UsageException("option " + name + " needs a value");
                    }
                    switch (name) {
                        case "--predictions" -> predictions = once(name, predictions, value);
                        case "--targets" -> targets = once(name, targets, value);
                        case "--epsilon" -> epsilon = once(name, epsilon, value);
                        case "--reduction" -> reduction = once(name, reduction, value);
                        case "--label-smoothing" -> smoothing = once(name, smoothing, value);
                        case "--class-weights" -> weights = once(name, weights, value);
                        default -> base = once(name, base, value);
                    }
                }
                case "--logits", "--no-clip", "--json" -> {
                    if (inline != null) {
                        throw new UsageException("option " + name + " takes no value");
                    }
                    logits |= name.equals("--logits");
                    noClip |= name.equals("--no-clip");
                    json |= name.equals("--json");
                }
                default -> throw new UsageException("unknown option '" + name + "'");
            }
        }
        if (predictions == null) {
            throw new UsageException("missing required option --predictions FILE");
        }
        if (targets == null) {
            throw new UsageException("missing required option --targets FILE");
        }
        if (predictions.equals("-") && targets.equals("-")) {
            throw new UsageException("only one of --predictions and --targets can be - (standard input)");
        }
        Clipping clipping = Clipping.of(epsilon == null ? Clipping.DEFAULT_EPSILON : parseEpsilon(epsilon));
        return new LossOptions(predictions, targets, logits, clipping.withEnabled(!noClip), json, false,
                reduction == null ? null : parseReduction(reduction),
                smoothing == null ? 0 : parseSmoothing(smoothing),
                weights == null ? null : parseWeights(weights),
                base == null ? null : parseBase(base));
    }

    private static String once(String name, String previous, String value) throws UsageException {
        if (previous != null) {
            throw new UsageException("option " + name + " is given twice");
        }
        return value;
    }

    private static double number(String text) {
        try {
            return NumberSyntax.parse(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static double parseEpsilon(String text) throws UsageException {
        double eps = number(text);
        if (!(eps > 0 && eps < 0.5)) {
            throw new UsageException("--epsilon must be a number in (0, 0.5), got '" + quote(text) + "'");
        }
        return eps;
    }

    private static Reduction parseReduction(String text) throws UsageException {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "mean" -> Reduction.MEAN;
            case "sum" -> Reduction.SUM;
            case "none" -> Reduction.NONE;
            default -> throw new UsageException("--reduction must be mean, sum or none, got '" + quote(text) + "'");
        };
    }

    private static double parseSmoothing(String text) throws UsageException {
        double s = number(text);
        try {
            LabelSmoothing.check(s);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--label-smoothing must be a number in [0, 1], got '" + quote(text) + "'");
        }
        return s;
    }

    private static double[] parseWeights(String text) throws UsageException {
        String[] parts = text.split(",", -1);
        double[] w = new double[parts.length];
        for (int c = 0; c < parts.length; c++) {
            w[c] = number(parts[c].strip());
            if (!(w[c] >= 0) || Double.isInfinite(w[c])) {
                throw new UsageException("--class-weights: weight " + (c + 1) + " must be a number >= 0, got '"
                        + quote(parts[c]) + "'");
            }
        }
        return w;
    }

    private static LogBase parseBase(String text) throws UsageException {
        try {
            return LogBase.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--log-base must be e or 2, got '" + quote(text) + "'");
        }
    }

    /** User text cut to 40 characters (escaped when printed, by the command). */
    private static String quote(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LossOptions other && java.util.Objects.equals(predictions, other.predictions)
                && java.util.Objects.equals(targets, other.targets) && logits == other.logits
                && clipping.equals(other.clipping) && json == other.json && help == other.help
                && reduction == other.reduction && labelSmoothing == other.labelSmoothing
                && Arrays.equals(classWeights, other.classWeights) && logBase == other.logBase;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(predictions, targets, logits, clipping, json, reduction, labelSmoothing,
                Arrays.hashCode(classWeights), logBase);
    }

    @Override
    public String toString() {
        return "LossOptions[" + predictions + ", " + targets + ", logits=" + logits + ", " + clipping
                + ", json=" + json + ", reduction=" + reduction + ", labelSmoothing=" + labelSmoothing
                + ", classWeights=" + Arrays.toString(classWeights) + ", logBase=" + logBase + "]";
    }
}
