package celab.app;

import celab.core.LossResult;
import celab.io.BatchCsv;
import celab.model.BatchModel;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javafx.stage.FileChooser;

/** Export commands: the current screen as PNG (1× or 2×) and the batch table as CSV. */
public final class Export {
    private final LabWindow window;
    private final Node screenArea;

    Export(LabWindow window, Node screenArea) {
        this.window = window;
        this.screenArea = screenArea;
    }

    /** Writes the current screen as PNG at scale 1 or 2; returns the image written. */
    public WritableImage png(Path file, double scale) throws IOException {
        WritableImage img = PngExport.snapshot(screenArea, scale);
        PngExport.write(img, file);
        window.setStatus(String.format(Locale.ROOT, "Saved %s (%d × %d px).", file.getFileName(),
                (int) img.getWidth(), (int) img.getHeight()));
        return img;
    }

    /** Asks for a file name and exports the current screen. */
    public void pngInteractive(double scale) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export screen as PNG");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        chooser.setInitialFileName(window.current().id() + (scale > 1 ? "@2x" : "") + ".png");
        File f = chooser.showSaveDialog(window.owner());
        if (f == null) {
            return;
        }
        Path path = f.toPath().toString().endsWith(".png") ? f.toPath() : Path.of(f.getPath() + ".png");
        try {
            png(path, scale);
        } catch (IOException e) {
            window.showError("Could not export the screen", path + ": " + e.getMessage());
        }
    }

    /** Writes the batch screen's table (rows, targets, picked probabilities, losses, mean) as CSV. */
    public void batchCsv(Path file) throws IOException {
        BatchModel batch = window.lab().batch();
        int n = batch.rowCount();
        double[][] rows = new double[n][];
        int[] targets = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = batch.row(i).toArray();
            targets[i] = batch.target(i);
        }
        LossResult r = batch.getResult();
        BatchCsv.write(file, window.lab().classNames().subList(0, batch.classCount()), rows, targets,
                r.perSample(), r.mean());
        window.setStatus("Saved the batch table as " + file.getFileName() + ".");
    }

    /** Asks for a file name and exports the batch table. */
    public void batchCsvInteractive() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export batch table as CSV");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        chooser.setInitialFileName("batch.csv");
        File f = chooser.showSaveDialog(window.owner());
        if (f == null) {
            return;
        }
        try {
            batchCsv(f.toPath());
        } catch (IOException e) {
            window.showError("Could not export the batch table", f + ": " + e.getMessage());
        }
    }
}
