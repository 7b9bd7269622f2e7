package celab.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import celab.core.Clipping;
import celab.core.Distribution;
import celab.core.Precision;
import celab.io.ScenarioFile;
import celab.model.BatchModel;
import celab.model.ClippingModel;
import celab.model.ComparisonModel;
import celab.model.ExplorerModel;
import celab.model.InformationModel;
import celab.model.Lab;
import celab.model.LabState;
import celab.model.ScreenModel;
import celab.model.SpiralModel;
import celab.plot.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The screen contract: every screen has one model; its reset touches nothing else; its snapshot
 * round-trips; the lab's state is made of the screens' records and still reads older files.
 */
class ScreenContractTest {

    /** For each screen, a valid record that differs from the screen's start. */
    private static final Map<String, Record> CHANGED = Map.of(
            "explorer", new ExplorerModel.State(List.of(0.1, 0.2, 0.3, 0.4), 3),
            "accuracy", new ComparisonModel.State(List.of(0.5, 0.25, 0.25), List.of(0.2, 0.2, 0.6), 2),
            "batch", new BatchModel.State(List.of(Distribution.of(0.3, 0.3, 0.4)), List.of(2), BatchModel.TargetForm.ONE_HOT),
            "clipping", new ClippingModel.State(2),
            "logits", new LabState.Logits(List.of(List.of(1.0, -2.0, 3.5, 0.0)), List.of(2), 0, false),
            "spiral", new SpiralModel.Settings(40, 4, 7, 16, "MOMENTUM", 0.5, 100),
            "information", new InformationModel.State(List.of(0.2, 0.5, 0.3), 1, 0.2, List.of(0.25, 0.5, 0.25), true),
            "data", new celab.model.DataModel.State(1.5));

