package celab.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

class NumberFieldFxTest extends ApplicationTest {
    private final List<Double> committed = new ArrayList<>();
    private NumberField field;

    @Override
    public void start(Stage stage) {
        field = new NumberField("p", ProbabilityInput::parse, committed::add).subject(() -> "cat");
        field.show("0.333");
        Button other = new Button("elsewhere");
        other.setId("other");
        stage.setScene(new Scene(new VBox(field.field(), field.message(), other), 300, 200));
        stage.show();
    }

    @Test
    void anUntouchedFieldCommitsNothingSoTheExactValueStays() {
        clickOn("#p");
        type(KeyCode.ENTER);
        clickOn("#other");
        assertEquals(List.of(), committed);
    }

    @Test
    void aValidValueIsCommitted() {
        doubleClickOn("#p").write("0.25");
        type(KeyCode.ENTER);
        assertEquals(List.of(0.25), committed);
        assertFalse(field.isInvalid());
    }

    @Test
    void aBadValueShowsAMessageAndEscRestores() {
        doubleClickOn("#p").write("1.5");
        type(KeyCode.ENTER);
        assertEquals(List.of(), committed);
        assertTrue(field.isInvalid());
        assertTrue(field.message().isVisible());
        assertEquals("cat: 1.5 is above 1: a probability is between 0 and 1.", field.message().getText());
        // the model's value changes meanwhile: the field keeps what the person is fixing
        interact(() -> field.show("0.400"));
        assertEquals("1.5", field.field().getText());
        type(KeyCode.ESCAPE);
        assertEquals("0.400", field.field().getText());
        assertFalse(field.isInvalid());
        assertFalse(field.message().isVisible());
    }
}
