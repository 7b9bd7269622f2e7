package celab.screen;

import celab.core.Numbers;
import celab.model.Comparison;
import celab.model.ComparisonModel;
import celab.model.Lab;
import celab.view.Card;
import celab.view.StyleClasses;
import java.util.List;
import javafx.beans.Observable;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The two puzzles of the accuracy-vs-loss screen and the sentences that say where the learner
 * stands. Whether a puzzle is solved is the model's verdict ({@link Comparison}); this class only
 * words it. Ids: {@code #challenge-1}, {@code #challenge-1-mark}, {@code #challenge-2}, {@code #challenge-2-mark}.
 */
final class AccuracyVsLossPuzzles {
    private static final String[] NAMES = {"A", "B"};

    private AccuracyVsLossPuzzles() {
    }

    /** The card with both puzzles, kept up to date from the model's comparison and solved flags. */
    static Node card(ScreenContext ctx, ComparisonModel m) {
        Lab lab = ctx.lab();
        Challenge one = new Challenge(1, "Same accuracy, very different loss:",
                "both right (or both wrong), one loss ≥ " + Numbers.format(Comparison.FACTOR, 1)
                        + "× the other and ≥ " + Numbers.format(Comparison.MIN_GAP, 1) + " more.");
        Challenge two = new Challenge(2, "Wrong, yet a lower loss:",
                "one prediction wrong, with a lower loss than the other, right one.");
        Runnable refresh = () -> {
            Comparison c = m.getComparison();
            boolean hidden = lab.numbersHiddenProperty().get();
            List<String> names = lab.classNames();
            celab.core.LogBase base = lab.getLogBase();
            one.show(c.sameAccuracyDifferentLoss(), m.solvedSameAccuracyProperty().get(),
                    c.sameAccuracyDifferentLoss() ? foundOne(c, hidden, base) : notYetOne(c, hidden));
            two.show(c.wrongBeatsRight(), m.solvedWrongBeatsRightProperty().get(),
                    c.wrongBeatsRight() ? foundTwo(c, hidden, names, base) : notYetTwo(c));
        };
        listen(refresh, m.comparisonProperty(), lab.numbersHiddenProperty(), lab.classNames(), lab.logBaseProperty(),
                m.solvedSameAccuracyProperty(), m.solvedWrongBeatsRightProperty());
        refresh.run();
        m.solvedSameAccuracyProperty().addListener((o, was, now) -> {
            if (now) {
                ctx.status().accept("Puzzle 1 solved: same accuracy, very different loss.");
            }
        });
        m.solvedWrongBeatsRightProperty().addListener((o, was, now) -> {
            if (now) {
                ctx.status().accept("Puzzle 2 solved: a wrong prediction with a lower loss than a right one.");
            }
        });
        HBox both = new HBox(18, one, two);
        HBox.setHgrow(one, Priority.ALWAYS);
        HBox.setHgrow(two, Priority.ALWAYS);
        one.setPrefWidth(100);
        two.setPrefWidth(100);
        Card card = new Card("Your turn: two puzzles", both);
        // a steady height (see .ab-challenges): the plots above must not resize while a point is
        // dragged and a puzzle's sentence changes length
        card.getStyleClass().add("ab-challenges");
        card.setId("ab-puzzles"); // a lesson can hide the whole card
        return card;
    }

    private static String loss(double x, boolean hidden, celab.core.LogBase base) {
        return hidden ? "?" : Numbers.format(base.fromNats(x)) + (base == celab.core.LogBase.E ? "" : " bits");
    }

    static String foundOne(Comparison c, boolean hidden) {
        return foundOne(c, hidden, celab.core.LogBase.E);
    }

    /** Losses in the lab's unit; in bits the unit is written out, since the seeds' numbers are nats. */
    static String foundOne(Comparison c, boolean hidden, celab.core.LogBase base) {
        int lo = c.lower();
        int hi = Comparison.other(lo);
        return "Found it! " + (c.correctA() ? "Both right" : "Both wrong") + ", yet " + NAMES[hi] + "'s loss "
                + loss(c.loss(hi), hidden, base) + " is far above " + NAMES[lo] + "'s " + loss(c.loss(lo), hidden, base)
                + ": accuracy can't tell them apart, the loss can.";
    }

    static String notYetOne(Comparison c, boolean hidden) {
        if (!c.sameAccuracy()) {
            return "Not yet: one is right and one wrong, so their accuracy differs.";
        }
        String now = hidden || !Double.isFinite(c.ratio()) ? "" : " (now " + Numbers.format(c.ratio(), 2) + "×)";
        return "Not yet" + now + ". Change how sure one is of the true class, but not which class wins.";
    }

    static String foundTwo(Comparison c, boolean hidden, List<String> names) {
        return foundTwo(c, hidden, names, celab.core.LogBase.E);
    }

    static String foundTwo(Comparison c, boolean hidden, List<String> names, celab.core.LogBase base) {
        int wrong = c.correctA() ? Comparison.B : Comparison.A;
        int right = Comparison.other(wrong);
        return "Found it! " + NAMES[wrong] + " picks " + names.get(c.predicted(wrong)) + " (wrong) yet gives "
                + names.get(c.trueClass()) + " " + Numbers.format(c.pTrue(wrong), 3) + " > "
                + Numbers.format(c.pTrue(right), 3) + ", so its loss " + loss(c.loss(wrong), hidden, base) + " < "
                + loss(c.loss(right), hidden, base) + ".";
    }

    static String notYetTwo(Comparison c) {
        return "Not yet. Hint: in the triangle, drag a point just across a border, "
                + "staying on a lower-loss line than the other.";
    }


    private static void listen(Runnable r, Observable... inputs) {
        for (Observable o : inputs) {
            o.addListener(x -> r.run());
        }
    }

    /** One puzzle: a mark (○ or ✔), its task in bold and a sentence on where the learner stands. */
    private static final class Challenge extends HBox {
        private final Label mark = new Label();
        private final Label state = new Label();

        Challenge(int n, String task, String detail) {
            super(10);
            getStyleClass().add("challenge");
            mark.setId("challenge-" + n + "-mark");
            mark.getStyleClass().add("challenge-mark");
            mark.setMinWidth(Label.USE_PREF_SIZE);
            Text title = new Text(n + ". " + task + " ");
            title.getStyleClass().add("challenge-task");
            Text what = new Text(detail);
            what.getStyleClass().add("challenge-detail");
            TextFlow head = new TextFlow(title, what);
            state.setId("challenge-" + n);
            state.getStyleClass().add("challenge-state");
            state.setWrapText(true);
            state.setMinHeight(Label.USE_PREF_SIZE);
            VBox text = new VBox(2, head, state);
            HBox.setHgrow(text, Priority.ALWAYS);
            getChildren().addAll(mark, text);
        }

        void show(boolean now, boolean solved, String sentence) {
            mark.setText(now || solved ? "✔" : "○");
            StyleClasses.toggle(mark, "done", now || solved);
            StyleClasses.toggle(state, "done", now);
            state.setText(!now && solved ? "Solved earlier. Reset all to try again from the start." : sentence);
            mark.setAccessibleText(now ? "solved now" : solved ? "solved earlier" : "not solved yet");
        }
    }
}
