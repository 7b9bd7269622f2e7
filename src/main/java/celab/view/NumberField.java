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
    private java.util.function.Consumer<String> sink;
    private boolean commitOnLeave = true;
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
            if (!now && commitOnLeave) {
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

    /**
     * Gives an editable whole-number spinner the same checks: a typed value out of range or not a
     * whole number leaves the spinner's value as it was and says why in the returned label (place
     * it near the spinner); Esc puts the value back.
     *
     * @param what names the value in messages ("points per class")
     */
    public static Label forSpinner(javafx.scene.control.Spinner<Integer> spinner, String what) {
        javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory f =
                (javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory) spinner.getValueFactory();
        NumberField checks = new NumberField(spinner.getId() + "-field", text -> {
            String t = text == null ? "" : text.strip().replace('−', '-');
            if (!t.matches("[+-]?\\d{1,9}")) {
                return Parsed.error(t.isEmpty() ? "type a whole number from " + f.getMin() + " to " + f.getMax() + "."
                        : "“" + t + "” is not a whole number (" + f.getMin() + " to " + f.getMax() + ").");
            }
            int v = Integer.parseInt(t);
            if (v < f.getMin() || v > f.getMax()) {
                return Parsed.error(t + " is " + (v < f.getMin() ? "below " + f.getMin() : "above " + f.getMax())
                        + ": it goes from " + f.getMin() + " to " + f.getMax() + ".");
            }
            return Parsed.ok(v);
        }, v -> f.setValue((int) v)).subject(() -> what);
        TextField editor = spinner.getEditor();
        checks.message.setId(spinner.getId() + "-msg");
        // the spinner's own commit (Enter, focus lost) must never throw on text that is not a
        // valid number: it keeps the value, and the check below says why
        f.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer v) {
                return v == null ? "" : String.valueOf(v);
            }

            @Override
            public Integer fromString(String text) {
                Parsed p = checks.parser.apply(text);
                return p.isOk() ? (int) p.value() : f.getValue();
            }
        });
        Runnable shown = () -> checks.shown = String.valueOf(f.getValue());
        shown.run();
        f.valueProperty().addListener((o, was, now) -> {
            shown.run();
            if (!editor.getText().equals(checks.shown) && !checks.isInvalid()) {
                editor.setText(checks.shown);
            }
            checks.setMessageOn(editor, null);
        });
        Runnable commit = () -> {
            String text = editor.getText();
            if (text.equals(checks.shown)) {
                checks.setMessageOn(editor, null);
                return;
            }
            Parsed p = checks.parser.apply(text);
            if (p.isOk()) {
                checks.setMessageOn(editor, null);
                checks.commit.accept(p.value());
            } else {
                checks.setMessageOn(editor, what + ": " + p.error());
            }
        };
        spinner.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                commit.run(); // says what is wrong; the spinner then commits (a bad text keeps the value)
            } else if (e.getCode() == KeyCode.ESCAPE) {
                editor.setText(checks.shown);
                checks.setMessageOn(editor, null);
                e.consume();
            }
        });
        spinner.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commit.run();
            }
        });
        return checks.message;
    }

    /** Shows or clears the message, marking {@code target} (the spinner's editor) invalid. */
    private void setMessageOn(TextField target, String text) {
        setMessage(text);
        StyleClasses.toggle(target, "invalid", text != null);
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

    /**
     * Sends the messages to {@code sink} instead of this field's own label (which then stays
     * hidden): for a table that shows one message line for several fields. The sink gets
     * {@code null} when this field has nothing to say any more.
     */
    public NumberField messageSink(java.util.function.Consumer<String> sink) {
        this.sink = sink;
        return this;
    }

    /**
     * Whether leaving the field commits (the default). A field whose commit is an act of its own,
     * like checking an answer, commits only on Enter or its button.
     */
    public NumberField commitOnLeave(boolean on) {
        this.commitOnLeave = on;
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
        submit();
    }

    /** Reads the field and commits a valid value even when the text is the shown one (a Check button). */
    public void submit() {
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
        if (sink != null) {
            sink.accept(text);
        } else {
            message.setText(on ? text : "");
            message.setVisible(on);
            message.setManaged(on);
        }
        StyleClasses.toggle(field, "invalid", on);
    }
}
