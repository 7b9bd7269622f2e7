package celab.view;

import celab.core.DataAnalysis;
import celab.core.LossResult;
import celab.core.Numbers;
import java.util.Arrays;
import java.util.Comparator;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The samples with the largest losses, worst first, in a table sortable by any column: sample
 * number, true and predicted class, p(true), loss and the sample's share of the total loss.
 * Selecting a row selects that sample.
 */
public final class WorstSamplesTable extends TableView<Integer> {
    private final ObjectProperty<DataAnalysis> analysis = new SimpleObjectProperty<>(this, "analysis");
    private final BooleanProperty numbersHidden = new SimpleBooleanProperty(this, "numbersHidden", false);
    private final ReadOnlyIntegerWrapper selected = new ReadOnlyIntegerWrapper(this, "selected", -1);

    /** The columns' widths at zoom 100% (px): room for "1797", "p(true)", "1.23e-7", "14.12", "12.3%". */
    private static final double[] WIDTHS = {44, 42, 44, 66, 58, 50};
    /** Room for the vertical scroll bar and the table's border (px at zoom 100%). */
    private static final double CHROME = 18;

    /**
     * Sizes the columns for a zoom: no column gets narrower than its numbers, so that none is cut to
     * "…"; a narrower table scrolls sideways, a wider one shares the extra room.
     */
    public void scale(double zoom) {
        for (int k = 0; k < WIDTHS.length; k++) {
            getColumns().get(k).setPrefWidth(WIDTHS[k] * zoom);
            getColumns().get(k).setMinWidth(WIDTHS[k] * zoom);
        }
    }

    /** The width (in px at zoom 100%) that shows every column without scrolling sideways. */
    public static double comfortableWidth() {
        double sum = CHROME;
        for (double w : WIDTHS) {
            sum += w;
        }
        return sum;
    }

    public WorstSamplesTable() {
        setId("worst-table");
        getStyleClass().add("worst-table");
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY);
        setPlaceholder(new Label("No data yet"));
        getColumns().addAll(
                column("#", "worst-sample", i -> i + 1, v -> String.valueOf(v.intValue()), false),
                column("true", "worst-true", i -> result().trueClass(i), v -> String.valueOf(v.intValue()), false),
                column("pred", "worst-predicted", i -> result().predicted(i), v -> String.valueOf(v.intValue()), false),
                column("p(true)", "worst-p", i -> result().pTrue(i), v -> Numbers.format(v.doubleValue(), 3), false),
                column("loss", "worst-loss", i -> result().loss(i), v -> Numbers.format(v.doubleValue(), 4), true),
                column("share", "worst-share", i -> analysis.get().share(i), v -> share(v.doubleValue()), true));
        scale(1);
        analysis.addListener((o, was, now) -> {
            Integer keep = getSelectionModel().getSelectedItem();
            int[] worst = now == null ? new int[0] : now.worst();
            getItems().setAll(Arrays.stream(worst).boxed().toList());
            if (!getSortOrder().isEmpty()) {
                sort();
            }
            if (keep != null && getItems().contains(keep)) {
                getSelectionModel().select(keep);
            }
        });
        numbersHidden.addListener((o, was, now) -> refresh());
        getSelectionModel().selectedItemProperty().addListener((o, was, now) -> selected.set(now == null ? -1 : now));
    }

    /** A share of the total loss: 7.9%, or with significant digits when below 0.1% (0.0015%). */
    private static String share(double share) {
        if (share != 0 && Math.abs(share) < 0.001) {
            return Numbers.format(share * 100, 2) + "%";
        }
        return Numbers.percent(Math.round(share * 1000) / 1000.0);
    }

    private LossResult result() {
        return analysis.get().result();
    }

    public ObjectProperty<DataAnalysis> analysisProperty() {
        return analysis;
    }

    /** While true, the loss and share columns show "?" (predict-then-reveal). */
    public BooleanProperty numbersHiddenProperty() {
        return numbersHidden;
    }

    /** The selected sample (0-based), or -1. */
    public ReadOnlyIntegerProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    private TableColumn<Integer, Number> column(String title, String id, Function<Integer, Number> value,
                                                Function<Number, String> text, boolean isLoss) {
        TableColumn<Integer, Number> c = new TableColumn<>(title);
        c.setId(id);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(
                analysis.get() == null ? 0 : value.apply(cell.getValue())));
        c.setComparator(Comparator.comparingDouble(Number::doubleValue));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Number v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : isLoss && numbersHidden.get() ? "?" : text.apply(v));
            }
        });
        c.getStyleClass().add("number-column");
        return c;
    }
}
