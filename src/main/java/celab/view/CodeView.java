package celab.view;

import celab.model.CodeGenerator.GeneratedCode;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The current computation as NumPy or PyTorch code, with a Copy button. It shows whatever
 * {@link GeneratedCode} it is given and follows it live; with numbers hidden the expected values
 * read "?". Ids: {@code #code-numpy}, {@code #code-pytorch}, {@code #code-text}, {@code #code-copy},
 * {@code #code-copied}.
 */
public final class CodeView extends VBox {
    private final ObjectProperty<GeneratedCode> code = new SimpleObjectProperty<>(this, "code");
    private final BooleanProperty numbersHidden = new SimpleBooleanProperty(this, "numbersHidden", false);
    private final ToggleButton numpy = new ToggleButton("NumPy");
    private final ToggleButton pytorch = new ToggleButton("PyTorch");
    private final TextArea text = new TextArea();
    private final Label copied = new Label();

    public CodeView() {
        getStyleClass().add("code-view");
        setSpacing(8);
        ToggleGroup group = new ToggleGroup();
        numpy.setId("code-numpy");
        pytorch.setId("code-pytorch");
        for (ToggleButton b : new ToggleButton[] {numpy, pytorch}) {
            b.setToggleGroup(group);
            b.getStyleClass().add("precision-button");
            b.setOnAction(e -> {
                b.setSelected(true);
                refresh();
            });
        }
        numpy.setSelected(true);
        Button copy = new Button("Copy");
        copy.setId("code-copy");
        copy.setTooltip(new Tooltip("Copy this code to the clipboard"));
        copy.setOnAction(e -> copy());
        copied.setId("code-copied");
        copied.getStyleClass().add("hint");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, numpy, pytorch, gap, copied, copy);
        bar.setAlignment(Pos.CENTER_LEFT);
        text.setId("code-text");
        text.getStyleClass().add("code-text");
        text.setEditable(false);
        text.setWrapText(false);
        text.setAccessibleText("generated code");
        VBox.setVgrow(text, Priority.ALWAYS);
        getChildren().addAll(bar, text,
                Card.hint("The numbers are the screen's, to full precision; the comments say what the app computed."));
        code.addListener((o, was, now) -> refresh());
        numbersHidden.addListener((o, was, now) -> refresh());
    }

    public ObjectProperty<GeneratedCode> codeProperty() {
        return code;
    }

    /** While true, the expected values read "?" (predict-then-reveal). */
    public BooleanProperty numbersHiddenProperty() {
        return numbersHidden;
    }

    /** The code on show now. */
    public String shownText() {
        return text.getText();
    }

    private String current() {
        GeneratedCode c = code.get();
        if (c == null) {
            return "";
        }
        boolean hidden = numbersHidden.get();
        return pytorch.isSelected() ? c.pytorch(hidden) : c.numpy(hidden);
    }

    private void refresh() {
        double scroll = text.getScrollTop();
        text.setText(current());
        text.setScrollTop(scroll);
        copied.setText("");
    }

    private void copy() {
        ClipboardContent content = new ClipboardContent();
        content.putString(current());
        Clipboard.getSystemClipboard().setContent(content);
        copied.setText("Copied " + (pytorch.isSelected() ? "PyTorch" : "NumPy") + " code.");
    }
}
