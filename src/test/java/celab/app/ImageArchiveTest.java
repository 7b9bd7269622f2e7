package celab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app image's start-up archive: when it is made, how, and that the JVM accepts the result. */
class ImageArchiveTest {

    @TempDir
    Path dir;

    @Test
    void neededOnlyWhenMissingNotFailedBeforeAndWritable() throws IOException {
        Path archive = dir.resolve("celab.jsa");
        assertTrue(ImageArchive.needed(archive));
        Files.writeString(ImageArchive.failedMark(archive), "failed");
        assertFalse(ImageArchive.needed(archive), "a failed try is not repeated at every start");
        Files.delete(ImageArchive.failedMark(archive));
        Files.write(archive, new byte[] {1});
        assertFalse(ImageArchive.needed(archive), "made already");
        Files.delete(archive);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            // root may write anyway; then the check rightly says the folder can be written
            assertEquals(Files.isWritable(dir), ImageArchive.needed(archive));
        } finally {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /**
     * A class path of jars only, as in the app image: the app's compiled classes packed into a jar
     * (CDS archives nothing from folders), then every library jar of this test run.
     */
    private String jarClassPath() throws IOException {
        Path classes = Path.of("target", "classes");
        Path jar = dir.resolve("lib").resolve("app.jar");
        Files.createDirectories(jar.getParent());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
        List<String> entries = new ArrayList<>(List.of(jar.toString()));
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (e.endsWith(".jar") && Files.isRegularFile(Path.of(e))) {
                entries.add(e);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    @Test
    void aClassPathWithASpaceGetsNoArchive() {
        assertTrue(ImageArchive.usable("/opt/lab/lib/app/a.jar:/opt/lab/lib/app/b.jar"));
        assertFalse(ImageArchive.usable("/home/ann/My Apps/lab/lib/app/a.jar"));
        assertFalse(ImageArchive.usable(""));
        assertFalse(ImageArchive.usable(null));
    }

    @Test
    void theTrainingRunIsHeadlessQuitsAndDoesNotTrainAgain() {
        List<String> cmd = ImageArchive.command(dir.resolve("a.tmp"), dir.resolve("home"), "x.jar");
        assertTrue(cmd.contains("-XX:ArchiveClassesAtExit=" + dir.resolve("a.tmp")));
        assertTrue(cmd.contains("-Dglass.platform=Monocle"));
        assertTrue(cmd.contains("-D" + FirstFrame.EXIT_PROPERTY + "=true"));
        assertTrue(cmd.contains("-Dcelab.home=" + dir.resolve("home")), "never the person's own settings");
        assertTrue(cmd.stream().noneMatch(a -> a.contains(ImageArchive.PROPERTY)), "the training run makes no archive of its own");
        assertEquals("celab.Main", cmd.get(cmd.size() - 1));
        assertEquals("x.jar", cmd.get(cmd.size() - 2));
    }

    @Test
    void theArchiveIsMadeAndTheJvmMapsIt() throws Exception {
        String classPath = jarClassPath();
        Path archive = dir.resolve("celab.jsa");
        assertTrue(ImageArchive.make(archive, classPath), "the training run wrote the archive");
        assertFalse(Files.exists(ImageArchive.failedMark(archive)));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(archive.getFileName().toString(), "lib"),
                    left.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary file is left");
        }
        // -Xshare:on fails the JVM if the archive cannot be mapped for this class path
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:SharedArchiveFile=" + archive, "-Xshare:on", "-Xlog:class+load",
                "-cp", classPath, "celab.Main", "loss", "--help")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("celab.Main source: shared objects file"), "the app's own classes come from the archive");
    }

    @Test
    void aFailedTryIsMarkedAndLeavesNothingElse() throws IOException {
        Path archive = dir.resolve("celab.jsa");
        assertFalse(ImageArchive.make(archive, dir.resolve("missing.jar").toString()), "no class path, no lab");
        assertFalse(Files.exists(archive));
        assertTrue(Files.exists(ImageArchive.failedMark(archive)));
        assertFalse(ImageArchive.needed(archive));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(1, left.count(), "only the mark");
        }
    }
}
