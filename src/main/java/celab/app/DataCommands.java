package celab.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.stage.FileChooser;

/**
 * The "Your data" commands: open predictions and targets (dialog, dropped files, examples,
 * {@code --data}), and write the training network's outputs for that screen.
 */
public final class DataCommands {
    private final LabWindow window;
    private Path lastDataFolder;

    DataCommands(LabWindow window) {
        this.window = window;
        dataScreen().setHost(new DataHost());
    }

    /** The "Your data" screen. */
    public celab.screen.YourDataScreen dataScreen() {
        return window.screens().stream().filter(celab.screen.YourDataScreen.class::isInstance)
                .map(celab.screen.YourDataScreen.class::cast).findFirst()
                .orElseThrow(() -> new IllegalStateException("the catalog has no Your data screen"));
    }

    /**
     * Opens predictions and targets on the "Your data" screen, reading them in the background.
     *
     * @param kind null to tell probabilities from logits by the values
     */
    public celab.screen.DataLoadTask openData(Path predictions, Path targets, celab.core.ScoreKind kind) {
        window.show(celab.screen.YourDataScreen.ID);
        lastDataFolder = predictions.toAbsolutePath().getParent();
        return dataScreen().open(celab.screen.DataSource.file(predictions), celab.screen.DataSource.file(targets), kind);
    }

    /** File ▸ Open data…: a dialog for the two files. */
    public void openDataInteractive() {
        new celab.view.OpenDataDialog(window.owner(), lastDataFolder).ask()
                .ifPresent(c -> openData(c.predictions(), c.targets(), c.kind()));
    }

    /** Opens a ready data example on the "Your data" screen. */
    public void openDataExample(celab.screen.YourDataScreen.Example example) {
        window.show(celab.screen.YourDataScreen.ID);
        dataScreen().open(example);
    }

    /**
     * Files dropped on the window: two files are predictions and targets (the targets are the
     * one named like "target" or "label", else the one with fewer values per line); one
     * scenario file is opened as a scenario.
     */
    public void openDropped(List<java.io.File> files) {
        if (files.size() == 1 && files.get(0).getName().endsWith(".json")) {
            window.session().openInBackground(files.get(0).toPath());
            return;
        }
        if (files.size() != 2) {
            window.showError("Drop two files", "drop the predictions and the targets together (" + files.size()
                    + (files.size() == 1 ? " file was" : " files were") + " dropped)");
            return;
        }
        Path a = files.get(0).toPath();
        Path b = files.get(1).toPath();
        boolean bIsTargets = looksLikeTargets(b, a);
        openData(bIsTargets ? a : b, bIsTargets ? b : a, null);
    }

    private static boolean looksLikeTargets(Path candidate, Path other) {
        String n = candidate.getFileName().toString().toLowerCase(Locale.ROOT);
        String o = other.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean nNamed = n.contains("target") || n.contains("label");
        boolean oNamed = o.contains("target") || o.contains("label");
        if (nNamed != oNamed) {
            return nNamed;
        }
        return firstLineWidth(candidate) < firstLineWidth(other);
    }

    private static int firstLineWidth(Path file) {
        try (java.io.BufferedReader in = java.nio.file.Files.newBufferedReader(file)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    return line.split(",", -1).length;
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            return Integer.MAX_VALUE; // unreadable: the loader will say why
        }
        return Integer.MAX_VALUE;
    }

    /** Writes the training screen's network outputs (probabilities) and the spiral's classes as CSV. */
    public void exportTrainingPredictions(Path predictions, Path targets) throws IOException {
        celab.model.SpiralModel.Outputs out = window.lab().spiral().outputs();
        celab.io.PredictionCsv.write(predictions, targets, out.probabilities(), out.targets());
        window.setStatus("Saved the network's outputs on " + out.targets().length + " points as "
                + predictions.toAbsolutePath() + " and " + targets.getFileName() + "; open them on Your data.");
    }

    /** Asks for a file name and exports the training predictions (targets beside it). */
    public void exportTrainingPredictionsInteractive() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the network's predictions as CSV");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        chooser.setInitialFileName("spiral-predictions.csv");
        java.io.File f = FileDialogs.save(chooser, window.owner(), FileDialogs.Kind.DOCUMENT);
        if (f == null) {
            return;
        }
        Path p = f.getName().endsWith(".csv") ? f.toPath() : Path.of(f.getPath() + ".csv");
        String name = p.getFileName().toString();
        String base = name.substring(0, name.length() - 4).replace("predictions", "").replaceAll("[-_ ]+$", "");
        Path t = p.resolveSibling((base.isEmpty() ? "" : base + "-") + "targets.csv");
        try {
            exportTrainingPredictions(p, t);
        } catch (IOException e) {
            window.showError("Could not export the predictions", p.toAbsolutePath() + ": " + e.getMessage());
        }
    }

    /** How the "Your data" screen reaches the window. */
    private final class DataHost implements celab.screen.YourDataScreen.Host {
        @Override
        public void problem(String message) {
            window.showError("Could not open the data", message);
        }

        @Override
        public void clearProblem() {
            window.hideError();
        }

        @Override
        public void show(String screenId) {
            window.show(screenId);
        }

        @Override
        public void openDataDialog() {
            openDataInteractive();
        }

        @Override
        public celab.screen.DataReader reader() {
            return new DataFiles();
        }
    }
}
