package celab.app;

import celab.screen.Screen;
import celab.model.Lab;
import celab.plot.Theme;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Slider;
import javafx.stage.Stage;

/**
 * Measures {@code ui.update}: the time from a slider change to the end of the pulse that
 * redraws every visible view. Each change is made at the start of a pulse (in an AnimationTimer)
 * and timed until the scene's post-layout listener of that same pulse, so waiting for the next
 * frame is not counted, only the work: model, core, every listener, canvas drawing, CSS, layout.
 * Runs headless (Monocle) so the numbers do not depend on a display.
 */
public final class UiUpdateBench {

    /**
     * Median and 99th percentile in milliseconds; what the UI thread allocated per change (KB),
     * and the collections (count, total pause ms) during the timed changes.
     */
    public record Result(double medianMs, double p99Ms, int changes, double allocKbPerChange, long gcCount, double gcMs,
                         double warmMedianMs, double warmP99Ms) {
        public Result(double medianMs, double p99Ms, int changes) {
            this(medianMs, p99Ms, changes, Double.NaN, 0, 0, Double.NaN, Double.NaN);
        }

        public String json() {
            return String.format(Locale.ROOT, "{\"name\":\"ui.update\",\"medianMs\":%.3f,\"p99Ms\":%.3f,"
                    + "\"allocKbPerChange\":%.1f,\"gcCount\":%d,\"gcMs\":%.1f,\"warmMedianMs\":%.3f,\"warmP99Ms\":%.3f}",
                    medianMs, p99Ms, allocKbPerChange, gcCount, gcMs, warmMedianMs, warmP99Ms);
        }
    }

    /**
     * Changes made between the first timed window and the second: a person dragging a slider
     * makes about 60 a second, so the second window is the same work after a minute of use,
     * when the JIT compiler has compiled what a drag runs (the first window still shares the
     * machine's two cores with it).
     */
    public static final int WARM_AFTER = 3000;

    private UiUpdateBench() {
    }

    /** Sets the headless platform properties; must run before the toolkit starts. */
    public static void useHeadlessToolkit() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
    }

    /**
     * Starts the toolkit, opens the lab on its first screen and times {@code changes} slider moves
     * after {@code warmup} untimed ones (allocation and collections are counted over these), then
     * the same number again once {@link #WARM_AFTER} changes have been made in all.
     */
    public static Result run(int warmup, int changes) throws Exception {
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        CompletableFuture<Result> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                measure(warmup, changes, done);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        try {
            return done.get(10, TimeUnit.MINUTES);
        } finally {
            Platform.exit();
        }
    }

    private static void measure(int warmup, int changes, CompletableFuture<Result> done) {
        LabWindow window = new LabWindow(new Lab(), new Theme());
        Stage stage = new Stage();
        Scene scene = window.createScene(1280, 800);
        stage.setScene(scene);
        stage.show();
        Screen first = window.screens().get(0);
        window.show(first);
        Slider slider = (Slider) scene.lookup("#prob-0");
        SplittableRandom random = new SplittableRandom(42);
        int warmStart = Math.max(warmup + changes, WARM_AFTER);
        int total = warmStart + changes;
        double[] times = new double[total];
        long[] start = {0};
        // allocation on the UI thread and collections over the first timed window
        long[] allocated = {0, 0};
        long[] gc = {0, 0, 0, 0};
        int[] step = {0};
        boolean[] pending = {false};
        scene.addPostLayoutPulseListener(() -> {
            if (!pending[0]) {
                return;
            }
            pending[0] = false;
            times[step[0]++] = (System.nanoTime() - start[0]) / 1e6;
        });
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (pending[0]) {
                    return;
                }
                if (step[0] == warmup) {
                    allocated[0] = allocatedBytes();
                    gc[0] = gcCount();
                    gc[1] = gcMillis();
                } else if (step[0] == warmup + changes) {
                    allocated[1] = allocatedBytes();
                    gc[2] = gcCount();
                    gc[3] = gcMillis();
                }
                if (step[0] >= total) {
                    stop();
                    double kb = (allocated[1] - allocated[0]) / 1024.0 / changes;
                    stage.close();
                    Result fresh = summarise(Arrays.copyOfRange(times, warmup, warmup + changes));
                    Result warm = summarise(Arrays.copyOfRange(times, warmStart, total));
                    done.complete(new Result(fresh.medianMs(), fresh.p99Ms(), changes, kb, gc[2] - gc[0],
                            gc[3] - gc[1], warm.medianMs(), warm.p99Ms()));
                    return;
                }
                pending[0] = true;
                start[0] = System.nanoTime();
                slider.setValue(0.05 + 0.9 * random.nextDouble());
            }
        }.start();
    }

    private static long allocatedBytes() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        return threads instanceof com.sun.management.ThreadMXBean t ? t.getCurrentThreadAllocatedBytes() : 0;
    }

    private static long gcCount() {
        return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionCount).sum();
    }

    private static long gcMillis() {
        return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).sum();
    }

    static Result summarise(double[] times) {
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        double p99 = sorted[Math.min(n - 1, (int) Math.ceil(0.99 * n) - 1)];
        return new Result(median, p99, n);
    }

    /** For trying the measure on its own: prints the JSON line. */
    public static void main(String[] args) throws Exception {
        useHeadlessToolkit();
        System.out.println(run(200, 1000).json());
    }
}
