package celab.screen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import celab.app.LabWindow;
import celab.core.DataAnalysis;
import celab.model.Lab;
import celab.plot.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The "Your data" screen on the digits example, as a person sees it. */
class YourDataFxTest extends ApplicationTest {
    private Lab lab;
    private LabWindow window;

    @TempDir
    Path dir;

    @Override
    public void start(Stage stage) {
        lab = new Lab();
        window = new LabWindow(lab, new Theme());
        stage.setScene(window.createScene(1280, 800));
        stage.show();
        window.show(YourDataScreen.ID);
    }

    private String text(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }

    private void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            boolean[] ok = new boolean[1];
            interact(() -> ok[0] = condition.getAsBoolean());
            return ok[0];
        });
    }

    private DataAnalysis loadedExample() throws TimeoutException {
        waitUntil(() -> lab.data().getAnalysis() != null && window.data().dataScreen().loadingProperty().get() == null);
        return lab.data().getAnalysis();
    }

    @Test
    @SuppressWarnings("unchecked")
    void opensOnTheDigitsExampleWithEveryView() throws TimeoutException {
        loadedExample();
        assertEquals("Your data", text("#screen-title"));
        assertEquals("digits-logreg-logits.csv + digits-targets.csv", text("#data-source"));
        // the same numbers as PyTorch and scikit-learn (see DataAnalysisTest)
        assertEquals("0.1992", text("#data-mean"));
        assertEquals("95.7%", text("#data-accuracy"));
        assertEquals("0.0235", text("#data-ece"));
        assertEquals("899 × 10", text("#data-size"));
        for (String plot : new String[] {"#data-histogram", "#data-per-class", "#data-confusion",
                "#data-epsilon", "#data-reliability", "#data-temperature"}) {
            assertTrue(lookup(plot).query().isVisible(), plot);
            assertTrue(lookup(plot).queryAs(javafx.scene.layout.Region.class).getHeight() > 60, plot + " has room");
        }
        TableView<Integer> table = lookup("#worst-table").queryAs(TableView.class);
        assertEquals(200, table.getItems().size());
        assertEquals(206, table.getItems().get(0)); // sample 207: loss 14.17
        assertTrue(lookup("14.17").tryQuery().isPresent(), "the worst loss is in the table");
    }

    @Test
    void aDamagedFileShowsWhereAndKeepsThePreviousData() throws Exception {
        DataAnalysis before = loadedExample();
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "0.2,0.8\n0.5,0.5\n0.1,oops\n");
        Path targets = dir.resolve("t.csv");
        Files.writeString(targets, "1\n0\n1\n");
        interact(() -> window.data().openData(bad, targets, null));
        waitUntil(() -> window.errorMessage() != null);
        String banner = window.errorMessage();
        assertTrue(banner.contains(bad + ":3:2: 'oops' is not a number"), banner);
        assertSame(before, lab.data().getAnalysis());
        assertEquals("digits-logreg-logits.csv + digits-targets.csv", text("#data-source"));
        assertEquals("0.1992", text("#data-mean"));

        Path wide = dir.resolve("probs.csv");
        Files.writeString(wide, "0.2,0.8\n0.5,0.5\n0.1,0.9\n");
        Path outOfRange = dir.resolve("targets.csv");
        Files.writeString(outOfRange, "1\n\n0\n2\n");
        interact(() -> window.data().openData(wide, outOfRange, null));
        waitUntil(() -> window.errorMessage() != null && window.errorMessage().contains("targets.csv:4:1"));
        assertSame(before, lab.data().getAnalysis());

        interact(() -> window.data().openData(wide, targets, null));
        waitUntil(() -> lab.data().getAnalysis() != before);
        assertNull(window.errorMessage());
        assertEquals(3, lab.data().getData().size());
        assertEquals("3 × 2", text("#data-size"));
    }

    @Test
    void openInExplorerPutsTheSelectedSampleThere() throws TimeoutException {
        DataAnalysis a = loadedExample();
        clickOn("14.17");
        clickOn("#open-in-explorer");
        assertEquals("Explorer", text("#screen-title"));
        var row = lab.explorer().row();
        assertEquals(10, row.classCount());
        assertEquals(a.data().target(206), row.getTarget());
        double[] p = a.probabilities(206);
        double[] shown = row.getPrediction().toArray();
        assertArrayEquals(p, shown, 1e-15);
    }

    @Test
    void fitTemperatureMovesTheLossButNotTheAccuracy() throws TimeoutException {
        loadedExample();
        clickOn("#fit-temperature");
        waitUntil(() -> lab.data().fitProperty().get() != null);
        // SciPy on PyTorch's loss: T* = 1.9154681835, loss 0.15094919818628111
        assertEquals(1.9154681835, lab.data().getTemperature(), 1e-6);
        waitUntil(() -> "0.1509".equals(text("#data-mean")));
        assertEquals("95.7%", text("#data-accuracy"));
        assertEquals("T = 1.92", text("#temperature-value"));
        String effect = text("#temperature-effect");
        assertTrue(effect.contains("0.1992") && effect.contains("0.1509") && effect.contains("95.7%"), effect);
    }

    @Test
    void predictThenRevealHidesEveryLossNumber() throws TimeoutException {
        loadedExample();
        interact(() -> lab.numbersHiddenProperty().set(true));
        assertEquals("?", text("#data-mean"));
        assertTrue(text("#temperature-effect").contains("?"));
        assertTrue(lookup("14.17").tryQuery().isEmpty(), "no loss in the table");
        assertEquals("95.7%", text("#data-accuracy"));
        interact(() -> lab.numbersHiddenProperty().set(false));
        assertEquals("0.1992", text("#data-mean"));
        assertNotNull(lookup("14.17").tryQuery().orElse(null));
    }

    @Test
    @SuppressWarnings("unchecked")
    void readingLogitsAsProbabilitiesNamesTheFirstBadValueAndKeepsTheLogits() throws TimeoutException {
        DataAnalysis before = loadedExample();
        interact(() -> lookup("#data-kind").queryAs(javafx.scene.control.ChoiceBox.class)
                .setValue(celab.core.ScoreKind.PROBABILITIES));
        String banner = window.errorMessage();
        assertNotNull(banner);
        // row 1 of the logits file starts 6.4379620933272221: not a probability
        assertTrue(banner.contains("digits-logreg-logits.csv:1:1: probability 6.437962093327222 is above 1"), banner);
        assertSame(before, lab.data().getAnalysis());
        assertEquals(celab.core.ScoreKind.LOGITS,
                lookup("#data-kind").queryAs(javafx.scene.control.ChoiceBox.class).getValue());
    }

    @Test
    void gzipFilesLoadAndSoftLabelsAreRefusedWhereTheyAre() throws Exception {
        DataAnalysis before = loadedExample();
        Path gz = dir.resolve("p.csv.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write("0.9,0.1\n0.2,0.8\n0.6,0.4\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Path soft = dir.resolve("soft.csv");
        Files.writeString(soft, "1,0\n0.5,0.5\n1,0\n");
        interact(() -> window.data().openData(gz, soft, null));
        waitUntil(() -> window.errorMessage() != null);
        assertTrue(window.errorMessage().contains(soft + ":2:1: soft label 0.5"), window.errorMessage());
        assertSame(before, lab.data().getAnalysis());

        Path oneHot = dir.resolve("onehot.csv");
        Files.writeString(oneHot, "1,0\n0,1\n0,1\n");
        interact(() -> window.data().openData(gz, oneHot, null));
        waitUntil(() -> lab.data().getAnalysis() != before);
        assertEquals(celab.core.ScoreKind.PROBABILITIES, lab.data().getData().kind());
        // −(ln 0.9 + ln 0.8 + ln 0.4) / 3
        assertEquals(-(Math.log(0.9) + Math.log(0.8) + Math.log(0.4)) / 3, lab.data().getAnalysis().result().mean(), 1e-15);
        assertEquals("66.7%", text("#data-accuracy"));
    }

    @Test
    void theTrainingNetworksExportOpensHere() throws Exception {
        loadedExample();
        Path p = dir.resolve("spiral-predictions.csv");
        Path t = dir.resolve("spiral-targets.csv");
        interact(() -> {
            try {
                window.data().exportTrainingPredictions(p, t);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        var snapshot = lab.spiral().snapshotProperty().get();
        interact(() -> window.data().openData(p, t, null));
        waitUntil(() -> lab.data().getData() != null && lab.data().getData().size() == snapshot.data().size());
        DataAnalysis a = lab.data().getAnalysis();
        assertEquals(celab.core.ScoreKind.PROBABILITIES, a.data().kind());
        assertEquals(snapshot.loss(), a.result().mean(), 1e-12);
        assertEquals(snapshot.accuracy(), a.result().accuracy(), 1e-15);
    }

    @Test
    void twoDroppedFilesAreToldApartByNameOrWidth() throws Exception {
        DataAnalysis before = loadedExample();
        Path a = dir.resolve("a.csv");
        Files.writeString(a, "0.9,0.05,0.05\n0.2,0.7,0.1\n");
        Path b = dir.resolve("b.csv");
        Files.writeString(b, "0\n2\n");
        // targets first, with no telling name: the narrower file is the targets
        interact(() -> window.data().openDropped(java.util.List.of(b.toFile(), a.toFile())));
        waitUntil(() -> lab.data().getAnalysis() != before);
        assertEquals(a + " + " + b, text("#data-source"));
        assertEquals(3, lab.data().getData().classes());

        DataAnalysis second = lab.data().getAnalysis();
        Path labels = dir.resolve("my-labels.csv");
        Files.writeString(labels, "1,0,0\n0,1,0\n");
        interact(() -> window.data().openDropped(java.util.List.of(labels.toFile(), a.toFile())));
        waitUntil(() -> lab.data().getAnalysis() != second);
        assertEquals(a + " + " + labels, text("#data-source"));

        interact(() -> window.data().openDropped(java.util.List.of(a.toFile())));
        assertTrue(window.errorMessage().contains("drop the predictions and the targets together"), window.errorMessage());
    }
}
