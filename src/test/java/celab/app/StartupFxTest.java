package celab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import celab.io.ScenarioFile;
import celab.model.Lab;
import celab.plot.CanvasPlot;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app as it starts: saved files read in the background and applied after the window is up,
 * damaged ones kept aside and reported once, the scenario's name in the title; and the export a
 * teacher puts on a slide.
 */
class StartupFxTest extends ApplicationTest {

    @TempDir
    Path home;
    private String homeBefore;
    private Stage stage;

    @Override
    public void start(Stage ignored) {
        // each test opens its own window, after preparing the config folder
    }

    @AfterEach
    void closeAndRestoreHome() throws Exception {
        if (stage != null) {
            interact(stage::close);
        }
        if (homeBefore != null) {
            System.setProperty("celab.home", homeBefore);
        }
    }

    private LabWindow launch(String... args) throws Exception {
        homeBefore = System.getProperty("celab.home");
        System.setProperty("celab.home", home.toString());
        LaunchOptions options = LaunchOptions.parse(List.of(args));
        AtomicReference<LabWindow> window = new AtomicReference<>();
        interact(() -> {
            stage = new Stage();
            window.set(LabApp.open(stage, options, StartupFiles.readInBackground(options)));
        });
        window.get().session().restored().get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return window.get();
    }

