package celab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import celab.core.Distribution;
import celab.io.lesson.GoalKind;
import celab.io.lesson.Lesson;
import celab.io.lesson.LessonFile;
import celab.model.BatchModel;
import celab.model.Lab;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Each goal of the catalogue, on a prepared state written in the file format: it starts unsolved,
 * and a learner's action through the models' commands solves it.
 */
class GoalsTest {

    /** One case: a goal as a file writes it, the step's state, and what a learner does. */
    private record Case(String goal, String state, Consumer<Lab> action) {
    }

    private static final List<Case> CASES = List.of(
            new Case("{\"goal\": \"loss-below\", \"of\": \"explorer\", \"value\": 0.2}", "{}",
                    lab -> lab.explorer().row().setProbability(0, 0.9)),
            new Case("{\"goal\": \"loss-below\", \"of\": \"B\", \"value\": 0.6}", "{}",
                    lab -> lab.comparison().b().setProbability(1, 0.6)),
            new Case("{\"goal\": \"loss-below\", \"of\": \"batch\", \"value\": 0.3}", "{}",
                    lab -> lab.batch().setProbability(1, 1, 0.9)),
            new Case("{\"goal\": \"loss-above\", \"of\": \"A\", \"value\": 1.0}", "{}",
                    lab -> lab.comparison().a().setProbability(1, 0.3)),
            new Case("{\"goal\": \"loss-above\", \"of\": \"logits\", \"value\": 2.0}", "{}",
                    lab -> lab.logits().setLogit(0, -5)),
            new Case("{\"goal\": \"loss-finite\", \"of\": \"explorer\"}",
                    "{\"settings\": " + settings(false) + ", \"explorer\": {\"prediction\": [0, 0.5, 0.5], \"target\": 0}}",
                    lab -> lab.explorer().row().setProbability(0, 0.2)),
            new Case("{\"goal\": \"predicted-class\", \"of\": \"explorer\", \"class\": 1}", "{}",
                    lab -> lab.explorer().row().setProbability(1, 0.8)),
            new Case("{\"goal\": \"true-class\", \"of\": \"comparison\", \"class\": 2}", "{}",
                    lab -> lab.comparison().targetProperty().set(2)),
            new Case("{\"goal\": \"p-true-in-range\", \"of\": \"A\", \"min\": 0.8, \"max\": 0.9}", "{}",
                    lab -> lab.comparison().a().setProbability(1, 0.85)),
            new Case("{\"goal\": \"batch-mean-below\", \"value\": 0.3}", "{}",
                    lab -> lab.batch().setProbability(1, 1, 0.8)),
            new Case("{\"goal\": \"batch-mean-above\", \"value\": 1.0}", "{}",
                    lab -> lab.batch().setProbability(0, 0, 0.01)),
            new Case("{\"goal\": \"batch-mean-infinite\"}", "{\"settings\": " + settings(false) + "}",
                    lab -> lab.batch().setProbability(0, 0, 0.0)),
            new Case("{\"goal\": \"batch-row-unchanged\", \"row\": 2}",
                    "{\"batch\": {\"rows\": [[0.7, 0.1, 0.2], [0.1, 0.5, 0.4], [0.3, 0.3, 0.4]], \"targets\": [0, 1, 2],"
                            + " \"form\": \"INDICES\"}}",
                    lab -> lab.batch().setProbability(2, 2, 0.4)), // puts row 2 back after the test moved it
            new Case("{\"goal\": \"target-form\", \"form\": \"one-hot\"}", "{}",
                    lab -> lab.batch().setTargetForm(BatchModel.TargetForm.ONE_HOT)),
            new Case("{\"goal\": \"accuracy-equals\", \"of\": \"batch\", \"value\": 0.6666666666666666}", "{}",
                    lab -> lab.batch().setProbability(2, 0, 0.95)),
            new Case("{\"goal\": \"wrong-beats-right\"}", "{}",
                    lab -> lab.comparison().a().setPrediction(Distribution.of(0.5, 0.45, 0.05))),
            new Case("{\"goal\": \"clipping\", \"on\": false}", "{}",
                    lab -> lab.clippingProperty().set(lab.getClipping().withEnabled(false))),
            new Case("{\"goal\": \"epsilon-in-range\", \"min\": 0.001, \"max\": 0.01}", "{}",
                    lab -> lab.clippingLab().setEpsilon(0.005)),
            new Case("{\"goal\": \"cap-in-range\", \"min\": 0, \"max\": 10}", "{}",
                    lab -> lab.clippingLab().setEpsilon(1e-4)),
            new Case("{\"goal\": \"logit-above\", \"value\": 709.8}", "{}",
                    lab -> lab.logits().setLogit(1, 800)),
            new Case("{\"goal\": \"log-base\", \"unit\": \"bits\"}", "{}",
                    lab -> lab.logBaseProperty().set(celab.core.LogBase.TWO)),
            new Case("{\"goal\": \"kl-below\", \"value\": 0.05}", "{}",
                    lab -> lab.information().prediction().setProbability(0, 0.97)),
            new Case("{\"goal\": \"smoothing-in-range\", \"min\": 0.05, \"max\": 0.2}", "{}",
                    lab -> lab.information().setSmoothing(0.1)),
            new Case("{\"goal\": \"training-loss-below\", \"value\": 0.5}", "{}", GuidedPathTest::train));

