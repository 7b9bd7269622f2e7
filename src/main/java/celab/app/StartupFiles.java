package celab.app;

import celab.core.SafeText;
import celab.io.AppDirs;
import celab.io.AppSettings;
import celab.io.AtomicFiles;
import celab.io.DamagedFile;
import celab.io.ProgressStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * What start-up reads from the config folder, read on a background thread so the first frame
 * never waits for the disk or for JSON data binding: the settings, the lesson progress and the
 * last session. Damaged files are set aside (see {@link DamagedFile}) and listed, and temporary
 * files left by crashed saves are removed.
 *
 * @param settings    the settings
 * @param progress    the progress store, already read once (so damage is known)
 * @param lastSession the last session, or none (a scenario file was given, or restoring is off)
 * @param damaged     the files that could not be read
 */
record StartupFiles(AppSettings settings, ProgressStore progress, Session.LastSession lastSession,
                    List<DamagedFile> damaged) {

    static CompletableFuture<StartupFiles> readInBackground(LaunchOptions options) {
        CompletableFuture<StartupFiles> result = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                result.complete(read(options));
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }, "startup-files");
        t.setDaemon(true);
        t.start();
        return result;
    }

    static StartupFiles read(LaunchOptions options) {
        AtomicFiles.removeStaleTemps(AppDirs.home());
        List<DamagedFile> damaged = new ArrayList<>();
        AppSettings.Loaded settings = AppSettings.loadAtStartup();
        if (settings.damaged() != null) {
            damaged.add(settings.damaged());
        }
        ProgressStore progress = ProgressStore.standard();
        progress.load();
        if (progress.damaged() != null) {
            damaged.add(progress.damaged());
        }
        Session.LastSession last = Session.LastSession.NONE;
        if ((options.scenario() == null || options.lesson()) && settings.settings().restoreLastSession()) {
            last = Session.readLastSession(Session.defaultAutosave());
            if (last.damaged() != null) {
                damaged.add(last.damaged());
            }
        }
        return new StartupFiles(settings.settings(), progress, last, List.copyOf(damaged));
    }

    /** One short message for all damaged files, or null. */
    static String notice(List<DamagedFile> damaged) {
        List<DamagedFile> files = damaged.stream().filter(Objects::nonNull).toList();
        if (files.isEmpty()) {
            return null;
        }
        if (files.size() == 1) {
            return files.get(0).message() + ".";
        }
        String each = String.join(", ", files.stream()
                .map(d -> SafeText.of(d.file().getFileName().toString()) + " (" + d.problem() + ")").toList());
        boolean allKept = files.stream().allMatch(d -> d.keptAs() != null);
        Path dir = files.get(0).file().toAbsolutePath().getParent();
        return each + " could not be read" + (allKept
                ? "; each was kept beside the others as NAME.bad-<time> in " + SafeText.of(String.valueOf(dir))
                : "") + ", and fresh ones are used.";
    }
}
