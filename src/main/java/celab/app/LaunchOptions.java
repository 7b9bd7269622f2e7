package celab.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The lab's command-line options, checked before JavaFX starts so that a mistake ends with one
 * clear line and exit status 2, not a stack trace or an empty window.
 *
 * @param width        window width in pixels
 * @param height       window height in pixels
 * @param sized        whether {@code --window} gave the size (otherwise the window is fitted to the screen)
 * @param presentation start in presentation mode ({@code --presentation})
 * @param screen       the screen to open ({@code --screen=ID}), or null
 * @param scenario     a scenario file to open, or null
 * @param dataPredictions predictions to open on "Your data" ({@code --data P T}), or null
 * @param dataTargets  the targets that go with them, or null
 */
public record LaunchOptions(double width, double height, boolean sized, boolean presentation, String screen,
                            Path scenario, Path dataPredictions, Path dataTargets) {

    public static final double DEFAULT_WIDTH = 1280;
    public static final double DEFAULT_HEIGHT = 800;
    private static final int MIN_SIZE = 200;
    private static final int MAX_SIZE = 16384;

    /**
     * @throws IllegalArgumentException with the one line to print
     */
    public static LaunchOptions parse(List<String> args) {
        double w = DEFAULT_WIDTH;
        double h = DEFAULT_HEIGHT;
        boolean sized = false;
        boolean presentation = false;
        String screen = null;
        Path scenario = null;
        Path[] data = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--data")) {
                if (i + 2 >= args.size() || args.get(i + 1).startsWith("--") || args.get(i + 2).startsWith("--")) {
                    throw new IllegalArgumentException("--data needs two files: --data PREDICTIONS TARGETS");
                }
                data = new Path[] {file(args.get(i + 1)), file(args.get(i + 2))};
                i += 2;
            } else if (a.startsWith("--window=")) {
                String value = a.substring("--window=".length());
                String[] wh = value.toLowerCase(Locale.ROOT).split("x", -1);
                if (wh.length != 2 || !size(wh[0]) || !size(wh[1])) {
                    throw new IllegalArgumentException(shown(a) + ": expected WIDTHxHEIGHT in pixels, each "
                            + MIN_SIZE + " to " + MAX_SIZE + ", e.g. --window=1280x800");
                }
                w = Integer.parseInt(wh[0]);
                h = Integer.parseInt(wh[1]);
                sized = true;
            } else if (a.equals("--presentation")) {
                presentation = true;
            } else if (a.startsWith("--screen=") && a.length() > "--screen=".length()) {
                screen = a.substring("--screen=".length());
            } else if (a.startsWith("-")) {
                throw new IllegalArgumentException("unknown option " + shown(a) + " (./run.sh --help lists them)");
            } else if (scenario != null) {
                throw new IllegalArgumentException("one scenario file at a time, got " + shown(scenario.toString())
                        + " and " + shown(a));
            } else {
                scenario = file(a);
            }
        }
        return new LaunchOptions(w, h, sized, presentation, screen, scenario,
                data == null ? null : data[0], data == null ? null : data[1]);
    }

    /** Whether the file to open is a lesson ({@code *.celab-lesson.json}) rather than a scenario. */
    public boolean lesson() {
        return scenario != null && scenario.getFileName().toString().endsWith(celab.io.lesson.LessonFile.EXTENSION);
    }

    private static Path file(String a) {
        try {
            return Path.of(a).toAbsolutePath();
        } catch (java.nio.file.InvalidPathException e) {
            throw new IllegalArgumentException(shown(a) + ": not a valid file name");
        }
    }

    private static boolean size(String s) {
        if (s.isEmpty() || s.length() > 5 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        int v = Integer.parseInt(s);
        return v >= MIN_SIZE && v <= MAX_SIZE;
    }

    private static String shown(String s) {
        return celab.core.SafeText.of(s);
    }
}