    static Stream<Screen> screens() {
        return ScreenCatalog.all().stream();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void restore(ScreenModel<?> model, Record state) {
        ((ScreenModel) model).restore(state);
    }

    private static ScreenContext context(Lab lab) {
        return new ScreenContext(lab, new Theme(), s -> { });
    }

    private static Lab changedLab() {
        Lab lab = new Lab();
        for (Screen s : ScreenCatalog.all()) {
            restore(s.model(lab), CHANGED.get(s.id()));
        }
        lab.clippingProperty().set(new Clipping(false, 1e-4));
        lab.precisionProperty().set(Precision.FLOAT32);
        lab.rename(0, "wolf");
        return lab;
    }

    @Test
    void everyScreenModelHasExactlyOneScreenInTheCatalog() {
        Lab lab = new Lab();
        Map<ScreenModel<?>, String> owners = new IdentityHashMap<>();
        Set<String> ids = new HashSet<>();
        for (Screen s : ScreenCatalog.all()) {
            assertTrue(ids.add(s.id()), "two screens called " + s.id());
            String other = owners.put(s.model(lab), s.id());
            assertEquals(null, other, s.id() + " and " + other + " share a model");
        }
        for (ScreenModel<?> m : lab.screenModels()) {
            assertTrue(owners.containsKey(m), m.getClass().getSimpleName() + " has no screen in the catalog");
        }
        assertEquals(lab.screenModels().size(), owners.size(), "a screen whose model the lab does not keep");
        assertEquals(ids, CHANGED.keySet(), "every screen is covered by this test");
    }

    @ParameterizedTest
    @MethodSource("screens")
    void snapshotAndRestoreRoundTrip(Screen screen) {
        Lab lab = new Lab();
        ScreenModel<?> model = screen.model(lab);
        Record start = model.snapshot();
        Record changed = CHANGED.get(screen.id());
        restore(model, changed);
        assertEquals(changed, model.snapshot(), screen.id() + ": the restored record comes back");
        assertNotEquals(start, model.snapshot(), screen.id() + ": the test's record really changes something");
        Lab other = new Lab();
        restore(screen.model(other), model.snapshot());
        assertEquals(model.snapshot(), screen.model(other).snapshot());
        lab.spiral().shutdown();
        other.spiral().shutdown();
    }

    @ParameterizedTest
    @MethodSource("screens")
    void resettingOneScreenLeavesTheOthersAndTheSharedSettingsAlone(Screen screen) {
        Lab lab = changedLab();
        LabState before = lab.snapshot();
        screen.reset(context(lab));
        assertEquals(new Lab().snapshot().getClass(), before.getClass());
        assertEquals(screen.model(new Lab()).snapshot(), screen.model(lab).snapshot(), screen.id() + " is back to its start");
        assertEquals(before.settings(), lab.snapshot().settings(), screen.id() + "'s reset left the shared settings alone");
        for (Screen other : ScreenCatalog.all()) {
            if (!other.id().equals(screen.id())) {
                assertEquals(CHANGED.get(other.id()), other.model(lab).snapshot(),
                        "resetting " + screen.id() + " left " + other.id() + " alone");
            }
        }
        lab.spiral().shutdown();
    }

    @Test
    void sharedSettingsHaveTheirOwnReset() {
        Lab lab = changedLab();
        lab.resetShared();
        assertEquals(new Lab().sharedSettings(), lab.sharedSettings());
        for (Screen s : ScreenCatalog.all()) {
            assertEquals(CHANGED.get(s.id()), s.model(lab).snapshot(), s.id() + " kept its values");
        }
    }

    @Test
    void theWholeLabRoundTripsThroughAScenarioFile() throws Exception {
        Lab lab = changedLab();
        Path file = Files.createTempFile("contract", ScenarioFile.EXTENSION);
        try {
            ScenarioFile.write(file, "spiral", lab.snapshot());
            LabState read = ScenarioFile.read(file, LabState.class).state();
            assertEquals(lab.snapshot(), read);
            Lab other = new Lab();
            other.restore(read);
            assertEquals(lab.snapshot(), other.snapshot());
            assertEquals(CHANGED.get("spiral"), other.spiral().snapshot(), "training settings are in the file");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void olderFilesWithoutTheNewPartsStillOpen() throws Exception {
        Lab defaults = new Lab();
        try (Stream<Path> files = Files.list(Path.of("assets/scenarios"))) {
            List<Path> all = files.filter(f -> f.toString().endsWith(ScenarioFile.EXTENSION)).toList();
            assertTrue(all.size() >= 5);
            for (Path f : all) {
                LabState state = ScenarioFile.read(f, LabState.class).state().withDefaults(defaults.snapshot());
                Lab lab = new Lab();
                lab.restore(state);
                assertEquals(SpiralModel.Settings.DEFAULTS, lab.spiral().snapshot(), f + ": training keeps its defaults");
                assertEquals(new ClippingModel.State(0), lab.clippingLab().snapshot(), f.toString());
            }
        }
    }

    @Test
    void aBadTrainingRecordChangesNothing() {
        Lab lab = changedLab();
        LabState before = lab.snapshot();
        LabState bad = new LabState(before.settings(), before.explorer(), before.comparison(), before.batch(),
                before.clippingScreen(), before.logits(), new SpiralModel.Settings(40, 4, 7, 16, "NEWTON", 0.5, 100));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> lab.restore(bad));
        assertTrue(e.getMessage().contains("optimizer"), e.getMessage());
        assertEquals(before, lab.snapshot());
        LabState tooMany = new LabState(before.settings(), before.explorer(), before.comparison(), before.batch(),
                before.clippingScreen(), before.logits(), new SpiralModel.Settings(40, 9, 7, 16, "MOMENTUM", 0.5, 100));
        assertThrows(IllegalArgumentException.class, () -> lab.restore(tooMany));
        assertEquals(before, lab.snapshot());
    }

    @Test
    void restoringEqualTrainingSettingsDoesNotRestartTraining() {
        Lab lab = new Lab();
        lab.spiral().step();
        lab.spiral().awaitIdle();
        lab.spiral().pull();
        int epoch = lab.spiral().getSnapshot().epoch();
        assertTrue(epoch > 0);
        lab.restore(lab.snapshot()); // an undo of a change on another screen restores everything
        lab.spiral().awaitIdle();
        lab.spiral().pull();
        assertEquals(epoch, lab.spiral().getSnapshot().epoch());
        assertSame(lab.spiral(), new TrainingScreen().model(lab));
        lab.spiral().shutdown();
    }
}
