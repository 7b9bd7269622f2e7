package celab.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the app keeps its files and where file dialogs start.
 *
 * <p>The config folder is {@code $XDG_CONFIG_HOME/cross-entropy-lab} when that variable holds an
 * absolute path, else {@code $HOME/.config/cross-entropy-lab}; the system property
 * {@code celab.home} overrides both (the tests point it at a temporary folder). {@code $HOME}
 * is read from the environment: Java's {@code user.home} comes from the password database, so a
 * changed {@code $HOME} (a sandbox, a test account, {@code HOME=/tmp/x ./run.sh}) would be ignored.
 */
public final class AppDirs {

    public static final String APP_FOLDER = "cross-entropy-lab";

    private AppDirs() {
    }

    /** The config folder for this process's environment. */
    public static Path home() {
        return home(System.getenv(), System.getProperty("celab.home"), System.getProperty("user.home"));
    }

    /** The config folder, from the given environment and properties (for tests). */
    static Path home(Map<String, String> env, String override, String userHomeProperty) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        // the XDG spec: a relative path in XDG_CONFIG_HOME is invalid and is ignored
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg).resolve(APP_FOLDER);
        }
        return userHome(env, userHomeProperty).resolve(".config").resolve(APP_FOLDER);
    }

    /** The user's home folder: {@code $HOME}, else Java's {@code user.home}. */
    public static Path userHome() {
        return userHome(System.getenv(), System.getProperty("user.home"));
    }

    static Path userHome(Map<String, String> env, String userHomeProperty) {
        String home = env.get("HOME");
        if (home != null && !home.isBlank() && Path.of(home).isAbsolute()) {
            return Path.of(home);
        }
        return Path.of(userHomeProperty);
    }

    /**
     * Where a file dialog opens the first time: the user's Pictures folder for images, else
     * Documents, else the home folder (whichever exists first).
     */
    public static Path firstFolder(boolean images) {
        return firstFolder(userHome(), images);
    }

    static Path firstFolder(Path home, boolean images) {
        Path pictures = home.resolve("Pictures");
        Path documents = home.resolve("Documents");
        if (images && Files.isDirectory(pictures)) {
            return pictures;
        }
        if (Files.isDirectory(documents)) {
            return documents;
        }
        if (Files.isDirectory(pictures)) {
            return pictures;
        }
        return home;
    }
}
