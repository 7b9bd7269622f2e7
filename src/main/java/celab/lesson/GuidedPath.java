package celab.lesson;

import celab.core.Distribution;
import celab.model.Lab;
import celab.model.PredictionModel;
import java.util.ArrayList;
import java.util.List;

/**
 * The guided path through the lab, in the order the ideas build on each other: why accuracy is
 * not enough, the formula and its one-hot shortcut, a batch and its mean, log(0) and clipping,
 * accuracy beside loss, and logits. Every text here is the app's own explanation.
 */
public final class GuidedPath {

    private GuidedPath() {
    }

    public static List<GuideStep> steps() {
        List<GuideStep> steps = new ArrayList<>();
        steps.addAll(formula());
        steps.addAll(review());
        return List.copyOf(steps);
    }

    private static PredictionModel explorer(Lab lab) {
        return lab.explorer().row();
    }

    private static void explorerAt(Lab lab, int target, double... p) {
        lab.resetNumerics();
        PredictionModel row = explorer(lab);
        row.setPrediction(Distribution.of(p));
        row.setTarget(target);
    }

    static List<GuideStep> formula() {
        return List.of(
                new TaskStep("formula-shortcut", "explorer", "The formula and its one-hot shortcut",
                        "Cross-entropy adds up −y·log ŷ over every class. The target y is one-hot: a 1 for the"
                                + " true class and 0 everywhere else, so every term but one vanishes. Look at the"
                                + " formula card: the grey terms are the ones multiplied by 0.",
                        "Make human the true class and watch which term stays black.",
                        "Click “human” in the target card, or press 3.",
                        lab -> explorerAt(lab, 0, 0.7, 0.1, 0.2),
                        lab -> explorer(lab).getTarget() == 2),
                new TaskStep("confident-right", "explorer", "Confidence lowers the loss",
                        "The loss is −log of the probability given to the true class. At 0.7 it is 0.357;"
                                + " the closer that probability gets to 1, the closer the loss gets to 0.",
                        "Make the loss smaller than 0.2 without changing the predicted class.",
                        "Drag the dog slider, or the point on the curve, to the right: −log p < 0.2 needs p > 0.819.",
                        lab -> explorerAt(lab, 0, 0.7, 0.1, 0.2),
                        lab -> explorer(lab).getResult().loss(0) < 0.2 && explorer(lab).getResult().predicted(0) == 0),
                new TaskStep("wrong-but-close", "explorer", "Wrong is not all the same",
                        "Accuracy only asks whether the biggest bar is the true class. The loss keeps"
                                + " counting how much probability the true class got, right or wrong.",
                        "Make the prediction wrong while keeping the loss below 1.",
                        "Give cat a little more than dog, with dog still above 0.37 (−log 0.37 ≈ 1).",
                        lab -> explorerAt(lab, 0, 0.7, 0.1, 0.2),
                        lab -> !explorer(lab).getResult().correct(0) && explorer(lab).getResult().loss(0) < 1.0),
                new QuestionStep("loss-of-one", "explorer", "Answer by doing: a loss of 1",
                        "The curve −log p falls steeply near 0 and flattens near 1.",
                        new Question.Numeric("Move p(true) until the loss reads 1.000. Which probability gives"
                                + " a loss of exactly 1? (three decimals)", Math.exp(-1), 0.005,
                                "Find the point on the curve at height 1: it sits at p = e⁻¹."),
                        lab -> explorerAt(lab, 0, 0.7, 0.1, 0.2)));
    }

    static List<GuideStep> review() {
        return List.of(
                new QuestionStep("review-log0", "explorer", "Review: a probability of 0",
                        "Think back to what happens when the true class gets nothing at all.",
                        new Question.Choice("A model gives the true class a probability of exactly 0."
                                + " What goes wrong, and what does clipping do about it?",
                                List.of("The loss is 0, so the model is not corrected; clipping adds a penalty.",
                                        "−log 0 is infinite, and one infinite loss makes the whole batch mean"
                                                + " infinite; clipping raises 0 to ε = 1e-7, so the loss stops at"
                                                + " −log ε ≈ 16.12.",
                                        "The division by the batch size fails; clipping removes that sample."),
                                1, "−log p grows without bound as p → 0; clipping to [ε, 1 − ε] caps it at −log ε."),
                        lab -> { }),
                new QuestionStep("review-targets", "explorer", "Review: two spellings of a target",
                        "Targets come as class indices like [0, 1, 1] or as one-hot rows.",
                        new Question.Choice("How do you get each sample's true-class probability from a batch"
                                + " of predictions?",
                                List.of("With indices, pick column t of each row; with one-hot rows, multiply"
                                                + " the row by its one-hot row and add up — both leave the same number.",
                                        "With indices, take the largest value of each row; with one-hot rows,"
                                                + " take the mean of the row.",
                                        "Both need the argmax of the predictions first."),
                                0, "Indexing and multiply-and-sum select the same entry, so the losses agree."),
                        lab -> { }),
                new QuestionStep("review-mean", "explorer", "Review: why the mean",
                        "Training needs one number per batch.",
                        new Question.Choice("Why is the loss of a batch the mean of the per-sample losses?",
                                List.of("Because the mean is always smaller than the sum.",
                                        "It turns many errors into one number to minimise, in which every"
                                                + " sample counts equally and whose size does not grow with the batch.",
                                        "Because accuracy is also a mean."),
                                1, "Minimising the mean lowers the average −log p(true) over the samples."),
                        lab -> { }));
    }
}
