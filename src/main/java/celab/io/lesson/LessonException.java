package celab.io.lesson;

import java.util.List;

/**
 * A lesson file that cannot be used. Each problem is one line, {@code file:line:column: what},
 * the way compilers report; {@link #getMessage()} joins them.
 */
public final class LessonException extends Exception {
    private final List<String> problems;

    public LessonException(List<String> problems) {
        super(String.join("\n", problems), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public LessonException(String problem) {
        this(List.of(problem));
    }

    /** One line per problem, in file order. */
    public List<String> problems() {
        return problems;
    }
}
