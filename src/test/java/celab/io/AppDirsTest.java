package celab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppDirsTest {

    @Test
    void xdgConfigHomeComesFirst() {
        assertEquals(Path.of("/x/conf/cross-entropy-lab"),
                AppDirs.home(Map.of("XDG_CONFIG_HOME", "/x/conf", "HOME", "/home/t"), null, "/home/pw"));
    }

    @Test
    void thenHomeFromTheEnvironmentNotThePasswordDatabase() {
        // user.home ("/home/pw") comes from the password database; a changed $HOME must win
        assertEquals(Path.of("/tmp/sandbox/.config/cross-entropy-lab"),
                AppDirs.home(Map.of("HOME", "/tmp/sandbox"), null, "/home/pw"));
    }

    @Test
    void aRelativeXdgConfigHomeIsIgnoredAsTheSpecSays() {
        assertEquals(Path.of("/home/t/.config/cross-entropy-lab"),
                AppDirs.home(Map.of("XDG_CONFIG_HOME", "conf", "HOME", "/home/t"), null, "/home/pw"));
    }

    @Test
    void withoutHomeJavasUserHomeIsTheFallback() {
        assertEquals(Path.of("/home/pw/.config/cross-entropy-lab"), AppDirs.home(Map.of(), null, "/home/pw"));
        assertEquals(Path.of("/home/pw/.config/cross-entropy-lab"), AppDirs.home(Map.of("HOME", ""), null, "/home/pw"));
    }

    @Test
    void theTestOverrideBeatsEverything() {
        assertEquals(Path.of("/t/home"), AppDirs.home(Map.of("XDG_CONFIG_HOME", "/x", "HOME", "/h"), "/t/home", "/p"));
    }
}
