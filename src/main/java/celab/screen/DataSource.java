package celab.screen;

import java.nio.file.Path;

/**
 * One input of the "Your data" screen: a file (CSV, .csv.gz or .npy) or an example bundled with
 * the app under /celab/data/, with the name messages use.
 */
public record DataSource(String name, Path path, String resource) {

    /** A file, named as given (relative names stay relative in messages). */
    public static DataSource file(Path path) {
        return new DataSource(path.toString(), path, null);
    }

    /** An example bundled with the app under /celab/data/. */
    public static DataSource example(String file) {
        return new DataSource(file, null, "/celab/data/" + file);
    }
}