    private List<String> files() throws Exception {
        try (Stream<Path> s = Files.list(home)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String example(String name) throws Exception {
        try (InputStream in = Session.class.getResourceAsStream("/celab/scenarios/" + name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void damagedFilesAreKeptAsideAndReportedOnceAndStaleTempsAreRemoved() throws Exception {
        Files.writeString(home.resolve("settings.json"), "{\"restoreLastSession\": tru");
        Files.writeString(home.resolve("progress.json"), "{\"version\":1,\"step\":");
        String session = example("seeds-batch.celab.json").replace("\"version\" : 1", "\"version\" : 1,,");
        Files.writeString(home.resolve("last-session.celab.json"), session);
        Path stale = Files.writeString(home.resolve(".last-session.celab.json-123456.tmp"), "{\"half");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minusSeconds(3600)));

        LabWindow window = launch();
        String banner = window.errorMessage();
        assertNotNull(banner, "the user is told");
        assertTrue(banner.startsWith("Some saved files were damaged: "), banner);
        for (String name : List.of("settings.json", "progress.json", "last-session.celab.json")) {
            assertTrue(banner.contains(name + " ("), name + " in " + banner);
            assertTrue(files().stream().anyMatch(f -> f.startsWith(name + ".bad-")), name + " kept: " + files());
        }
        assertFalse(banner.contains("\n"));
        assertTrue(banner.contains("could not be read; each was kept beside the others as NAME.bad-<time> in " + home),
                banner);
        assertFalse(Files.exists(stale), "the crashed save's temporary file is gone");
        assertEquals(new Lab().snapshot(), window.lab().snapshot(), "started fresh");

        // the next change autosaves a new session; the damaged one stays as it was
        Path bad = home.resolve(files().stream().filter(f -> f.startsWith("last-session.celab.json.bad-")).findFirst().orElseThrow());
        interact(() -> {
            window.lab().explorer().row().setProbability(0, 0.4);
            window.session().checkpoint();
        });
        assertTrue(Files.exists(home.resolve("last-session.celab.json")));
        assertEquals(session, Files.readString(bad));

        // told once: the next start has nothing to report
        interact(stage::close);
        LabWindow again = launch();
        assertNull(again.errorMessage());
        assertEquals(0.4, again.lab().explorer().row().getPrediction().get(0), 1e-12, "the new session was restored");
    }

    @Test
    void theWindowTitleShowsTheOpenScenarioAndSurvivesARestart() throws Exception {
        Path file = Files.writeString(home.resolve("my-batch.celab.json"), example("seeds-batch.celab.json"));
        LabWindow window = launch(file.toString());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getTitle().startsWith("my-batch"));
        assertEquals("my-batch — Cross-Entropy Lab", stage.getTitle());
        assertEquals("batch", window.current().id());
        assertTrue(window.lab().batch().getResult().mean() > 0.385 && window.lab().batch().getResult().mean() < 0.386);
        interact(stage::close);
        launch();
        assertEquals("my-batch — Cross-Entropy Lab", stage.getTitle(), "the last session remembers its name");
    }

    @Test
    void aFifoOrAHugeFileLeavesTheLabAsItWasWithABanner() throws Exception {
        Path fifo = home.resolve("pipe.celab.json");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);
        LabWindow window = launch();
        interact(() -> window.lab().explorer().row().setProbability(0, 0.55));
        var before = window.lab().snapshot();
        AtomicReference<java.util.concurrent.CompletableFuture<String>> opened = new AtomicReference<>();
        interact(() -> opened.set(window.session().openInBackground(fifo)));
        assertEquals("pipe.celab.json: is not a regular file (a pipe or a device?)", opened.get().get(5, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, window.lab().snapshot());
        assertTrue(window.errorMessage().contains("is not a regular file"));
        interact(() -> opened.set(window.session().openInBackground(Path.of("/dev/zero"))));
        assertTrue(opened.get().get(5, TimeUnit.SECONDS).startsWith("zero: is not a regular file"));
        assertEquals(before, window.lab().snapshot());
    }

    @Test
    void exportCarriesTheTitleAndDrawsThePlotsSharplyAtTwoTimes() throws Exception {
        LabWindow window = launch("--window=1280x800");
        Path one = home.resolve("explorer.png");
        Path two = home.resolve("explorer@2x.png");
        AtomicReference<double[]> plotAt = new AtomicReference<>();
        AtomicReference<CanvasPlot> plotNode = new AtomicReference<>();
        interact(() -> {
            try {
                window.export().png(one, 1);
                window.export().png(two, 2);
                Node content = window.root().lookup(".content");
                CanvasPlot plot = (CanvasPlot) content.lookupAll(".plot").stream().filter(n -> n instanceof CanvasPlot)
                        .max(java.util.Comparator.comparingDouble(n -> n.getLayoutBounds().getWidth() * n.getLayoutBounds().getHeight()))
                        .orElseThrow(); // the largest: the loss curve or the bars
                Bounds c = content.localToScene(content.getLayoutBounds());
                Bounds b = plot.localToScene(plot.getLayoutBounds());
                plotAt.set(new double[] {b.getMinX() - c.getMinX(), b.getMinY() - c.getMinY(), b.getWidth(), b.getHeight()});
                plotNode.set(plot);
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        assertTrue(window.errorMessage() == null);
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<double[]> canvasWidth = new AtomicReference<>();
        interact(() -> canvasWidth.set(new double[] {plotNode.get().canvas().getWidth(), plotNode.get().getWidth()}));
        assertEquals(canvasWidth.get()[1], canvasWidth.get()[0], 1.0, "back to 1× on screen after the export");
        BufferedImage a = ImageIO.read(one.toFile());
        BufferedImage b = ImageIO.read(two.toFile());
        assertEquals(2 * a.getWidth(), b.getWidth());
        assertEquals(2 * a.getHeight(), b.getHeight());
        int band = (int) Math.ceil(a.getHeight() - window.root().lookup(".content").getLayoutBounds().getHeight());
        assertTrue(band > 20, "a title band of " + band + " px");
        assertTrue(darkPixels(a, 0, 0, a.getWidth() / 2, band) > 100, "the title is written in the band");

        // the plots are drawn at 2×, not scaled up from 1× (which blurs them): compare one plot
        // exported the new way with the same plot snapshot the old way, by their sharp edges
        AtomicReference<BufferedImage[]> both = new AtomicReference<>();
        interact(() -> {
            javafx.scene.SnapshotParameters params = new javafx.scene.SnapshotParameters();
            params.setTransform(javafx.scene.transform.Transform.scale(2, 2));
            BufferedImage scaledUp = awt(plotNode.get().snapshot(params, null));
            BufferedImage drawnAt2 = awt(PngExport.snapshot(plotNode.get(), 2));
            both.set(new BufferedImage[] {scaledUp, drawnAt2});
        });
        if (Boolean.getBoolean("celab.test.keepImages")) {
            ImageIO.write(both.get()[0], "png", Path.of("target/plot-scaled-up.png").toFile());
            ImageIO.write(both.get()[1], "png", Path.of("target/plot-drawn-at-2x.png").toFile());
            Files.copy(two, Path.of("target/export@2x.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        long blurred = sharpEdges(both.get()[0]);
        long sharp = sharpEdges(both.get()[1]);
        assertEquals(both.get()[0].getWidth(), both.get()[1].getWidth());
        assertTrue(sharp > 1.5 * blurred, "sharp edges: " + sharp + " drawn at 2×, " + blurred + " scaled up from 1×");
        assertTrue(window.lab() != null);
        assertTrue(lookupStatus(window).contains(two.toAbsolutePath().toString()), "the status line gives the full path");
    }

    private static String lookupStatus(LabWindow window) {
        return ((javafx.scene.control.Label) window.root().lookup("#status")).getText();
    }

    private static long darkPixels(BufferedImage img, int x0, int y0, int w, int h) {
        long n = 0;
        for (int y = y0; y < y0 + h && y < img.getHeight(); y++) {
            for (int x = x0; x < x0 + w; x++) {
                int rgb = img.getRGB(x, y);
                int lum = ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
                if (lum < 300) {
                    n++;
                }
            }
        }
        return n;
    }

    private static BufferedImage awt(javafx.scene.image.Image fx) {
        int w = (int) fx.getWidth();
        int h = (int) fx.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, fx.getPixelReader().getArgb(x, y));
            }
        }
        return out;
    }

    /** Neighbouring pixels whose brightness jumps by more than 40% of full scale. */
    private static long sharpEdges(BufferedImage img) {
        long n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 1; x < img.getWidth(); x++) {
                if (distance(img.getRGB(x, y), img.getRGB(x - 1, y)) > 300) {
                    n++;
                }
            }
        }
        return n;
    }

    private static int distance(int p, int q) {
        return Math.abs(((p >> 16) & 0xff) - ((q >> 16) & 0xff)) + Math.abs(((p >> 8) & 0xff) - ((q >> 8) & 0xff))
                + Math.abs((p & 0xff) - (q & 0xff));
    }
}
