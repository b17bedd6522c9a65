package vn.sochibo.ui.backup;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.sochibo.application.backup.BackupService;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.common.TaskRunner;

/**
 * The automatic backups while the window is open: the daily one (checked at start and every hour, made when the
 * newest backup is a day old) and one when the app ends (skipped when nothing changed). All of it runs on the
 * background runner (the daily one's check beside its queue); a failure is logged and shown in the
 * {@link BackupStatus}, never in the way.
 */
public final class AutoBackup {
    private static final Logger LOG = LoggerFactory.getLogger(AutoBackup.class);
    private static final Duration CHECK_EVERY = Duration.hours(1);
    /**
     * The first check waits a moment: the background runner is one queue, and a backup queued at start (one to
     * two seconds on ten years of data) held up the first screen's loading behind it.
     */
    private static final Duration FIRST_CHECK = Duration.seconds(5);

    private final Supplier<AppServices> services;
    private final TaskRunner tasks;
    private final BackupStatus status;
    private Timeline timer;
    private Runnable beforeCheck = () -> { };
    /** A daily backup's check is running on the lane for long work (set on the queue, cleared on the UI thread). */
    private volatile boolean checking;

    public AutoBackup(Supplier<AppServices> services, TaskRunner tasks, BackupStatus status) {
        this.services = services;
        this.tasks = tasks;
        this.status = status;
    }

    /** Makes the daily backup if it is due: a few seconds after start (after the first screen has loaded), then hourly. */
    public void start() {
        timer = new Timeline(new KeyFrame(FIRST_CHECK, e -> {
            backUpIfDue();
            hourly();
        }));
        timer.play();
    }

    private void hourly() {
        timer = new Timeline(new KeyFrame(CHECK_EVERY, e -> backUpIfDue()));
        timer.setCycleCount(Timeline.INDEFINITE);
        timer.play();
    }

    /**
     * What to start just before each daily check is queued: the search's warm-up, so that the index is built before
     * the backup's script holds the store for seconds, and a search typed during the backup answers at once.
     */
    public void setBeforeCheck(Runnable action) {
        this.beforeCheck = java.util.Objects.requireNonNull(action, "action");
    }

    /**
     * The daily check. Only the backup's script runs on the queue (it holds the store); its check, which loads the
     * written file into a throwaway database for several seconds, runs on the runner's lane for long work, so that
     * the window's reads and saves go on meanwhile. When that lane no longer takes work (the app is ending), the
     * check runs here. Its success or failure is shown as before.
     */
    public void backUpIfDue() {
        if (checking) {
            return; // the previous one is still being checked
        }
        beforeCheck.run();
        tasks.run(() -> {
            AppServices s = services.get();
            // Nothing worth keeping yet (the first-run page), or the store is being replaced.
            if (!s.isOpen() || s.cell().profile().isEmpty()) {
                return Optional.<BackupService.Result>empty();
            }
            BackupService backups = s.backups();
            Optional<BackupService.Written> written = backups.writeIfDue();
            if (written.isEmpty()) {
                return Optional.<BackupService.Result>empty();
            }
            try {
                checking = true;
                tasks.longWork().run(() -> backups.finish(written.get()), made -> {
                    checking = false;
                    status.succeeded(made);
                }, failure -> {
                    checking = false;
                    status.failed(failure);
                });
                return Optional.<BackupService.Result>empty();
            } catch (java.util.concurrent.RejectedExecutionException closing) {
                checking = false;
                return Optional.of(backups.finish(written.get()));
            }
        }, made -> made.ifPresent(status::succeeded), status::failed);
    }

    /**
     * Queues the backup made when the app ends, after whatever is queued (the pending edits). The runner finishes
     * its queue, within its time limit, before the store is closed.
     */
    public void backUpOnExit() {
        stop();
        tasks.run(() -> {
            AppServices s = services.get();
            if (!s.isOpen() || s.cell().profile().isEmpty()) {
                return Optional.<BackupService.Result>empty();
            }
            try {
                return s.backups().backUpOnExit();
            } catch (RuntimeException e) {
                // The window is gone: the log is the only place left to say it.
                LOG.error("The backup on exit failed", e);
                throw e;
            }
        }, made -> { }, failure -> { });
    }

    public void stop() {
        if (timer != null) {
            timer.stop();
            timer = null;
        }
    }
}
