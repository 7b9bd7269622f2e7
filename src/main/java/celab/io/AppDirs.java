package celab.io;

import java.nio.file.Path;

/**
 * Where the app keeps its files: {@code $XDG_CONFIG_HOME/cross-entropy-lab} (usually
 * {@code ~/.config/cross-entropy-lab}), or the folder in the system property {@code celab.home},
 * which the tests point at a temporary folder.
 */
public final class AppDirs {

    private AppDirs() {
    }

    public static Path home() {
        String override = System.getProperty("celab.home");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("cross-entropy-lab");
    }
}
