package celab.view;

import celab.core.Numbers;
import celab.model.Lab;
import celab.model.LogitsModel;
import celab.model.LogitsState;
import javafx.scene.layout.FlowPane;

/**
 * The logits screen's headline numbers for the selected row, all read from the model's state:
 * the loss through log-softmax ({@code #logit-loss}), the naive path's loss ({@code #naive-loss}) and whether the naive path survived ({@code #naive-verdict}).
 */
public final class LogitReadouts extends FlowPane {
    private final Lab lab;
    private final LogitsModel model;
    private final Readout loss = new Readout("loss via log-softmax", "logit-loss");
    private final Readout naive = new Readout("naive loss: exp, ÷, log", "naive-loss");
    private final Readout verdict = new Readout("naive path", "naive-verdict");

    public LogitReadouts(Lab lab, LogitsModel model) {
        super(18, 10);
        this.lab = lab;
        this.model = model;
        getStyleClass().add("readouts");
        loss.getStyleClass().add("primary");
        getChildren().addAll(loss, naive, verdict);
        model.stateProperty().addListener((o, was, now) -> refresh());
        lab.numbersHiddenProperty().addListener((o, was, now) -> refresh());
        lab.logBaseProperty().addListener((o, was, now) -> refresh());
        refresh();
    }

    private void refresh() {
        LogitsState s = model.getState();
        boolean hidden = lab.numbersHiddenProperty().get();
        celab.core.LogBase base = lab.getLogBase();
        loss.setCaption(Units.caption("loss via log-softmax", base));
        naive.setCaption(Units.caption("naive loss: exp, ÷, log", base));
        String l = Units.number(s.loss(), base, hidden);
        loss.set(l, "loss through log-softmax " + (hidden ? "hidden" : l));
        String n = Units.number(s.naive().loss(), base, hidden);
        naive.set(n, "naive loss " + (hidden ? "hidden" : n));
        naive.setVerdict(hidden || Double.isFinite(s.naive().loss()) ? null : false);
        boolean broken = s.naive().broken();
        verdict.set(broken ? "✘ broken" : "✔ agrees", broken ? "naive path broken" : "naive path agrees");
        verdict.setVerdict(!broken);
    }
}
