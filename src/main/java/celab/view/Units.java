package celab.view;

import celab.core.LogBase;
import celab.core.Numbers;

/**
 * Loss numbers with their unit, through the one formatter: "0.3567 nats", "0.5146 bits", or "?"
 * while the numbers are hidden (predict, then reveal).
 */
public final class Units {

    private Units() {
    }

    /** A loss computed in nats, shown in {@code base} with its unit. */
    public static String fromNats(double nats, LogBase base, boolean hidden) {
        return inUnit(base.fromNats(nats), base, hidden);
    }

    /** A value already in {@code base}'s unit, with the unit. */
    public static String inUnit(double value, LogBase base, boolean hidden) {
        return hidden ? "?" : Numbers.format(value) + " " + base.unit();
    }
}
