package celab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void aNewFileGetsTheUmasksPermissionsNot0600() throws Exception {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path f = dir.resolve("scenario.celab.json");
        AtomicFiles.write(f, "{}");
        // what any other program would create here: a plain new file under the same umask
        Path plain = Files.createFile(dir.resolve("plain"));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(f));
        assertTrue(Files.getPosixFilePermissions(f).contains(PosixFilePermission.OWNER_WRITE));
    }

    @Test
    void theNewFilesModeFollowsTheUmaskOfTheProcess() throws Exception {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")));
        // a child JVM under umask 022 writes through AtomicFiles: the file must be 0644
        String cp = System.getProperty("java.class.path");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path f = dir.resolve("written-by-child.txt");
        Process p = new ProcessBuilder("/bin/sh", "-c", "umask 022; exec \"$0\" -cp \"$1\" \"$2\" \"$3\"",
                java, cp, Writer.class.getName(), f.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), output);
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
    }

    /** Run in a child JVM by the test above. */
    public static final class Writer {
        public static void main(String[] args) throws Exception {
            AtomicFiles.write(Path.of(args[0]), "written");
        }
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws Exception {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path f = dir.resolve("shared.celab.json");
        AtomicFiles.write(f, "one");
        Set<PosixFilePermission> mode = PosixFilePermissions.fromString("rw-rw-r--");
        Files.setPosixFilePermissions(f, mode);
        AtomicFiles.write(f, "two");
        assertEquals("two", Files.readString(f));
        assertEquals(mode, Files.getPosixFilePermissions(f));
    }

    @Test
    void nothingIsLeftBesideTheFile() throws Exception {
        Path f = dir.resolve("a.json");
        for (int i = 0; i < 5; i++) {
            AtomicFiles.write(f, "v" + i);
        }
        assertEquals(List.of(f), list());
        assertEquals("v4", Files.readString(f));
    }

    @Test
    void staleTempsFromCrashedSavesAreRemovedButFreshOnesAndOtherFilesStay() throws Exception {
        Path old1 = Files.writeString(dir.resolve(".last-session.celab.json-8812734612.tmp"), "half");
        Path old2 = Files.writeString(dir.resolve(".progress.json-1.tmp"), "half");
        Path fresh = Files.writeString(dir.resolve(".settings.json-42.tmp"), "being written");
        Path mine = Files.writeString(dir.resolve("notes.tmp"), "not ours");
        Path data = Files.writeString(dir.resolve("last-session.celab.json"), "{}");
        FileTime hourAgo = FileTime.from(Instant.now().minusSeconds(3600));
        for (Path p : List.of(old1, old2, mine, data)) {
            Files.setLastModifiedTime(p, hourAgo);
        }
        assertEquals(2, AtomicFiles.removeStaleTemps(dir));
        assertFalse(Files.exists(old1));
        assertFalse(Files.exists(old2));
        assertTrue(Files.exists(fresh), "a save in progress elsewhere is not disturbed");
        assertTrue(Files.exists(mine));
        assertTrue(Files.exists(data));
        assertEquals(0, AtomicFiles.removeStaleTemps(dir.resolve("missing")));
    }

    @Test
    void savingAFileRemovesItsOwnStaleTempsOnly() throws Exception {
        FileTime hourAgo = FileTime.from(Instant.now().minusSeconds(3600));
        Path mine = Files.writeString(dir.resolve(".slide [1].png-77.tmp"), "half");
        Path other = Files.writeString(dir.resolve(".other.png-78.tmp"), "half");
        Files.setLastModifiedTime(mine, hourAgo);
        Files.setLastModifiedTime(other, hourAgo);
        AtomicFiles.write(dir.resolve("slide [1].png"), "png");
        assertFalse(Files.exists(mine), "the crashed save of this file is cleaned up");
        assertTrue(Files.exists(other), "another file's temporary is not this save's business");
    }

    private List<Path> list() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }
}
