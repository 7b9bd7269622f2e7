package celab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import celab.io.lesson.Lesson;
import celab.model.BatchModel;
import celab.model.Lab;
import celab.screen.Screen;
import celab.screen.ScreenCatalog;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every step of the guided path: each task starts unsolved on its prepared state and a learner's
 * solution completes it; each question accepts its answer and refuses a wrong one.
 */
class GuidedPathTest {

    /** What a learner would do for each task, through the models' commands. */
    static final Map<String, Consumer<Lab>> SOLUTIONS = Map.ofEntries(
            Map.entry("accuracy-not-enough", lab -> lab.comparison().b().setProbability(1, 0.6)),
            Map.entry("formula-shortcut", lab -> lab.explorer().row().setTarget(2)),
            Map.entry("confident-right", lab -> lab.explorer().row().setProbability(0, 0.85)),
            Map.entry("wrong-but-close", lab -> lab.explorer().row().setProbability(1, 0.5)),
            Map.entry("gradient-push", lab -> lab.explorer().row().setProbability(0, 0.1)),
            Map.entry("batch-onehot", lab -> lab.batch().setTargetForm(BatchModel.TargetForm.ONE_HOT)),
            Map.entry("batch-lower", lab -> lab.batch().setProbability(1, 1, 0.8)),
            Map.entry("log-zero", lab -> lab.batch().setProbability(0, 0, 0.0)),
            Map.entry("epsilon", lab -> lab.clippingLab().setEpsilon(1e-4)),
            Map.entry("wrong-beats-right", lab -> {
                lab.comparison().a().setPrediction(celab.core.Distribution.of(0.5, 0.45, 0.05));
            }),
            Map.entry("logits-overflow", lab -> lab.logits().setLogit(0, 1000)),
            Map.entry("surprise-bits", lab -> lab.logBaseProperty().set(celab.core.LogBase.TWO)),
            Map.entry("entropy-kl", lab -> lab.information().matchPredictionToTarget()),
            Map.entry("label-smoothing", lab -> {
                lab.information().setSmoothing(0.1);
                lab.information().matchPredictionToTarget();
            }),
            Map.entry("training-fall", GuidedPathTest::train));

    static final Map<String, String> ANSWERS = Map.ofEntries(
            Map.entry("loss-of-one", "0.368"),
            Map.entry("gradient-slope", "−4.0"),
            Map.entry("surprise-quarter", "2"),
            Map.entry("smoothing-floor", "0,2911"),
            Map.entry("batch-mean", "0,3851"),
            Map.entry("above-one", "1"),
            Map.entry("cap", "16.12"),
            Map.entry("logits-gradient", "0"),
            Map.entry("pytorch-mean", "1.4412"),
            Map.entry("training-start", "1.099"),
            Map.entry("training-hardest", "0"),
            Map.entry("review-log0", "1"),
            Map.entry("review-targets", "0"),
            Map.entry("review-mean", "1"));

    /** Presses Step until the loss is below 0.5, as a learner would press Play and wait. */
    static void train(Lab lab) {
        for (int i = 0; i < 3000 && lab.spiral().getSnapshot().loss() >= 0.5; i++) {
            lab.spiral().step();
            lab.spiral().awaitIdle();
        }
    }

    @Test
    void everyTaskStartsUnsolvedAndALearnersSolutionCompletesIt() {
        for (GuideStep step : GuidedPath.steps()) {
            if (step.task() != null) {
                Lab lab = new Lab();
                step.prepare(lab);
                assertFalse(step.isDone(lab), step.id() + " is already done after prepare");
                SOLUTIONS.get(step.id()).accept(lab);
                assertTrue(step.isDone(lab), step.id() + " is recognised after the solution");
                lab.spiral().shutdown();
            }
        }
    }

    @Test
    void everyQuestionAcceptsItsAnswerAndRefusesAWrongOne() {
        for (GuideStep step : GuidedPath.steps()) {
            if (step.question() != null) {
                String answer = ANSWERS.get(step.id());
                assertTrue(Question.check(step.question(), answer, 0).correct(), step.id() + " accepts " + answer);
                assertFalse(Question.check(step.question(), "999", 0).correct(), step.id() + " refuses 999");
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
    void thePathStartsAtTheExplorerAndFollowsTheSeedsArc() {
        List<String> screens = GuidedPath.steps().stream().map(GuideStep::screen).distinct().toList();
        assertEquals(List.of("explorer", "accuracy", "information", "batch", "clipping", "logits", "spiral"),
                screens);
    }

    @Test
    void theFileFormatKnowsExactlyTheAppsScreens() {
        assertEquals(ScreenCatalog.all().stream().map(Screen::id).toList(), celab.io.lesson.LessonFile.SCREENS);
    }

    @Test
    void reviewStepsOpenTheScreenTheyAreAbout() {
        Map<String, String> screens = GuidedPath.steps().stream()
                .collect(Collectors.toMap(GuideStep::id, GuideStep::screen));
        assertEquals("clipping", screens.get("review-log0"));
        assertEquals("batch", screens.get("review-targets"));
        assertEquals("batch", screens.get("review-mean"));
    }

    @Test
    void everyTaskHasAHintAndEveryQuestionAHintAndAnExplanation() {
        for (GuideStep step : GuidedPath.steps()) {
            if (step.task() != null) {
                assertFalse(step.hints().isEmpty(), step.id() + " has hints");
            }
            Lesson.Question q = step.question();
            if (q != null) {
                assertFalse(q.hint().isBlank(), step.id() + " has a hint");
                assertFalse(q.explanation().isBlank(), step.id() + " has an explanation");
            }
        }
    }
}
