package celab.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The F1 sheet: every shortcut, grouped, on a card over the screen. Esc or F1 closes it. */
final class ShortcutSheet extends StackPane {

    ShortcutSheet(List<Shortcut> shortcuts, Runnable close) {
        setId("shortcut-sheet");
        getStyleClass().add("overlay");
        Map<String, GridPane> groups = new LinkedHashMap<>();
        for (Shortcut s : shortcuts) {
            GridPane g = groups.computeIfAbsent(s.group(), k -> {
                GridPane grid = new GridPane();
                grid.getStyleClass().add("shortcut-grid");
                return grid;
            });
            Label key = new Label(s.keyText());
            key.getStyleClass().add("key-cap");
            Label what = new Label(s.action());
            what.setWrapText(true);
            g.addRow(g.getRowCount(), key, what);
        }
        FlowPane columns = new FlowPane(28, 18);
        groups.forEach((name, grid) -> {
            Label title = new Label(name);
            title.getStyleClass().add("card-title");
            VBox box = new VBox(8, title, grid);
            box.setPrefWidth(360);
            columns.getChildren().add(box);
        });
        Label heading = new Label("Keyboard shortcuts");
        heading.getStyleClass().add("screen-title");
        Button ok = new Button("Close (Esc)");
        ok.setId("shortcut-close");
        ok.setOnAction(e -> close.run());
        VBox card = new VBox(16, heading, columns, ok);
        card.getStyleClass().addAll("card", "sheet-card");
        card.setMaxSize(1200, USE_PREF_SIZE);
        VBox.setVgrow(columns, Priority.ALWAYS);
        getChildren().add(card);
        setOnMouseClicked(e -> {
            if (e.getTarget() == this) {
                close.run();
            }
        });
    }
}
