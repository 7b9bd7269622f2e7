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
        steps.addAll(accuracyIsNotEnough());
        steps.addAll(formula());
        steps.addAll(batch());
        steps.addAll(clipping());
        steps.addAll(accuracyBesideLoss());
        steps.addAll(logits());
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

    static List<GuideStep> accuracyIsNotEnough() {
        return List.of(
                new TaskStep("accuracy-not-enough", "accuracy", "Why accuracy is not enough",
                        "Two predictions for the same picture, both with cat as the biggest bar: accuracy"
                                + " calls both of them right, 100% each. Yet A gives cat 0.6 and B only 0.36."
                                + " The loss sees that difference: 0.511 for A, 1.022 for B.",
                        "Make B as good as A: get B's loss below 0.6 while both stay correct.",
                        "Raise B's cat slider; −log p < 0.6 needs p > 0.55.",
                        lab -> {
                            lab.resetNumerics();
                            lab.comparison().reset();
                        },
                        lab -> lab.comparison().getComparison().correctA() && lab.comparison().getComparison().correctB()
                                && lab.comparison().getComparison().loss(1) < 0.6));
    }

    static List<GuideStep> batch() {
        return List.of(
                new QuestionStep("batch-mean", "batch", "A batch and its mean",
                        "Training looks at many samples at once. Each row gets its own loss, −log of its"
                                + " picked probability, and the batch loss is their mean. The highlighted cells"
                                + " are the picked probabilities: row i, column t_i.",
                        new Question.Numeric("Read it off the screen: what is the mean loss of the seeds' batch,"
                                + " to four decimals?", 0.38506088, 0.00051,
                                "Add the three per-sample losses and divide by 3: (0.3567 + 0.6931 + 0.1054) / 3."),
                        lab -> {
                            lab.resetNumerics();
                            lab.batch().reset();
                        }),
                new TaskStep("batch-onehot", "batch", "Indices or one-hot: the same numbers",
                        "Targets [0, 1, 1] and the one-hot rows [[1,0,0],[0,1,0],[0,1,0]] say the same thing."
                                + " Indexing picks the cell directly; multiplying by the one-hot row and adding"
                                + " leaves the same cell, because every other product is 0.",
                        "Show the targets as a one-hot matrix and check that the mean does not move.",
                        "Use the switch above the targets.",
                        lab -> {
                            lab.resetNumerics();
                            lab.batch().reset();
                        },
                        lab -> lab.batch().targetForm() == celab.model.BatchModel.TargetForm.ONE_HOT
                                && Math.abs(lab.batch().getResult().mean() - 0.38506088005216804) < 1e-12),
                new TaskStep("batch-lower", "batch", "One sample moves the mean",
                        "Each sample counts one third. The second sample, at 0.5, costs the most.",
                        "Bring the batch mean below 0.3 by changing only the second row.",
                        "The mean falls below 0.3 once row 2's true-class probability passes about 0.64.",
                        lab -> {
                            lab.resetNumerics();
                            lab.batch().reset();
                        },
                        lab -> lab.batch().rowCount() == 3 && lab.batch().getResult().mean() < 0.3
                                && lab.batch().row(0).get(0) == 0.7 && lab.batch().row(2).get(1) == 0.9));
    }

    static List<GuideStep> clipping() {
        return List.of(
                new TaskStep("log-zero", "batch", "log(0) poisons the mean",
                        "With clipping off, a true-class probability of exactly 0 costs −log 0 = ∞, and the"
                                + " mean of anything with ∞ in it is ∞: one sample wipes out the whole batch.",
                        "With clipping off, make the batch mean infinite.",
                        "Type 0 into a highlighted cell.",
                        lab -> {
                            lab.resetNumerics();
                            lab.clippingProperty().set(lab.getClipping().withEnabled(false));
                            lab.batch().reset();
                        },
                        lab -> !lab.getClipping().enabled() && Double.isInfinite(lab.batch().getResult().mean())),
                new QuestionStep("above-one", "clipping", "A hair above 1",
                        "Rounding can push a probability just past 1. The logarithm does not care that this is"
                                + " impossible and returns a positive number, so the loss turns negative.",
                        new Question.Choice("Without clipping, the true class gets 1 + 1e-9. What is the loss?",
                                List.of("Exactly 0.", "A tiny negative number, about −1e-9.", "∞."),
                                1, "−log(1 + 1e-9) ≈ −1e-9: a loss below zero, which makes no sense. Clipping"
                                        + " to 1 − ε turns it into the small floor −log(1 − ε) ≈ 1e-7 instead."),
                        lab -> lab.resetNumerics()),
                new QuestionStep("cap", "clipping", "Clipping caps the loss",
                        "Clipping moves every probability into [ε, 1 − ε] before the log. A 0 becomes ε, so"
                                + " the loss can no longer be ∞: it stops at −log ε.",
                        new Question.Numeric("With ε = 1e-7, what is the largest loss a sample can have?"
                                + " (three decimals)", 16.11809565, 0.002,
                                "It is −log(1e-7) = 7·ln 10; the left lens shows it as the flat line."),
                        lab -> lab.resetNumerics()),
                new TaskStep("epsilon", "clipping", "Choosing ε",
                        "A larger ε cuts the curve off lower: the cap −log ε drops, but every near-zero"
                                + " probability is also judged less harshly.",
                        "Move ε until the cap is below 10.",
                        "−log ε < 10 needs ε above about 4.5e-5.",
                        lab -> lab.resetNumerics(),
                        lab -> lab.getClipping().enabled() && lab.getClipping().cap() < 10));
    }

    static List<GuideStep> accuracyBesideLoss() {
        return List.of(
                new TaskStep("wrong-beats-right", "accuracy", "Accuracy beside loss",
                        "Accuracy and loss can disagree in both directions: a right answer can cost more than"
                                + " a wrong one when the right one is hesitant and the wrong one nearly right.",
                        "Find a wrong prediction with a lower loss than a right one.",
                        "Drag A in the triangle just across the border into another region, keeping cat high;"
                                + " leave B hesitant.",
                        lab -> {
                            lab.resetNumerics();
                            lab.comparison().reset();
                        },
                        lab -> lab.comparison().getComparison().wrongBeatsRight()));
    }

    static List<GuideStep> logits() {
        return List.of(
                new TaskStep("logits-overflow", "logits", "From logits: the stable way",
                        "A network's last layer gives raw scores, logits. Softmax turns them into"
                                + " probabilities with exp, which overflows above about 709.8 (88.7 in float32)."
                                + " Subtracting the largest logit first changes nothing in the result but keeps"
                                + " every exponent at or below 0.",
                        "Type a logit of 1000 and see the naive path break while the stable loss stays finite.",
                        "Type 1000 into the first logit's field and press Enter.",
                        lab -> {
                            lab.resetNumerics();
                            lab.logits().reset();
                        },
                        lab -> {
                            double max = java.util.Arrays.stream(lab.logits().getState().z()).max().orElse(0);
                            return max > 709.8 && Double.isFinite(lab.logits().getState().loss());
                        }),
                new QuestionStep("pytorch-mean", "logits", "Check against PyTorch",
                        "The PyTorch post computes the loss of four rows of logits with targets [0, 1, 2, 1]."
                                + " Load it with the example button.",
                        new Question.Numeric("What mean loss does the example give? (four decimals)",
                                1.4411566, 0.00051, "Load the example and read the mean under the table."),
                        lab -> {
                            lab.resetNumerics();
                            lab.logits().reset();
                        }));
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
