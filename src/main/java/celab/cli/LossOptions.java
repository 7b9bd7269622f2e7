package celab.cli;

import celab.core.Clipping;

/**
 * The options of {@code loss}: which files, whether they hold logits, and how to clip.
 * Options may be written {@code --name value} or {@code --name=value}.
 *
 * @param predictions the predictions file as typed (probabilities, or logits with --logits)
 * @param targets     the targets file as typed
 * @param logits      whether predictions are raw scores to go through log-softmax
 * @param clipping    ε and whether to clip at all (ignored with --logits: nothing to clip)
 * @param json        print one JSON object instead of the table
 * @param help        print the command's help and do nothing else
 */
public record LossOptions(String predictions, String targets, boolean logits, Clipping clipping,
                          boolean json, boolean help) {

    /** Parses the arguments after the word {@code loss}. */
    public static LossOptions parse(String[] args) throws UsageException {
        String predictions = null;
        String targets = null;
        String epsilon = null;
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
                case "--predictions", "--targets", "--epsilon" -> {
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
                    if (name.equals("--predictions")) {
                        predictions = once(name, predictions, value);
                    } else if (name.equals("--targets")) {
                        targets = once(name, targets, value);
                    } else {
                        epsilon = once(name, epsilon, value);
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
        Clipping clipping = Clipping.of(epsilon == null ? Clipping.DEFAULT_EPSILON : parseEpsilon(epsilon));
        return new LossOptions(predictions, targets, logits, clipping.withEnabled(!noClip), json, false);
    }

    private static String once(String name, String previous, String value) throws UsageException {
        if (previous != null) {
            throw new UsageException("option " + name + " is given twice");
        }
        return value;
    }

    private static double parseEpsilon(String text) throws UsageException {
        double eps;
        try {
            eps = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            eps = Double.NaN;
        }
        if (!(eps > 0 && eps < 0.5)) {
            throw new UsageException("--epsilon must be a number in (0, 0.5), got '" + text + "'");
        }
        return eps;
    }
}