    private static String settings(boolean clipping) {
        return "{\"epsilon\": 1e-7, \"clipping\": " + clipping + ", \"precision\": \"FLOAT64\", \"classNames\": "
                + "[\"dog\", \"cat\", \"human\", \"bird\", \"fish\", \"horse\", \"frog\", \"car\", \"ship\", \"plane\"]}";
    }

    private static GuideStep step(Case c) throws Exception {
        String text = "{\"format\": \"cross-entropy-lab-lesson\", \"version\": 1, \"title\": \"t\", \"author\": \"a\","
                + " \"steps\": [{\"id\": \"s\", \"title\": \"t\", \"screen\": \"explorer\", \"state\": " + c.state()
                + ", \"text\": \"t\", \"task\": {\"text\": \"t\", \"goals\": [" + c.goal() + "]}}]}";
        Lesson lesson = LessonFile.parse("goal", text);
        return Lessons.steps("goal", lesson).get(0);
    }

    @Test
    void eachGoalStartsUnsolvedOnItsPreparedStateAndALearnersActionSolvesIt() throws Exception {
        Set<GoalKind> covered = EnumSet.noneOf(GoalKind.class);
        for (Case c : CASES) {
            GuideStep step = step(c);
            Lab lab = new Lab();
            step.prepare(lab);
            if (step.task().goals().get(0).kind() == GoalKind.BATCH_ROW_UNCHANGED) {
                // this goal holds on the prepared state by design; a learner breaks it, then restores it
                lab.batch().setProbability(2, 2, 0.9);
            }
            assertFalse(step.isDone(lab), c.goal() + " is unsolved on its prepared state");
            c.action().accept(lab);
            assertTrue(step.isDone(lab), c.goal() + " is solved by the learner's action");
            covered.add(step.task().goals().get(0).kind());
            lab.spiral().shutdown();
        }
        assertEquals(EnumSet.allOf(GoalKind.class), covered, "every goal of the catalogue has a case");
    }

    @Test
    void aWrongLearnerActionDoesNotSolveTheGoal() throws Exception {
        Map<String, Consumer<Lab>> wrong = new LinkedHashMap<>();
        wrong.put("{\"goal\": \"loss-below\", \"of\": \"explorer\", \"value\": 0.2}",
                lab -> lab.explorer().row().setProbability(0, 0.8)); // −log 0.8 = 0.223
        wrong.put("{\"goal\": \"cap-in-range\", \"min\": 0, \"max\": 10}",
                lab -> lab.clippingLab().setEpsilon(1e-5)); // cap 11.5
        for (var e : wrong.entrySet()) {
            GuideStep step = step(new Case(e.getKey(), "{}", e.getValue()));
            Lab lab = new Lab();
            step.prepare(lab);
            e.getValue().accept(lab);
            assertFalse(step.isDone(lab), e.getKey());
        }
    }

    @Test
    void goalParametersAreReadAsTheFileGivesThem() throws Exception {
        Lesson.Goal g = step(CASES.get(8)).task().goals().get(0);
        assertEquals(GoalKind.P_TRUE_IN_RANGE, g.kind());
        assertEquals(Map.of("of", "A", "min", 0.8, "max", 0.9), g.params());
        assertTrue(new ObjectMapper().readTree(LessonFile.toJson(
                new Lesson("t", "a", List.of(step(CASES.get(8)).spec())))).toString().contains("\"min\":0.8"));
    }
}
