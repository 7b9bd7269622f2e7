package celab.screen;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One input of the "Your data" screen: a file or a bundled example, with the name messages use
 * and its size in bytes (for the progress bar; -1 when unknown).
 */
public record DataSource(String name, long size, Opener opener) {

    /** Opens the bytes; each call starts from the beginning. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    /** A file, named as given (relative names stay relative in messages). */
    public static DataSource file(Path path) {
        long size;
        try {
            size = Files.size(path);
        } catch (IOException e) {
            size = -1;
        }
        return new DataSource(path.toString(), size, () -> Files.newInputStream(path));
    }

    /** An example bundled with the app under /celab/data/. */
    public static DataSource example(String file) {
        String resource = "/celab/data/" + file;
        return new DataSource(file, -1, () -> {
            InputStream in = DataSource.class.getResourceAsStream(resource);
            if (in == null) {
                throw new java.io.FileNotFoundException(file + " is missing from the app");
            }
            return in;
        });
    }

    public InputStream open() throws IOException {
        return opener.open();
    }
}
