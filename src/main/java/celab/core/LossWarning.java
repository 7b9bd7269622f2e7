package celab.core;

/**
 * Something worth knowing about an input that is still computed as given, such as a
 * probability row that does not sum to 1.
 *
 * @param row     0-based sample row
 * @param message what was noticed
 */
public record LossWarning(int row, String message) {

    /** "sample 2: probabilities sum to 0.9, not 1 (computed as given)" (1-based for people). */
    public String describe() {
        return "sample " + (row + 1) + ": " + message;
    }
}
