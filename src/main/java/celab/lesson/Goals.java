package celab.lesson;

import celab.core.LogBase;
import celab.core.LossResult;
import celab.io.lesson.Lesson;
import celab.model.BatchModel;
import celab.model.Lab;
import celab.model.LabState;
import celab.model.PredictionModel;
import java.util.List;

/** Checks the catalogue's goals ({@link celab.io.lesson.GoalKind}) against the lab's values. */
public final class Goals {

    private Goals() {
    }

    /** Whether every goal holds; {@code prepared} is the state the step opened with. */
    public static boolean allMet(List<Lesson.Goal> goals, Lab lab, LabState prepared) {
        return goals.stream().allMatch(g -> met(g, lab, prepared));
    }

    /** Whether one goal holds now. */
    public static boolean met(Lesson.Goal g, Lab lab, LabState prepared) {
        return switch (g.kind()) {
            case LOSS_BELOW -> loss(lab, g.word("of")) < g.number("value");
            case LOSS_ABOVE -> loss(lab, g.word("of")) > g.number("value");
            case LOSS_FINITE -> Double.isFinite(loss(lab, g.word("of")));
            case PREDICTED_CLASS -> prediction(lab, g.word("of")).getResult().predicted(0) == g.integer("class");
            case TRUE_CLASS -> (g.word("of").equals("explorer") ? lab.explorer().row().getTarget()
                    : lab.comparison().targetProperty().get()) == g.integer("class");
            case P_TRUE_IN_RANGE -> {
                double p = prediction(lab, g.word("of")).getResult().pTrue(0);
                yield p >= g.number("min") && p <= g.number("max");
            }
            case BATCH_MEAN_BELOW -> lab.batch().getResult().mean() < g.number("value");
            case BATCH_MEAN_ABOVE -> lab.batch().getResult().mean() > g.number("value");
            case BATCH_MEAN_INFINITE -> Double.isInfinite(lab.batch().getResult().mean());
            case BATCH_ROW_UNCHANGED -> rowUnchanged(lab, prepared, g.integer("row"));
            case TARGET_FORM -> lab.batch().targetForm() == (g.word("form").equals("one-hot")
                    ? BatchModel.TargetForm.ONE_HOT : BatchModel.TargetForm.INDICES);
            case ACCURACY_EQUALS -> Math.abs(accuracy(lab, g.word("of")) - g.number("value")) < 1e-9;
            case WRONG_BEATS_RIGHT -> lab.comparison().getComparison().wrongBeatsRight();
            case CLIPPING -> lab.getClipping().enabled() == g.flag("on");
            case EPSILON_IN_RANGE -> lab.getClipping().enabled() && lab.getClipping().epsilon() >= g.number("min")
                    && lab.getClipping().epsilon() <= g.number("max");
            case CAP_IN_RANGE -> lab.getClipping().enabled() && lab.getClipping().cap() >= g.number("min")
                    && lab.getClipping().cap() <= g.number("max");
            case LOGIT_ABOVE -> java.util.Arrays.stream(lab.logits().getState().z()).max().orElse(0)
                    > g.number("value");
            case LOG_BASE -> lab.getLogBase() == (g.word("unit").equals("bits") ? LogBase.TWO : LogBase.E);
            case KL_BELOW -> lab.information().getResult().base().toNats(lab.information().getResult().kl())
                    < g.number("value");
            case SMOOTHING_IN_RANGE -> lab.information().smoothingProperty().get() >= g.number("min")
                    && lab.information().smoothingProperty().get() <= g.number("max");
            case TRAINING_LOSS_BELOW -> lab.spiral().getSnapshot() != null
                    && lab.spiral().getSnapshot().loss() < g.number("value");
        };
    }

    private static PredictionModel prediction(Lab lab, String of) {
        return switch (of) {
            case "A" -> lab.comparison().a();
            case "B" -> lab.comparison().b();
            default -> lab.explorer().row();
        };
    }

    private static double loss(Lab lab, String of) {
        return switch (of) {
            case "batch" -> lab.batch().getResult().mean();
            case "logits" -> lab.logits().getState().loss();
            default -> prediction(lab, of).getResult().loss(0);
        };
    }

    private static double accuracy(Lab lab, String of) {
        return switch (of) {
            case "comparison" -> {
                var c = lab.comparison().getComparison();
                yield ((c.correctA() ? 1 : 0) + (c.correctB() ? 1 : 0)) / 2.0;
            }
            case "batch" -> lab.batch().getResult().accuracy();
            case "logits" -> lab.logits().getState().batch().accuracy();
            default -> {
                LossResult r = lab.explorer().row().getResult();
                yield r.correct(0) ? 1 : 0;
            }
        };
    }

    private static boolean rowUnchanged(Lab lab, LabState prepared, int k) {
        List<List<Double>> rows = prepared.batch().rows();
        if (k >= rows.size() || k >= lab.batch().rowCount()) {
            return false;
        }
        double[] now = lab.batch().row(k).toArray();
        List<Double> then = rows.get(k);
        if (now.length != then.size()) {
            return false;
        }
        for (int j = 0; j < now.length; j++) {
            if (Math.abs(now[j] - then.get(j)) > 1e-12) {
                return false;
            }
        }
        return true;
    }
}
