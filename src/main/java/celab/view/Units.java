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

    /** A loss computed in nats, as a bare number in {@code base} (the caption names the unit). */
    public static String number(double nats, LogBase base, boolean hidden) {
        return hidden ? "?" : Numbers.format(base.fromNats(nats));
    }

    /** A readout caption with its unit: "loss (nats)". */
    public static String caption(String text, LogBase base) {
        return text + " (" + base.unit() + ")";
    }

    /** A value already in {@code base}'s unit, with the unit. */
    public static String inUnit(double value, LogBase base, boolean hidden) {
        return hidden ? "?" : Numbers.format(value) + " " + base.unit();
    }
}
