package celab.lesson;

import celab.screen.Screen;
import celab.screen.ScreenCatalog;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import celab.model.BatchModel;
import celab.model.Lab;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every task starts unsolved, a learner's solution completes it, and every question has its answer. */
class GuidedPathTest {

    /** What a learner would do for each task, through the models' commands. */
    private static final Map<String, Consumer<Lab>> SOLUTIONS = Map.ofEntries(
            Map.entry("accuracy-not-enough", lab -> lab.comparison().b().setProbability(1, 0.6)),
            Map.entry("formula-shortcut", lab -> lab.explorer().row().setTarget(2)),
            Map.entry("confident-right", lab -> lab.explorer().row().setProbability(0, 0.85)),
            Map.entry("wrong-but-close", lab -> lab.explorer().row().setProbability(1, 0.5)),
            Map.entry("batch-onehot", lab -> lab.batch().setTargetForm(BatchModel.TargetForm.ONE_HOT)),
            Map.entry("batch-lower", lab -> lab.batch().setProbability(1, 1, 0.8)),
            Map.entry("log-zero", lab -> lab.batch().setProbability(0, 0, 0.0)),
            Map.entry("epsilon", lab -> lab.clippingLab().setEpsilon(1e-4)),
            Map.entry("wrong-beats-right", lab -> {
                lab.comparison().a().setPrediction(celab.core.Distribution.of(0.5, 0.45, 0.05));
            }),
            Map.entry("logits-overflow", lab -> lab.logits().setLogit(0, 1000)));

    private static final Map<String, String> ANSWERS = Map.ofEntries(
            Map.entry("loss-of-one", "0.368"),
            Map.entry("batch-mean", "0.3851"),
            Map.entry("above-one", "1"),
            Map.entry("cap", "16.118"),
            Map.entry("pytorch-mean", "1.4412"),
            Map.entry("review-log0", "1"),
            Map.entry("review-targets", "0"),
            Map.entry("review-mean", "1"));

    @Test
    void everyTaskStartsUnsolvedAndALearnersSolutionCompletesIt() {
        for (GuideStep step : GuidedPath.steps()) {
            if (step instanceof TaskStep task) {
                Lab lab = new Lab();
                task.prepare(lab);
                assertFalse(task.isDone(lab), task.id() + " is already done after prepare");
                SOLUTIONS.get(task.id()).accept(lab);
                assertTrue(task.isDone(lab), task.id() + " is recognised after the solution");
            }
        }
    }

    @Test
    void everyQuestionAcceptsItsAnswerAndRefusesAWrongOne() {
        for (GuideStep step : GuidedPath.steps()) {
            if (step instanceof QuestionStep q) {
                String answer = ANSWERS.get(q.id());
                assertTrue(q.question().check(answer).correct(), q.id() + " accepts " + answer);
                assertFalse(q.question().check("999").correct(), q.id() + " refuses 999");
            }
        }
    }

    @Test
    void everyStepHasASolutionOrAnswerAScreenAndAUniqueId() {
        Set<String> screens = ScreenCatalog.all().stream().map(Screen::id).collect(Collectors.toSet());
        Set<String> ids = new HashSet<>();
        List<GuideStep> steps = GuidedPath.steps();
        for (GuideStep step : steps) {
            assertTrue(screens.contains(step.screen()), step.id() + " opens " + step.screen());
            assertTrue(ids.add(step.id()), "duplicate id " + step.id());
            assertTrue(SOLUTIONS.containsKey(step.id()) || ANSWERS.containsKey(step.id()), "covered: " + step.id());
        }
        assertEquals(SOLUTIONS.size() + ANSWERS.size(), steps.size());
    }

    @Test
    void thePathFollowsTheSeedsArc() {
        List<String> screens = GuidedPath.steps().stream().map(GuideStep::screen).distinct().toList();
        assertEquals(List.of("accuracy", "explorer", "batch", "clipping", "logits"), screens);
    }
}
