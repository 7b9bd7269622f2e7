package celab.cli.bench;

import celab.cli.UsageException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * {@code bench}: runs each measure and prints one JSON line per measure. Timed workloads are
 * run a few times untimed so the JIT compiles them, then timed; the line carries the median.
 */
public final class BenchCommand {

    public static final int DEFAULT_N = 1_000_000;
    public static final int DEFAULT_CLASSES = 10;
    public static final int DEFAULT_RUNS = 9;
    public static final int DEFAULT_WARMUP = 5;
    /** The median of fewer runs says little. */
    public static final int MIN_RUNS = 5;

    public static final String HELP = """
            usage: bench [--n N] [--classes C] [--runs R] [--warmup W] [--only PREFIX]

            Times the loss core on a batch generated in-process from a fixed seed and prints one
            JSON line per measure, e.g.
              {"name":"core.probabilities.index","n":1000000,"classes":10,"medianMs":12.3}
            medianMs is the median wall time of R runs after W untimed warm-up runs.

              --n N           rows per batch (default 1000000)
              --classes C     classes per row (default 10)
              --runs R        timed runs per measure, at least 5 (default 9)
              --warmup W      untimed runs first (default 5)
              --only PREFIX   only measures whose name starts with PREFIX, e.g. core.logits
              --help          this help
            """;

    private static final JsonFactory JSON = new JsonFactory();

    private BenchCommand() {
    }

    /** Runs {@code bench} with the arguments after the command word; returns the exit status. */
    public static int run(String[] args, List<Measure> measures, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (UsageException e) {
            err.println("bench: " + e.getMessage() + " (see 'bench --help')");
            return 2;
        }
        if (options.help) {
            out.print(HELP);
            return 0;
        }
        List<Measure> chosen = measures.stream()
                .filter(m -> m.name().startsWith(options.only))
                .toList();
        if (chosen.isEmpty()) {
            err.println("bench: no measure is named " + options.only + "...; there are "
                    + measures.stream().map(Measure::name).toList());
            return 2;
        }
        BenchSettings settings = new BenchSettings(options.n, options.classes, options.warmup, options.runs);
        for (Measure measure : chosen) {
            out.println(line(measure.name(), measure.run(settings)));
            out.flush();
        }
        return 0;
    }

    /**
     * {"name":…,"n":…,"classes":…,"medianMs":…}: the name, then the measure's numbers in its
     * order; milliseconds are rounded to microseconds.
     */
    static String line(String name, Map<String, Number> fields) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.writeStartObject();
            json.writeStringField("name", name);
            for (Map.Entry<String, Number> field : fields.entrySet()) {
                json.writeFieldName(field.getKey());
                Number v = field.getValue();
                if (v instanceof Integer || v instanceof Long) {
                    json.writeNumber(v.longValue());
                } else if (field.getKey().endsWith("Ms")) {
                    json.writeNumber(Math.round(v.doubleValue() * 1000) / 1000.0);
                } else {
                    json.writeNumber(v.doubleValue());
                }
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static final class Options {
        int n = DEFAULT_N;
        int classes = DEFAULT_CLASSES;
        int runs = DEFAULT_RUNS;
        int warmup = DEFAULT_WARMUP;
        String only = "";
        boolean help;

        static Options parse(String[] args) throws UsageException {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("--help") || arg.equals("-h")) {
                    o.help = true;
                    return o;
                }
                if (!arg.startsWith("--")) {
                    throw new UsageException("unexpected argument '" + arg + "'");
                }
                int eq = arg.indexOf('=');
                String name = eq < 0 ? arg : arg.substring(0, eq);
                if (!List.of("--n", "--classes", "--runs", "--warmup", "--only").contains(name)) {
                    throw new UsageException("unknown option '" + name + "'");
                }
                String value;
                if (eq >= 0) {
                    value = arg.substring(eq + 1);
                } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                    value = args[++i];
                } else {
                    throw new UsageException("option " + name + " needs a value");
                }
                switch (name) {
                    case "--n" -> o.n = count(name, value, 1);
                    case "--classes" -> o.classes = count(name, value, 2);
                    case "--runs" -> o.runs = count(name, value, MIN_RUNS);
                    case "--warmup" -> o.warmup = count(name, value, 0);
                    default -> o.only = value;
                }
            }
            if ((long) o.n * o.classes > Integer.MAX_VALUE - 8) {
                throw new UsageException("--n times --classes must stay below 2^31 values");
            }
            return o;
        }

        private static int count(String name, String value, int min) throws UsageException {
            try {
                int v = Integer.parseInt(value.replace("_", ""));
                if (v >= min) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new UsageException(name + " must be a whole number >= " + min + ", got '" + value + "'");
        }
    }
}
