package celab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LogBaseTest {

    @Test
    void oneNatIsAboutOnePointFourFourBits() {
        assertEquals(1.4426950408889634, LogBase.TWO.fromNats(1.0), 1e-15);
        assertEquals(1.0, LogBase.E.fromNats(1.0), 0.0);
    }

    @Test
    void lnTwoNatsIsOneBitAndBack() {
        assertEquals(1.0, LogBase.TWO.fromNats(Math.log(2)), 1e-15);
        assertEquals(0.38506088005216804, LogBase.TWO.toNats(LogBase.TWO.fromNats(0.38506088005216804)), 1e-16);
    }

    @Test
    void readsTheSpellingsPeopleUse() {
        assertEquals(LogBase.E, LogBase.parse("e"));
        assertEquals(LogBase.E, LogBase.parse(" Nats "));
        assertEquals(LogBase.TWO, LogBase.parse("2"));
        assertEquals(LogBase.TWO, LogBase.parse("bits"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LogBase.parse("10"));
        assertEquals("log base \"10\" is not e or 2 (nats or bits)", e.getMessage());
    }
}
