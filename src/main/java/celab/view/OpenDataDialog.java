package celab.view;

import celab.core.ScoreKind;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * File ▸ Open data…: picks the predictions file and the targets file (each says which it is),
 * and whether the predictions are probabilities or logits (or to tell from the values).
 */
public final class OpenDataDialog extends Dialog<OpenDataDialog.Choice> {

    /** What the user picked; kind null means "detect from the values". */
    public record Choice(Path predictions, Path targets, ScoreKind kind) {
    }

    private final TextField predictions = new TextField();
    private final TextField targets = new TextField();
    private final Label problem = new Label();

    public OpenDataDialog(Window owner, Path lastFolder) {
        initOwner(owner);
        setTitle("Open data");
        setHeaderText("Your classifier's outputs and the true classes, as headerless CSV (one sample per line)");
        predictions.setId("open-predictions");
        targets.setId("open-targets");
        predictions.setPromptText("N rows of C probabilities or C logits");
        targets.setPromptText("N rows of one class index 0…C−1, or C one-hot values");
        predictions.setPrefColumnCount(34);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Predictions"), predictions, browse(predictions, "Predictions file", lastFolder));
        grid.addRow(1, new Label("Targets"), targets, browse(targets, "Targets file", lastFolder));
        GridPane.setHgrow(predictions, Priority.ALWAYS);
        ToggleGroup kind = new ToggleGroup();
        RadioButton detect = radio("Tell from the values (all in [0, 1] and rows summing to 1: probabilities)", kind, null, "kind-detect");
        RadioButton probs = radio("Probabilities (softmax outputs, predict_proba)", kind, ScoreKind.PROBABILITIES, "kind-probabilities");
        RadioButton logits = radio("Logits (raw scores, decision_function)", kind, ScoreKind.LOGITS, "kind-logits");
        detect.setSelected(true);
        problem.setId("open-problem");
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        VBox box = new VBox(10, grid, new Label("The predictions are"), detect, probs, logits, problem);
        getDialogPane().setContent(box);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) getDialogPane().lookupButton(ButtonType.OK);
        ok.setText("Open");
        ok.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            String why = check();
            problem.setText(why == null ? "" : why);
            if (why != null) {
                e.consume();
            }
        });
        setResultConverter(b -> b == ButtonType.OK
                ? new Choice(Path.of(predictions.getText().strip()), Path.of(targets.getText().strip()),
                        (ScoreKind) kind.getSelectedToggle().getUserData())
                : null);
    }

    /** Shows the dialog and waits. */
    public Optional<Choice> ask() {
        return showAndWait();
    }

    private String check() {
        for (TextField f : new TextField[] {predictions, targets}) {
            String text = f.getText().strip();
            String which = f == predictions ? "predictions" : "targets";
            if (text.isEmpty()) {
                return "Choose the " + which + " file.";
            }
            try {
                if (!Files.isRegularFile(Path.of(text))) {
                    return text + ": no such file (" + which + ")";
                }
            } catch (java.nio.file.InvalidPathException ex) {
                return text + ": not a valid file name (" + which + ")";
            }
        }
        return null;
    }

    private Button browse(TextField into, String title, Path folder) {
        Button b = new Button("Browse…");
        b.setId(into.getId() + "-browse");
        b.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter("CSV", "*.csv", "*.txt"),
                    new FileChooser.ExtensionFilter("All files", "*"));
            if (folder != null && Files.isDirectory(folder)) {
                chooser.setInitialDirectory(folder.toFile());
            }
            File f = chooser.showOpenDialog(getDialogPane().getScene().getWindow());
            if (f != null) {
                into.setText(f.getPath());
            }
        });
        return b;
    }

    private static RadioButton radio(String text, ToggleGroup group, ScoreKind kind, String id) {
        RadioButton r = new RadioButton(text);
        r.setToggleGroup(group);
        r.setUserData(kind);
        r.setId(id);
        return r;
    }

    /** For tests: fills the two fields. */
    public void fill(String predictionsFile, String targetsFile) {
        predictions.setText(predictionsFile);
        targets.setText(targetsFile);
    }
}
