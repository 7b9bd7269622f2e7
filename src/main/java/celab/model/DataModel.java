package celab.model;

import celab.core.Clipping;
import celab.core.DataAnalysis;
import celab.core.Dataset;
import celab.core.Distribution;
import celab.core.Temperature;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * The "Your data" screen: a classifier's outputs and targets loaded from files, a temperature,
 * and one {@link DataAnalysis} recomputed whenever the data, the temperature or the shared
 * clipping changes. Small data is analysed at once; large data (a million rows) off the UI
 * thread, latest request wins, so a slider drag never queues up work.
 */
public final class DataModel implements ScreenModel<DataModel.State> {

    /** Data sets up to this many values (N × C) are analysed on the calling thread. */
    public static final long AT_ONCE = 200_000;
    /** Temperatures on the loss-versus-T curve. */
    public static final int CURVE_POINTS = 41;

    private final Lab lab;
    private final Executor worker;
    private final Consumer<Runnable> toUi;

    // Properties
    private final ReadOnlyObjectWrapper<Dataset> data = new ReadOnlyObjectWrapper<>(this, "data");
    private final ReadOnlyStringWrapper source = new ReadOnlyStringWrapper(this, "source", "");
    private final DoubleProperty temperature = new SimpleDoubleProperty(this, "temperature", 1);
    private final ReadOnlyObjectWrapper<DataAnalysis> analysis = new ReadOnlyObjectWrapper<>(this, "analysis");
    private final ReadOnlyObjectWrapper<double[][]> temperatureCurve = new ReadOnlyObjectWrapper<>(this, "temperatureCurve");
    private final ReadOnlyDoubleWrapper lossAtOne = new ReadOnlyDoubleWrapper(this, "lossAtOne", Double.NaN);
    private final ReadOnlyObjectWrapper<Temperature.Fit> fit = new ReadOnlyObjectWrapper<>(this, "fit");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyBooleanWrapper fitting = new ReadOnlyBooleanWrapper(this, "fitting", false);

    /** The prepared scaling of {@link #cachedFor}; built once per data set, by whichever thread asks first. */
    private Temperature cached;
    private Dataset cachedFor;
    /** Bumped by every request; a result computed for an older one is dropped. */
    private volatile long request;
    private long curveRequest;
    private volatile long fitRequest;

