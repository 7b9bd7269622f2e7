package celab.app;

import celab.io.AppDirs;
import celab.io.AppSettings;
import celab.io.AtomicFiles;
import celab.io.DamagedFile;
import celab.io.ProgressStore;
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
        if (options.scenario() == null && settings.settings().restoreLastSession()) {
            last = Session.readLastSession(Session.defaultAutosave());
            if (last.damaged() != null) {
                damaged.add(last.damaged());
            }
        }
        return new StartupFiles(settings.settings(), progress, last, List.copyOf(damaged));
    }

    /** One message for all damaged files, or null. */
    static String notice(List<DamagedFile> damaged) {
        List<String> parts = damaged.stream().filter(Objects::nonNull).map(DamagedFile::message).toList();
        return parts.isEmpty() ? null : String.join(". ", parts) + ".";
    }
}
