package celab.model;

import celab.core.Clipping;
import celab.core.CrossEntropy;
import celab.core.net.DecisionGrid;
import celab.core.net.Optimizer;
import celab.core.net.SpiralData;
import celab.core.net.Trainer;
import celab.core.net.TrainingSnapshot;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The spiral screen: a spiral data set, a small network and its training, run on one background
 * thread. Settings are properties set on the UI thread; each change is handed to the training
 * thread as an immutable value. The training thread publishes immutable {@link TrainingSnapshot}s
 * into an {@link AtomicReference}; the UI calls {@link #pull()} once per frame to take the latest
 * into {@link #snapshotProperty()}, so the UI sees at most one new snapshot per frame and never
 * waits for training.
 */
public final class SpiralModel implements ScreenModel<SpiralModel.Settings> {

    public static final int DEFAULT_POINTS = 100;
    public static final int DEFAULT_CLASSES = 3;
    public static final int DEFAULT_HIDDEN = 64;
    public static final long DEFAULT_SEED = 0;
    public static final Optimizer.Kind DEFAULT_OPTIMIZER = Optimizer.Kind.ADAM;
    public static final double DEFAULT_RATE = 0.01;
    public static final int DEFAULT_SPEED = 10;
    /** Hidden widths offered. */
    public static final List<Integer> WIDTHS = List.of(2, 4, 8, 16, 32, 64, 128, 256);
    /** Learning rates offered. */
    public static final List<Double> RATES = List.of(0.001, 0.003, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1.0, 2.0, 3.0, 5.0);
    /** Epochs per frame offered. */
    public static final List<Integer> SPEEDS = List.of(1, 10, 100);
    /** Training pauses by itself here. */
    public static final int MAX_EPOCHS = 100_000;
    /** Cells per side of the decision-region grid. */
    public static final int GRID = 90;
    /** The plane shown: [−1.1, 1.1]². */
    public static final double EXTENT = 1.1;

    private static final long FRAME_NANOS = 16_000_000L;

    // Properties
    private final IntegerProperty points = new SimpleIntegerProperty(this, "points", DEFAULT_POINTS);
    private final IntegerProperty classes = new SimpleIntegerProperty(this, "classes", DEFAULT_CLASSES);
    private final ObjectProperty<Long> seed = new SimpleObjectProperty<>(this, "seed", DEFAULT_SEED);
    private final IntegerProperty hidden = new SimpleIntegerProperty(this, "hidden", DEFAULT_HIDDEN);
    private final ObjectProperty<Optimizer.Kind> optimizer = new SimpleObjectProperty<>(this, "optimizer", DEFAULT_OPTIMIZER);
    private final ObjectProperty<Double> learningRate = new SimpleObjectProperty<>(this, "learningRate", DEFAULT_RATE);
    private final IntegerProperty speed = new SimpleIntegerProperty(this, "speed", DEFAULT_SPEED);
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running", false);
    private final BooleanProperty pausedByLeaving = new SimpleBooleanProperty(this, "pausedByLeaving", false);
    private final ReadOnlyObjectWrapper<TrainingSnapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot");

    // Hand-over between the threads
    private final AtomicReference<TrainingSnapshot> latest = new AtomicReference<>();
    private volatile boolean train;
    private volatile int epochsPerFrame = DEFAULT_SPEED;
    private volatile int loop;
    private ScheduledExecutorService worker;
    /** Owned by the training thread after construction. */
    private Trainer trainer;
    private boolean quiet;

    SpiralModel() {
        trainer = newTrainer(config());
        snapshot.set(withGrid(trainer.snapshot()));
        points.addListener((o, was, now) -> rebuild(true));
        classes.addListener((o, was, now) -> rebuild(true));
        seed.addListener((o, was, now) -> rebuild(true));
        hidden.addListener((o, was, now) -> rebuild(false));
        optimizer.addListener((o, was, now) -> {
            Optimizer.Kind k = now;
            submit(() -> trainer.setOptimizer(k));
        });
        learningRate.addListener((o, was, now) -> {
            double lr = now;
            submit(() -> trainer.setLearningRate(lr));
        });
        speed.addListener((o, was, now) -> epochsPerFrame = Math.max(1, now.intValue()));
        running.addListener((o, was, now) -> {
            if (now) {
                pausedByLeaving.set(false);
                startLoop();
            } else {
                train = false;
                loop++;
            }
        });
    }

    /** The settings a trainer is built from, read on the UI thread. */
    private record Config(int points, int classes, long seed, int hidden, Optimizer.Kind optimizer, double rate) {
    }

    private Config config() {
        return new Config(points.get(), classes.get(), seed.get(), hidden.get(), optimizer.get(), learningRate.get());
    }

    private static Trainer newTrainer(Config c) {
        return new Trainer(SpiralData.generate(c.points, c.classes, c.seed), c.hidden, c.seed, c.optimizer, c.rate);
    }

    // Properties

    /** Points per class, 10–500. */
    public IntegerProperty pointsProperty() {
        return points;
    }

    /** Number of classes (spiral arms), 2–5. */
    public IntegerProperty classesProperty() {
        return classes;
    }

    /** The seed of the data noise and of the initial weights. */
    public ObjectProperty<Long> seedProperty() {
        return seed;
    }

    /** Hidden units h. */
    public IntegerProperty hiddenProperty() {
        return hidden;
    }

    public ObjectProperty<Optimizer.Kind> optimizerProperty() {
        return optimizer;
    }

    /** η; applies from the next epoch on without restarting. */
    public ObjectProperty<Double> learningRateProperty() {
        return learningRate;
    }

    /** Epochs trained per frame while playing. */
    public IntegerProperty speedProperty() {
        return speed;
    }

    /** True while training plays. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public boolean isRunning() {
        return running.get();
    }

    /** True when training was playing and stopped because its screen was left; Play clears it. */
    public ReadOnlyBooleanProperty pausedByLeavingProperty() {
        return pausedByLeaving;
    }

    /** The latest snapshot taken in by {@link #pull()} (the UI thread's view of training). */
    public ReadOnlyObjectProperty<TrainingSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public TrainingSnapshot getSnapshot() {
        return snapshot.get();
    }

    /** The loss of a network that gives 1/C to every class: ln C, through the core. */
    public double uniformLoss() {
        return CrossEntropy.loss(1.0 / classes.get(), Clipping.DEFAULT);
    }

    // Commands

    public void play() {
        running.set(true);
    }

    /** Pauses at the learner's request (or a step, restart or reset), which clears "paused by leaving". */
    public void pause() {
        running.set(false);
        pausedByLeaving.set(false);
    }

    /** Pauses because the screen was left, and remembers that it did, so the screen can say so. */
    public void pauseForLeaving() {
        if (running.get()) {
            running.set(false);
            pausedByLeaving.set(true);
        }
    }

    public void togglePlay() {
        running.set(!running.get());
    }

    /** Pauses and trains exactly one epoch. */
    public void step() {
        pause();
        submit(() -> {
            trainer.step();
            publish();
        });
    }

    /** Pauses and starts again from the initial weights, on the same data. */
    public void restart() {
        pause();
        rebuild(false);
    }

    /** Draws new data: the next seed. */
    public void newData() {
        seed.set(seed.get() + 1);
    }

    /**
     * The training screen's settings: the data (points per class, classes, seed), the network
     * (hidden width), the optimizer, the learning rate and the epochs per frame. The weights and
     * the epoch are not part of it: restoring settings starts training again from epoch 0.
     */
    public record Settings(int points, int classes, long seed, int hidden, String optimizer,
                           double learningRate, int speed) {

        public static final Settings DEFAULTS = new Settings(DEFAULT_POINTS, DEFAULT_CLASSES, DEFAULT_SEED,
                DEFAULT_HIDDEN, DEFAULT_OPTIMIZER.name(), DEFAULT_RATE, DEFAULT_SPEED);

        /** The optimizer, checked. */
        Optimizer.Kind optimizerKind() {
            try {
                return Optimizer.Kind.valueOf(optimizer);
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new IllegalArgumentException("training: optimizer \"" + optimizer + "\" is not one of "
                        + java.util.Arrays.stream(Optimizer.Kind.values()).map(Enum::name).toList());
            }
        }

        /** Throws naming the first setting out of range. */
        void check() {
            range("points per class", points, 10, 500);
            range("classes", classes, 2, 5);
            range("hidden width", hidden, 1, 1024);
            range("epochs per frame", speed, 1, 1000);
            if (seed < 0) {
                throw new IllegalArgumentException("training: seed " + seed + " is negative");
            }
            if (!(learningRate > 0 && learningRate <= 100)) {
                throw new IllegalArgumentException("training: learning rate " + learningRate + " is not in (0, 100]");
            }
            optimizerKind();
        }

        private static void range(String what, int v, int lo, int hi) {
            if (v < lo || v > hi) {
                throw new IllegalArgumentException("training: " + what + " " + v + " is not in [" + lo + ", " + hi + "]");
            }
        }
    }

    @Override
    public Settings snapshot() {
        return new Settings(points.get(), classes.get(), seed.get(), hidden.get(), optimizer.get().name(),
                learningRate.get(), speed.get());
    }

    /**
     * Puts the settings back. When they equal the current ones nothing happens, so undoing a
     * change on another screen does not restart training; otherwise training pauses and starts
     * again from epoch 0 (on new data if a data setting changed).
     */
    @Override
    public void restore(Settings s) {
        s.check();
        if (s.equals(snapshot())) {
            return;
        }
        boolean newData = s.points() != points.get() || s.classes() != classes.get() || s.seed() != seed.get();
        pause();
        quiet = true;
        try {
            points.set(s.points());
            classes.set(s.classes());
            seed.set(s.seed());
            hidden.set(s.hidden());
            optimizer.set(s.optimizerKind());
            learningRate.set(s.learningRate());
            speed.set(s.speed());
        } finally {
            quiet = false;
        }
        rebuild(newData);
    }

    /** Every setting back to its default, training paused at epoch 0. */
    @Override
    public void reset() {
        pause();
        pausedByLeaving.set(false);
        quiet = true;
        try {
            points.set(DEFAULT_POINTS);
            classes.set(DEFAULT_CLASSES);
            seed.set(DEFAULT_SEED);
            hidden.set(DEFAULT_HIDDEN);
            optimizer.set(DEFAULT_OPTIMIZER);
            learningRate.set(DEFAULT_RATE);
            speed.set(DEFAULT_SPEED);
        } finally {
            quiet = false;
        }
        rebuild(true);
    }

    /**
     * Takes the newest snapshot published by the training thread, if any; call once per frame on
     * the UI thread.
     *
     * @return whether a new snapshot arrived
     */
    public boolean pull() {
        TrainingSnapshot s = latest.getAndSet(null);
        if (s != null) {
            snapshot.set(s);
            if (s.epoch() >= MAX_EPOCHS && running.get()) {
                running.set(false);
            }
            return true;
        }
        return false;
    }

    /** Waits until the training thread has done everything asked of it so far, then pulls (for tests). */
    public void awaitIdle() {
        if (worker != null) {
            CompletableFuture<Void> done = new CompletableFuture<>();
            worker.execute(() -> done.complete(null));
            done.join();
        }
        pull();
    }

    /** Stops the training thread (the lab calls this on exit; it is a daemon anyway). */
    public void shutdown() {
        pause();
        if (worker != null) {
            worker.shutdownNow();
            worker = null;
        }
    }

    private void rebuild(boolean newData) {
        if (quiet) {
            return;
        }
        Config c = config();
        Runnable task = () -> {
            if (newData) {
                trainer = newTrainer(c);
            } else {
                trainer = new Trainer(trainer.data(), c.hidden, c.seed, c.optimizer, c.rate);
            }
            publish();
        };
        if (worker == null) {
            task.run(); // no training thread yet (a fresh or scratch lab): build it here
        } else {
            submit(task);
        }
    }

    private void startLoop() {
        train = true;
        int id = ++loop;
        submit(() -> chunk(id));
    }

    /** One frame's worth of training on the worker, then a snapshot, then the next frame. */
    private void chunk(int id) {
        if (!train || id != loop) {
            return;
        }
        long start = System.nanoTime();
        int n = epochsPerFrame;
        for (int i = 0; i < n && trainer.epoch() < MAX_EPOCHS && System.nanoTime() - start < 2 * FRAME_NANOS; i++) {
            trainer.step();
        }
        publish();
        if (trainer.epoch() >= MAX_EPOCHS) {
            train = false;
            return;
        }
        long wait = Math.max(0, FRAME_NANOS - (System.nanoTime() - start));
        worker.schedule(() -> chunk(id), wait, TimeUnit.NANOSECONDS);
    }

    private void publish() {
        latest.set(withGrid(trainer.snapshot()));
    }

    private static TrainingSnapshot withGrid(TrainingSnapshot s) {
        return s.withGrid(DecisionGrid.of(s.network(), GRID, EXTENT));
    }

    /** The network's outputs on the spiral's points, with their classes: ready for "Your data". */
    public record Outputs(celab.core.Matrix probabilities, int[] targets) {
    }

    /** The current network's softmax outputs on every training point, and the points' classes. */
    public Outputs outputs() {
        TrainingSnapshot s = snapshot.get();
        return new Outputs(s.network().forward(s.data().points()).probabilities(), s.data().labels().classes());
    }

    private void submit(Runnable task) {
        if (worker == null) {
            worker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "spiral-training");
                t.setDaemon(true);
                t.setPriority(Thread.NORM_PRIORITY - 1);
                return t;
            });
        }
        worker.execute(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                // a failed task must not kill the training thread; the UI keeps the last snapshot
                e.printStackTrace();
            }
        });
    }
}
