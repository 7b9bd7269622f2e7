package celab.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LogitInputTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"3|3", "-2.5|-2.5", "−7|-7", "1e3|1000", "-1000|-1000", "0.000|0"})
    void readsPlainAndScientificNumbers(String text, double expected) {
        LogitInput.Parsed p = LogitInput.parse(text);
        assertTrue(p.ok(), p.error());
        assertEquals(expected, p.value());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1200|1200 is beyond ±1000",
        "-1000.5|−1000.5 is beyond ±1000",
        "1e20|1e20 is beyond ±1000",
        "1e400|1e400 is beyond ±1000",
        "-1e400|−1e400 is beyond ±1000",
        "abc|“abc” is not a number",
        "Infinity|is not a finite number"})
    void refusesWithASentenceInTheUsersOwnDigits(String text, String start) {
        LogitInput.Parsed p = LogitInput.parse(text);
        assertTrue(p.error().contains(start), p.error());
        assertTrue(!p.error().contains("E") || p.error().contains("“"), "Java's spelling: " + p.error());
    }
}