    DataModel(Lab lab) {
        this(lab, Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "your-data");
            t.setDaemon(true);
            return t;
        }), Platform::runLater);
    }

    /**
     * @param worker where large data is analysed
     * @param toUi   how a result gets back to the UI thread
     */
    public DataModel(Lab lab, Executor worker, Consumer<Runnable> toUi) {
        this.lab = lab;
        this.worker = worker;
        this.toUi = toUi;
        temperature.addListener((o, was, now) -> {
            double t = now.doubleValue();
            if (!(t >= Temperature.MIN && t <= Temperature.MAX)) {
                temperature.set(Math.max(Temperature.MIN, Math.min(Temperature.MAX, Double.isNaN(t) ? 1 : t)));
                return;
            }
            analyse();
        });
        lab.clippingProperty().addListener((o, was, now) -> {
            analyse();
            curve();
        });
    }

    /** The loaded data, or null before any. */
    public ReadOnlyObjectProperty<Dataset> dataProperty() {
        return data.getReadOnlyProperty();
    }

    public Dataset getData() {
        return data.get();
    }

    /** Where the data came from, e.g. "digits-logreg-logits.csv + digits-targets.csv". */
    public ReadOnlyStringProperty sourceProperty() {
        return source.getReadOnlyProperty();
    }

    /** T in [{@value Temperature#MIN}, {@value Temperature#MAX}]; 1 leaves the scores as given. */
    public DoubleProperty temperatureProperty() {
        return temperature;
    }

    public double getTemperature() {
        return temperature.get();
    }

    /** The analysis at the current temperature and clipping; null before any data. */
    public ReadOnlyObjectProperty<DataAnalysis> analysisProperty() {
        return analysis.getReadOnlyProperty();
    }

    public DataAnalysis getAnalysis() {
        return analysis.get();
    }

    /** {T values, mean loss at each}, spaced evenly in ln T over the slider's range. */
    public ReadOnlyObjectProperty<double[][]> temperatureCurveProperty() {
        return temperatureCurve.getReadOnlyProperty();
    }

    /** The mean loss at T = 1 (the scores as given), for comparing with the current T. */
    public ReadOnlyDoubleProperty lossAtOneProperty() {
        return lossAtOne.getReadOnlyProperty();
    }

    /** The last "Fit T" result for the current data, or null. */
    public ReadOnlyObjectProperty<Temperature.Fit> fitProperty() {
        return fit.getReadOnlyProperty();
    }

    /** True while an analysis is being computed off the UI thread. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True while "Fit T" is searching. */
    public ReadOnlyBooleanProperty fittingProperty() {
        return fitting.getReadOnlyProperty();
    }

    // Commands

    /** Shows new data (already checked by {@link Dataset#of}); the temperature goes back to 1. */
    public void setData(Dataset d, String from) {
        cancelFit();
        fit.set(null);
        source.set(from);
        data.set(d);
        if (temperature.get() != 1) {
            temperature.set(1); // analyses through the listener
        } else {
            analyse();
        }
        curve();
    }

    /** Searches the temperature with the smallest mean loss and moves the slider there. */
    public void fitTemperature() {
        Dataset d = data.get();
        if (d == null || fitting.get()) {
            return;
        }
        long id = ++fitRequest;
        fitting.set(true);
        Clipping c = lab.getClipping();
        Runnable job = () -> {
            Temperature.Fit f = scaling(d).fit(c, () -> fitRequest != id);
            toUi.accept(() -> {
                if (fitRequest != id) {
                    return;
                }
                fitting.set(false);
                if (f != null) {
                    fit.set(f);
                    temperature.set(f.temperature());
                }
            });
        };
        if (cells(d) <= AT_ONCE) {
            job.run();
        } else {
            worker.execute(job);
        }
    }

    /** Stops a running "Fit T"; the temperature stays where it is. */
    public void cancelFit() {
        fitRequest++;
        fitting.set(false);
    }

    /**
     * Puts sample i on the Explorer: its class count, its probabilities at the current
     * temperature and its true class.
     *
     * @throws IllegalArgumentException when the data has more classes than the Explorer shows
     */
    public void openInExplorer(int sample) {
        DataAnalysis a = analysis.get();
        if (a == null) {
            throw new IllegalStateException("no data loaded");
        }
        int c = a.data().classes();
        if (c > Lab.MAX_CLASSES) {
            throw new IllegalArgumentException("the Explorer shows at most " + Lab.MAX_CLASSES
                    + " classes; this data has " + c);
        }
        double[] p = a.probabilities(sample);
        PredictionModel row = lab.explorer().row();
        row.setClassCount(c);
        row.setPrediction(Distribution.of(p));
        row.setTarget(a.data().target(sample));
    }

    /**
     * The screen's own value: the temperature. The data itself comes from files and is not part
     * of the lab's saved state.
     */
    public record State(double temperature) {
    }

    @Override
    public State snapshot() {
        return new State(temperature.get());
    }

    @Override
    public void restore(State s) {
        if (!(s.temperature() >= Temperature.MIN && s.temperature() <= Temperature.MAX)) {
            throw new IllegalArgumentException("data: temperature " + s.temperature() + " is outside ["
                    + Temperature.MIN + ", " + Temperature.MAX + "]");
        }
        temperature.set(s.temperature());
    }

    /** Back to T = 1 (the data stays). */
    @Override
    public void reset() {
        cancelFit();
        fit.set(null);
        temperature.set(1);
    }

    // Computing

    private static long cells(Dataset d) {
        return (long) d.size() * d.classes();
    }

    private synchronized Temperature scaling(Dataset d) {
        if (cachedFor != d) {
            cached = new Temperature(d);
            cachedFor = d;
        }
        return cached;
    }

    private void analyse() {
        Dataset d = data.get();
        if (d == null) {
            return;
        }
        long id = ++request;
        double t = temperature.get();
        Clipping c = lab.getClipping();
        if (cells(d) <= AT_ONCE) {
            analysis.set(DataAnalysis.of(d, scaling(d), t, c));
            busy.set(false);
            return;
        }
        busy.set(true);
        worker.execute(() -> {
            if (request != id) {
                return; // a newer request is queued behind this one
            }
            DataAnalysis a = DataAnalysis.of(d, scaling(d), t, c);
            toUi.accept(() -> {
                if (request == id) {
                    analysis.set(a);
                    busy.set(false);
                }
            });
        });
    }

    private void curve() {
        Dataset d = data.get();
        if (d == null) {
            return;
        }
        long id = ++curveRequest;
        Clipping c = lab.getClipping();
        Runnable job = () -> {
            double[][] points = scaling(d).lossCurve(Temperature.MIN, Temperature.MAX, CURVE_POINTS, c);
            double atOne = scaling(d).meanLoss(1, c);
            toUi.accept(() -> {
                if (curveRequest == id) {
                    lossAtOne.set(atOne);
                    temperatureCurve.set(points);
                }
            });
        };
        temperatureCurve.set(null);
        lossAtOne.set(Double.NaN);
        if (cells(d) <= AT_ONCE) {
            job.run();
        } else {
            worker.execute(job);
        }
    }
}
