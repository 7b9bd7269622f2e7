package celab.view;

import celab.core.LossResult;
import celab.core.Numbers;
import celab.model.Lab;
import celab.model.PredictionModel;
import javafx.scene.layout.FlowPane;

/**
 * Loss, p(true), predicted class and the verdict for one prediction row, all read from the
 * model's result. Ids: {@code #<prefix>loss}, {@code #<prefix>p-true}, {@code #<prefix>predicted},
 * {@code #<prefix>verdict}.
 */
public final class LossReadouts extends FlowPane {
    private final Lab lab;
    private final PredictionModel row;
    private final Readout loss;
    private final Readout pTrue;
    private final Readout predicted;
    private final Readout verdict;

    public LossReadouts(Lab lab, PredictionModel row, String prefix) {
        super(18, 10);
        this.lab = lab;
        this.row = row;
        getStyleClass().add("readouts");
        loss = new Readout("loss  −log p(true)", prefix + "loss");
        loss.getStyleClass().add("primary");
        pTrue = new Readout("p(true)", prefix + "p-true");
        predicted = new Readout("predicted (argmax)", prefix + "predicted");
        verdict = new Readout("accuracy says", prefix + "verdict");
        getChildren().addAll(loss, pTrue, predicted, verdict);
        row.resultProperty().addListener((o, was, now) -> refresh());
        lab.numbersHiddenProperty().addListener((o, was, now) -> refresh());
        lab.logBaseProperty().addListener((o, was, now) -> refresh());
        lab.classNames().addListener((javafx.collections.ListChangeListener<String>) c -> refresh());
        refresh();
    }

    private void refresh() {
        LossResult r = row.getResult();
        boolean hidden = lab.numbersHiddenProperty().get();
        celab.core.LogBase base = lab.getLogBase();
        loss.setCaption("loss  −" + base.symbol() + " p(true)  (" + base.unit() + ")");
        String l = Units.number(r.loss(0), base, hidden);
        loss.set(l, "loss " + (hidden ? "hidden" : l + " " + base.unit()));
        String p = Numbers.format(r.pTrue(0), 4);
        pTrue.set(p, "probability of the true class " + p);
        String name = lab.classNames().get(r.predicted(0));
        String shown = r.predicted(0) + " " + name;
        predicted.set(shown, "predicted class " + shown);
        boolean ok = r.correct(0);
        verdict.set(ok ? "✔ correct" : "✘ wrong", ok ? "accuracy says correct" : "accuracy says wrong");
        verdict.setVerdict(ok);
    }
}
