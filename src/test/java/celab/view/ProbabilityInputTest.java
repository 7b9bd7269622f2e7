package celab.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProbabilityInputTest {

    @Test
    void acceptsDecimalsPercentAndScientific() {
        assertEquals(0.6, ProbabilityInput.parse("0.6").value());
        assertEquals(0.6, ProbabilityInput.parse(" .6 ").value());
        assertEquals(0.6, ProbabilityInput.parse("60%").value(), 1e-15);
        assertEquals(1e-7, ProbabilityInput.parse("1e-7").value());
        assertEquals(1.0, ProbabilityInput.parse("1").value());
    }

    @Test
    void refusesWithAMessageThatSaysWhat() {
        assertEquals("“abc” is not a number.", ProbabilityInput.parse("abc").error());
        assertEquals("-0.2 is below 0: a probability is between 0 and 1.", ProbabilityInput.parse("-0.2").error());
        assertEquals("1.5 is above 1: a probability is between 0 and 1.", ProbabilityInput.parse("1.5").error());
        assertTrue(ProbabilityInput.parse("0,5").error().contains("Use a point"));
        assertEquals("150% is above 1: a probability is between 0 and 1.", ProbabilityInput.parse("150%").error());
        // numbers a double cannot hold as typed are repeated as typed, not as Java spells them
        assertEquals("1e400 is above 1: a probability is between 0 and 1.", ProbabilityInput.parse("1e400").error());
        assertEquals("-1e400 is below 0: a probability is between 0 and 1.", ProbabilityInput.parse("-1e400").error());
        assertEquals("-1e-5 is below 0: a probability is between 0 and 1.", ProbabilityInput.parse("−1e-5").error());
        assertFalse(ProbabilityInput.parse("NaN").isOk());
        assertFalse(ProbabilityInput.parse("Infinity").isOk());
        assertFalse(ProbabilityInput.parse("").isOk());
    }
}
