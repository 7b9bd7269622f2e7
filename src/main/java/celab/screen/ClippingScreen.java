package celab.screen;

import celab.model.ClippingModel;
import celab.model.Lab;
import celab.model.ScreenModel;
import celab.plot.ClippedCurve;
import celab.plot.ClippingPlot;
import celab.plot.NearOneLens;
import celab.plot.NearZeroLens;
import celab.view.Card;
import celab.view.ClippingControls;
import celab.view.ClippingReadouts;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Clipping near 0 and near 1: ε on a log slider, clipping on/off and float64/float32 (all shared
 * with the other screens), the edge cases the core computes under them, the whole −log p curve
 * with and without clipping, and two lenses that zoom into the places where clipping acts.
 */
public final class ClippingScreen implements Screen {
    private ClippingControls controls;

    @Override
    public String id() {
        return "clipping";
    }

    @Override
    public String title() {
        return "Clipping";
    }

    @Override
    public String summary() {
        return "−log 0 is ∞, and a probability a hair above 1 gives a negative loss: keeping p in [ε, 1 − ε] fixes both.";
    }

    @Override
    public Node createView(ScreenContext ctx) {
        Lab lab = ctx.lab();
        ClippingModel model = lab.clippingLab();
        controls = new ClippingControls(lab, model, "clip-");
        Card settings = new Card("ε, clipping and number format", controls,
                Card.hint("These settings are shared: every screen computes its loss with them."));
        settings.setPrefWidth(400);
        settings.setMinWidth(400);
        settings.setMaxWidth(400);

        Card cases = new Card("Edge cases, computed now", new ClippingReadouts(lab, model));
        HBox.setHgrow(cases, Priority.ALWAYS);
        HBox top = new HBox(14, settings, cases);

        ClippedCurve curve = bind(new ClippedCurve(ctx.theme()), lab, "clip-curve");
        NearZeroLens zero = bind(new NearZeroLens(ctx.theme()), lab, "clip-lens-zero");
        NearOneLens one = bind(new NearOneLens(ctx.theme()), lab, "clip-lens-one");
        HBox plots = new HBox(14,
                plotCard("The whole curve, p from 0 to 1", curve,
                        "Shaded: where clipping acts (p < ε, p > 1−ε). Tiny at ε = 1e-7: try ε = 0.1."),
                plotCard("Lens near p = 0 (log axis)", zero,
                        "Clipped: flat at the cap −log ε left of ε. Unclipped: it keeps rising, to ∞ at p = 0."),
                plotCard("Lens near p = 1 (scaled to ε)", one,
                        "Clipped: never below the floor −log(1 − ε) ≈ ε. Unclipped: 0 at p = 1, negative above."));
        VBox.setVgrow(plots, Priority.ALWAYS);

        VBox root = new VBox(14, top, plots);
        root.getStyleClass().addAll("screen", "clipping-screen");
        return root;
    }

    private static <T extends ClippingPlot> T bind(T plot, Lab lab, String id) {
        plot.setId(id);
        plot.clippingProperty().bind(lab.clippingProperty());
        plot.precisionProperty().bind(lab.precisionProperty());
        plot.numbersHiddenProperty().bind(lab.numbersHiddenProperty());
        return plot;
    }

    private static Card plotCard(String title, ClippingPlot plot, String hint) {
        Label note = Card.hint(hint);
        note.getStyleClass().add("plot-hint");
        Card c = new Card(title, plot, note);
        VBox.setVgrow(plot, Priority.ALWAYS);
        c.setPrefWidth(300);
        c.setMinHeight(260);
        HBox.setHgrow(c, Priority.ALWAYS);
        return c;
    }

    @Override
    public ScreenModel<?> model(Lab lab) {
        return lab.clippingLab();
    }

    @Override
    public void reset(ScreenContext ctx) {
        ctx.lab().clippingLab().reset();
        if (controls != null) {
            controls.clearInput();
        }
    }
}
