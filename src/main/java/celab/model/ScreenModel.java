package celab.model;

/**
 * One screen's values: what its reset puts back, and one immutable record of everything it
 * shows, for undo, scenario files and the autosave. Shared settings (ε, clipping, precision,
 * class names) are not part of any screen; {@link Lab} resets them on its own.
 *
 * @param <S> the screen's record
 */
public interface ScreenModel<S extends Record> {

    /** This screen's values back to how they first opened; nothing else changes. */
    void reset();

    /** Everything the screen shows, as one immutable record. */
    S snapshot();

    /**
     * Puts a snapshot back. It is checked first: a bad state changes nothing.
     *
     * @throws IllegalArgumentException naming the screen and what is wrong
     */
    void restore(S state);
}
