package celab.view;

import java.util.function.DoubleConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The one field for typed numbers. It shows a value (rounded for reading) and keeps the exact one:
 * leaving the field untouched changes nothing. A typed value is parsed and range-checked by the
 * editor's parser; a bad one stays in the field, marked, with a sentence under it saying what is
 * wrong, and the model keeps its value. Esc puts back the shown value. Enter or leaving the field
 * commits.
 */
public final class NumberField {

    /** What a parser makes of the text: a value, or a sentence for the person. */
    public record Parsed(double value, String error) {
        public static Parsed ok(double value) {
            return new Parsed(value, null);
        }

        public static Parsed error(String message) {
            return new Parsed(Double.NaN, message);
        }

        public boolean isOk() {
            return error == null;
        }
    }

    private final TextField field = new TextField();
    private final Label message = new Label();
    private final Function<String, Parsed> parser;
    private final DoubleConsumer commit;
    private Supplier<String> subject = () -> "";
    private String shown = "";

    /**
     * @param id     the field's id; the message is {@code id + "-msg"} unless set otherwise
     * @param parser reads the text and checks the range
     * @param commit receives a valid value the person typed
     */
    public NumberField(String id, Function<String, Parsed> parser, DoubleConsumer commit) {
        this.parser = parser;
        this.commit = commit;
        field.setId(id);
        message.setId(id + "-msg");
        message.getStyleClass().add("field-message");
        message.setWrapText(true);
        setMessage(null);
        field.setOnAction(e -> commit());
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commit();
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && (isInvalid() || !field.getText().equals(shown))) {
                revert();
                e.consume();
            }
        });
    }

    // Properties

    public TextField field() {
        return field;
    }

    /** The sentence under the field; hidden while there is nothing to say. */
    public Label message() {
        return message;
    }

    /** Names what the field holds at the start of its messages ("cat: …"). */
    public NumberField subject(Supplier<String> name) {
        this.subject = name;
        return this;
    }

    public boolean isInvalid() {
        return field.getStyleClass().contains("invalid");
    }

    /** The text shown for the model's value (what an untouched field holds). */
    public String shownText() {
        return shown;
    }

    // Commands

    /**
     * Shows the model's value as this text. A field the person is fixing (focused and marked
     * invalid) keeps what they typed.
     */
    public void show(String text) {
        if (field.isFocused() && isInvalid()) {
            shown = text;
            return;
        }
        shown = text;
        if (!field.getText().equals(text)) {
            field.setText(text);
        }
        setMessage(null);
    }

    /** Esc: the shown value back, no message. */
    public void revert() {
        field.setText(shown);
        setMessage(null);
    }

    /** Reads the field and commits a valid value; untouched text commits nothing. */
    public void commit() {
        if (field.getText().equals(shown)) {
            setMessage(null);
            return; // untouched: the shown text is rounded and must not replace the exact value
        }
        Parsed p = parser.apply(field.getText());
        if (!p.isOk()) {
            String who = subject.get();
            setMessage(who == null || who.isEmpty() ? p.error() : who + ": " + p.error());
            return;
        }
        setMessage(null);
        commit.accept(p.value());
    }

    /** Shows a problem found outside the parser (e.g. the model refused the value). */
    public void setMessage(String text) {
        boolean on = text != null;
        message.setText(on ? text : "");
        message.setVisible(on);
        message.setManaged(on);
        if (on) {
            if (!isInvalid()) {
                field.getStyleClass().add("invalid");
            }
        } else {
            field.getStyleClass().remove("invalid");
        }
    }
}
