package celab.cli;

import celab.io.lesson.Lesson;
import celab.io.lesson.LessonException;
import celab.io.lesson.LessonFile;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * {@code check-lesson FILE…}: checks lesson files the way the app reads them, for teachers who
 * write lessons by hand and for CI. Every problem is one {@code file:line:column: what} line on
 * stderr; the status is 2 when any file has a problem.
 */
final class CheckLessonCommand {

    static final String HELP = """
            usage: ./run.sh check-lesson FILE.celab-lesson.json [FILE…]

            Checks lesson files: the JSON, every field, each goal and its parameters, each
            question's answer, the screens and the lab state. Prints one file:line:column line per
            problem and exits 2 if there is any; prints a one-line summary per good file and exits 0.
            The format is described in docs/lesson-format.md.
            """;

    private CheckLessonCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            if (args.length == 0) {
                err.println("check-lesson: name a lesson file to check; see check-lesson --help");
                return Cli.BAD_INPUT;
            }
            out.print(HELP);
            return 0;
        }
        int status = 0;
        for (String a : args) {
            if (a.startsWith("-")) {
                err.println("check-lesson: unknown option '" + a + "'; see check-lesson --help");
                return Cli.BAD_INPUT;
            }
        }
        for (String a : args) {
            try {
                Lesson lesson = LessonFile.read(Path.of(a));
                long tasks = lesson.steps().stream().filter(s -> s.task() != null).count();
                long questions = lesson.steps().stream().filter(s -> s.question() != null).count();
                out.println(a + ": ok, “" + lesson.title() + "”, " + lesson.steps().size() + " steps ("
                        + tasks + " tasks, " + questions + " questions)");
            } catch (LessonException e) {
                String dir = Path.of(a).getParent() == null ? "" : Path.of(a).getParent() + "/";
                for (String line : e.problems()) {
                    err.println(dir + line);
                }
                status = Cli.BAD_INPUT;
            }
        }
        return status;
    }
}
