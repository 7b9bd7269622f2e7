package celab.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EpsilonInputTest {

    private static EpsilonInput.Parsed parse(String s) {
        return EpsilonInput.parse(s, 1e-15, 0.1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1e-7|1e-7", "1E-7|1e-7", " 1e-7 |1e-7", "0.001|0.001", ".05|0.05", "10^-7|1e-7",
        "1·10^-3|1e-3", "2.5×10^-4|2.5e-4", "1e−7|1e-7", "0.1|0.1", "1e-15|1e-15"})
    void readsTheUsualSpellings(String text, double expected) {
        EpsilonInput.Parsed p = parse(text);
        assertTrue(p.ok(), p.error());
        assertEquals(expected, p.value(), expected * 1e-12);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "abc|“abc” is not a number",
        "2|2 is above 0.1",
        "0.5|0.5 is above 0.1",
        "1e-16|1e-16 is below 1e-15",
        "0|ε must be above 0",
        "-1e-7|ε must be above 0",
        "0,001|Use a point for decimals",
        "1e-7x|is not a number",
        "10^x|is not a number",
        "2^-7|is not a number",
        "NaN|is not a number",
        "Infinity|is not a number",
        "1e400|1e400 is above 0.1",
        "10^400|10^400 is above 0.1"})
    void refusesWithASentenceThatSaysWhy(String text, String fragment) {
        EpsilonInput.Parsed p = parse(text);
        assertFalse(p.ok());
        assertTrue(p.error().contains(fragment), p.error());
        assertTrue(Double.isNaN(p.value()));
    }

    @org.junit.jupiter.api.Test
    void anEmptyFieldAsksForAValue() {
        assertEquals("Type ε between 1e-15 and 0.1, for example 1e-7.", parse("  ").error());
    }
}
