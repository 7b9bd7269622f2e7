package celab.app;

import celab.io.AtomicFiles;
import celab.io.PngEncoder;
import celab.plot.CanvasPlot;
import celab.plot.Palette;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.transform.Transform;

/**
 * Renders a screen to a PNG for slides and handouts: the screen's title above the screen, at 1×
 * or at 2× (every plot drawn again at 2×, not a 1× bitmap scaled up).
 */
public final class PngExport {

    /** The title band at 1×: padding above and below the title, and its font size. */
    static final double TITLE_PAD = 14;
    static final double TITLE_FONT = 22;

    private PngExport() {
    }

    /**
     * The image of {@code node} at {@code scale} (1 or 2) under a band with {@code title}, on the
     * palette's background. Must run on the FX thread.
     */
    public static WritableImage render(Node node, String title, double scale, Palette palette) {
        WritableImage body = snapshot(node, scale);
        Font font = Font.font("System", FontWeight.BOLD, TITLE_FONT * scale);
        // the band's height is computed at 1× and scaled, so a 2× image is exactly twice a 1× one
        double band = Math.ceil(titleHeight(Font.font("System", FontWeight.BOLD, TITLE_FONT)) + 2 * TITLE_PAD) * scale;
        // the page, like the band, is sized from whole 1× pixels, so a 2× image is exactly twice a 1×
        // one even when the screen's height is fractional (a 1× snapshot rounds it up, a 2× one may not)
        double width = Math.ceil(node.getLayoutBounds().getWidth()) * scale;
        double height = Math.ceil(node.getLayoutBounds().getHeight()) * scale;
        Canvas page = new Canvas(width, height + band);
        GraphicsContext g = page.getGraphicsContext2D();
        g.setFill(palette.background());
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        g.setFill(palette.text());
        g.setFont(font);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(title, TITLE_PAD * scale, band / 2, Math.max(1, width - 2 * TITLE_PAD * scale));
        g.drawImage(body, 0, band);
        return page.snapshot(null, null);
    }

    /**
     * Snapshots the node at the given scale. The node's plots are redrawn at that scale for the
     * snapshot and back at 1× afterwards. Must run on the FX thread.
     */
    public static WritableImage snapshot(Node node, double scale) {
        List<CanvasPlot> plots = new ArrayList<>();
        collectPlots(node, plots);
        try {
            plots.forEach(p -> p.setPixelScale(scale));
            SnapshotParameters params = new SnapshotParameters();
            params.setTransform(Transform.scale(scale, scale));
            return node.snapshot(params, null); // runs CSS and layout first: the plots redraw at scale
        } finally {
            plots.forEach(p -> p.setPixelScale(1));
        }
    }

    /** Writes the image as PNG, atomically (see {@link AtomicFiles}). */
    public static void write(WritableImage image, Path file) throws IOException {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        AtomicFiles.write(file, PngEncoder.encode(w, h, argb));
    }

    private static double titleHeight(Font font) {
        Text t = new Text("Ag");
        t.setFont(font);
        return t.getLayoutBounds().getHeight();
    }

    private static void collectPlots(Node node, List<CanvasPlot> into) {
        if (node instanceof CanvasPlot p) {
            into.add(p);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectPlots(child, into);
            }
        }
    }
}
