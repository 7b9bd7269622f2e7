package celab.view;

import celab.model.CodeGenerator.GeneratedCode;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * A small window beside the lab that shows a {@link CodeView} for one screen. It stays open and
 * follows the screen live while sliders move; Escape closes it. One dialog per screen, reused.
 */
public final class CodeDialog {
    private final String title;
    private final ObservableValue<GeneratedCode> code;
    private final ObservableBooleanValue hidden;
    private Stage stage;

    public CodeDialog(String title, ObservableValue<GeneratedCode> code, ObservableBooleanValue hidden) {
        this.title = title;
        this.code = code;
        this.hidden = hidden;
    }

    /** Opens (or brings forward) the dialog next to the window that holds {@code from}. */
    public void show(Node from) {
        if (stage == null) {
            CodeView view = new CodeView();
            view.codeProperty().bind(code);
            view.numbersHiddenProperty().bind(hidden);
            StackPane root = new StackPane(view);
            root.getStyleClass().addAll("code-dialog", "screen");
            Scene scene = new Scene(root, 900, 560);
            if (from.getScene() != null) {
                scene.getStylesheets().setAll(from.getScene().getStylesheets());
                if (from.getScene().getRoot().getStyleClass().contains("projector")) {
                    root.getStyleClass().add("projector");
                }
            }
            scene.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    stage.hide();
                }
            });
            stage = new Stage();
            stage.setTitle(title);
            stage.setScene(scene);
            if (from.getScene() != null && from.getScene().getWindow() != null) {
                stage.initOwner(from.getScene().getWindow());
            }
        }
        stage.show();
        stage.toFront();
    }

    /** The dialog's window, once shown (for tests). */
    public Stage stage() {
        return stage;
    }
}
