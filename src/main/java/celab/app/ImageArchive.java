package celab.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The app image's class-data-sharing archive, made once on the machine the image runs on.
 *
 * <p>An archive lists the JVM's classes ready to map, which makes start-up about a quarter
 * cheaper (run.sh makes one after each build). It records the absolute paths of the jars it was
 * made from, and JDK 17 refuses it anywhere else, so an archive made while the image is built
 * would stop working as soon as the image is unpacked in another folder. Instead the image's
 * launcher points the JVM at {@code celab.jsa} in its own folder (passed here as the property
 * {@value #PROPERTY}); while that file is missing the JVM starts without it, and this class
 * makes it: a few seconds after the first start, a separate JVM at low priority opens the lab
 * headless (Monocle, as run.sh's training does), restores an example session, draws the first
 * frames and quits, and the JVM writes the classes it loaded. Every later start maps it.
 * Nothing is tried when the folder cannot be written (an image installed read-only starts
 * without it), and a failed try leaves {@code celab.jsa.failed} so it is not repeated.
 */
final class ImageArchive {

    /** The archive the image's launcher names; set only by the app image. */
    static final String PROPERTY = "celab.imageArchive";
    private static final Duration DELAY = Duration.ofSeconds(5);
    private static final Duration LIMIT = Duration.ofMinutes(3);

    private ImageArchive() {
    }

    /** Starts making the archive in the background if the image names one that is missing. */
    static void prepareLater() {
        String named = System.getProperty(PROPERTY);
        if (named == null || named.isBlank()) {
            return;
        }
        Path archive = Path.of(named);
        String classPath = System.getProperty("java.class.path");
        if (!needed(archive) || !usable(classPath)) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(DELAY.toMillis()); // after the start-up work, not during it
                make(archive, classPath);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "image-archive");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** True when the archive is missing, has not failed before and its folder can be written. */
    static boolean needed(Path archive) {
        Path dir = archive.toAbsolutePath().getParent();
        return dir != null && !Files.exists(archive) && !Files.exists(failedMark(archive)) && Files.isWritable(dir);
    }

    /**
     * Java 17 maps an archive made from jars whose path has a space, but then loads no class from
     * it (it matches the jars by their URLs, where the space is escaped); such an image starts
     * without one rather than making 27 MB it cannot use.
     */
    static boolean usable(String classPath) {
        return classPath != null && !classPath.isBlank() && !classPath.contains(" ");
    }

    static Path failedMark(Path archive) {
        return archive.resolveSibling(archive.getFileName() + ".failed");
    }

    /**
     * Makes the archive now (blocking): trains a headless JVM on {@code classPath} (jars only: CDS
     * archives no classes from folders) into a temporary file and moves it into place. Returns
     * whether the archive is there afterwards.
     */
    static boolean make(Path archive, String classPath) {
        Path dir = archive.toAbsolutePath().getParent();
        removeStaleTemps(archive);
        Path temp = dir.resolve(archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        Path home = null;
        boolean made = false;
        try {
            home = Files.createTempDirectory("celab-archive");
            try (InputStream example = ImageArchive.class.getResourceAsStream("/celab/scenarios/seeds-batch.celab.json")) {
                if (example != null) {
                    Files.copy(example, home.resolve("last-session.celab.json"));
                }
            }
            Process p = new ProcessBuilder(command(temp, home, classPath))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!p.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                p.destroyForcibly();
            } else if (p.exitValue() == 0 && Files.isRegularFile(temp) && Files.size(temp) > 0) {
                Files.move(temp, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                made = true;
            }
        } catch (IOException | RuntimeException e) {
            made = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            deleteQuietly(temp);
            if (home != null) {
                try (Stream<Path> files = Files.walk(home)) {
                    files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(ImageArchive::deleteQuietly);
                } catch (IOException e) {
                    // a scratch folder in the temp directory; the system clears it
                }
            }
        }
        if (!made && !Files.exists(archive)) {
            try {
                Files.writeString(failedMark(archive), "The class-data-sharing archive could not be made at "
                        + Instant.now() + "; delete this file to try again.\n");
            } catch (IOException e) {
                // nothing more to do: the next start tries again
            }
        }
        return Files.exists(archive);
    }

    /** The training JVM: this runtime, the class path, headless, quitting after its first frames. */
    static List<String> command(Path temp, Path home, String classPath) {
        List<String> cmd = new ArrayList<>();
        Path nice = Path.of("/usr/bin/nice");
        if (Files.isExecutable(nice)) {
            cmd.addAll(List.of(nice.toString(), "-n", "10")); // the person's own work comes first
        }
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(List.of("-XX:ArchiveClassesAtExit=" + temp, "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                "-Dcelab.home=" + home, "-D" + FirstFrame.EXIT_PROPERTY + "=true",
                "-cp", classPath, "celab.Main"));
        return cmd;
    }

    /** Temporary archives older than the time limit were left by a try that was killed. */
    private static void removeStaleTemps(Path archive) {
        Path dir = archive.toAbsolutePath().getParent();
        String prefix = archive.getFileName() + ".";
        try (Stream<Path> files = Files.list(dir)) {
            Instant old = Instant.now().minus(LIMIT.multipliedBy(2));
            files.filter(f -> f.getFileName().toString().startsWith(prefix) && f.getFileName().toString().endsWith(".tmp"))
                    .filter(f -> {
                        try {
                            return Files.getLastModifiedTime(f).toInstant().isBefore(old);
                        } catch (IOException e) {
                            return false;
                        }
                    })
                    .forEach(ImageArchive::deleteQuietly);
        } catch (IOException e) {
            // nothing to clean
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // left for the next try's clean-up
        }
    }
}
