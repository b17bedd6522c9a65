package vn.sochibo.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import atlantafx.base.theme.PrimerLight;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.common.Messages;
import vn.sochibo.domain.cell.CellProfile;
import vn.sochibo.ui.AppWindow;
import vn.sochibo.ui.common.Dialogs;
import vn.sochibo.ui.common.FxTaskRunner;
import vn.sochibo.ui.common.TextScale;
import vn.sochibo.ui.common.UiContext;
import vn.sochibo.ui.common.UiText;
import vn.sochibo.ui.firstrun.ArchiveFileChooser;
import vn.sochibo.ui.recovery.RecoveryDialog;
import vn.sochibo.ui.unlock.UnlockDialog;

/**
 * The JavaFX application: opens the data folder (the default one, or the folder named by the system property
 * {@value #DATA_FOLDER_PROPERTY}), shows the first-run page or the main window, and closes the store cleanly
 * on exit. A folder that cannot be opened is explained in a message box, then the app ends.
 */
public class SoChiBoApp extends Application {
    public static final String DATA_FOLDER_PROPERTY = "sochibo.data";
    /**
     * When "true", the app closes as soon as its main window is shown: for the installer's class-data training
     * run and the packaged app's smoke test (installer/).
     */
    public static final String EXIT_WHEN_SHOWN_PROPERTY = "sochibo.exitWhenShown";
    private static final Logger LOG = LoggerFactory.getLogger(SoChiBoApp.class);

    private final AppServices.Opener opener;
    private final AppServices.Recovery recovery;
    private final Clock idleClock;
    private AppServices services;
    private FxTaskRunner tasks;
    private AppWindow window;
    /** Asks for the password of a protected folder, at start and when the folder is opened again. */
    private UnlockDialog unlock;

    public SoChiBoApp() {
        this(EarlyOpen.opener(Services.opener()), Services.recovery());
    }

    /** For tests: opens the data folder with the given opener. */
    public SoChiBoApp(AppServices.Opener opener) {
        this(opener, Services.recovery());
    }

    /** With the recovery offered when the folder's database does not open. */
    public SoChiBoApp(AppServices.Opener opener, AppServices.Recovery recovery) {
        this(opener, recovery, Clock.systemDefaultZone());
    }

    /** With the clock the idle lock counts minutes by (tests move it on instead of waiting). */
    public SoChiBoApp(AppServices.Opener opener, AppServices.Recovery recovery, Clock idleClock) {
        this.opener = opener;
        this.recovery = recovery;
        this.idleClock = idleClock;
    }

    @Override
    public void init() {
        // Month and day names in the date pickers' calendars in Vietnamese, whatever the system language.
        Locale.setDefault(Locale.Category.FORMAT, Messages.VIETNAMESE);
    }

    @Override
    public void start(Stage stage) {
        java.time.Instant toolkitUp = java.time.Instant.now();
        // The theme's binary stylesheet: JavaFX reads it several times faster than the CSS text (a fifth of a second).
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS());
        stage.getIcons().add(new Image(SoChiBoApp.class.getResource("/vn/sochibo/ui/sochibo-icon.png").toExternalForm()));
        UiText text = UiText.vietnamese();
        TextScale textScale = new TextScale();
        Dialogs dialogs = new Dialogs(text, textScale, () -> stage.isShowing() ? stage : null);
        dialogs.setSaveFileChooser(saveFileChooser());
        Path folder = dataFolder();
        Optional<CellProfile> profile;
        unlock = new UnlockDialog(text, dialogs);
        try {
            profile = openFolder(folder, textScale);
        } catch (RuntimeException e) {
            if (unlock.cancelled()) {
                // The secretary chose to quit at the password: nothing was opened or written.
                LOG.info("Quit at the password of {}", folder);
                Platform.exit();
                return;
            }
            LOG.error("Could not open the data folder {}", folder, e);
            closeServices();
            // A database file that does not open (damaged, cut short, foreign): offer the newest good backup.
            if (!RecoveryDialog.offersRecovery(e)) {
                dialogs.showFailure(e);
                Platform.exit();
                return;
            }
            // An encrypted backup asks its password; a protected folder stays protected (ADR 0011).
            var backupPassword = new vn.sochibo.ui.backup.BackupPasswordDialog(text, dialogs);
            if (!new RecoveryDialog(recovery.over(folder, RecoveryDialog.folderPassword(backupPassword, text, dialogs)),
                    backupPassword, text, dialogs).offer(e)) {
                Platform.exit();
                return;
            }
            try {
                profile = openFolder(folder, textScale);
            } catch (RuntimeException again) {
                LOG.error("Could not open the restored data folder {}", folder, again);
                dialogs.showFailure(again);
                closeServices();
                Platform.exit();
                return;
            }
        }
        java.time.Instant folderOpen = java.time.Instant.now();
        tasks = new FxTaskRunner();
        Thread.currentThread().setUncaughtExceptionHandler((thread, failure) -> {
            LOG.error("Unexpected failure on the UI thread", failure);
            dialogs.showFailure(failure);
        });
        UiContext ctx = new UiContext(services, tasks, text, dialogs, textScale);
        window = new AppWindow(stage, ctx, tasks.busyProperty(),
                () -> new UiContext(reopen(folder), tasks, text, dialogs, textScale), idleClock);
        window.setArchiveChooser(archiveChooser(text));
        window.show(profile);
        java.time.Instant windowBuilt = java.time.Instant.now();
        stage.show();
        // After the first frame: the figure the start-up benchmark reads (docs/performance.md), with the steps.
        Platform.runLater(() -> {
            logShown(toolkitUp, folderOpen, windowBuilt);
            if (Boolean.getBoolean(EXIT_WHEN_SHOWN_PROPERTY)) {
                Platform.exit();
            }
        });
    }

    /** The start-up steps in ms since the process started (-1 where the system does not tell when that was). */
    private static void logShown(java.time.Instant toolkitUp, java.time.Instant folderOpen,
            java.time.Instant windowBuilt) {
        java.time.Instant shown = java.time.Instant.now();
        Optional<java.time.Instant> start = ProcessHandle.current().info().startInstant();
        java.util.function.ToLongFunction<java.time.Instant> since = at -> start
                .map(s -> java.time.Duration.between(s, at).toMillis()).orElse(-1L);
        LOG.info("Main window shown {} ms after the process started (JavaFX started at {} ms, data folder open at {} ms,"
                + " window built at {} ms)", since.applyAsLong(shown), since.applyAsLong(toolkitUp),
                since.applyAsLong(folderOpen), since.applyAsLong(windowBuilt));
    }

    private Optional<CellProfile> openFolder(Path folder, TextScale textScale) {
        services = opener.open(folder, unlock);
        textScale.setPercent(services.settings().textScalePercent());
        return services.cell().profile();
    }

    /**
     * Opens the data folder again after the store under the window was closed (the demo cell set aside):
     * closes what may still be open, then opens the folder as it now is. Runs on the UI thread; the
     * background runner is idle then (the work that closed the store has finished).
     */
    private AppServices reopen(Path folder) {
        closeServices();
        services = opener.open(folder, unlock);
        LOG.info("Reopened the data folder {}", folder);
        return services;
    }

    /** How the first run asks for the handover archive: the system's open dialog; tests hand in a file. */
    protected ArchiveFileChooser archiveChooser(UiText text) {
        return ArchiveFileChooser.dialog(text);
    }

    /** How a CSV or PNG to save is placed (statistics): the system's save dialog; tests answer with a file. */
    protected vn.sochibo.ui.common.SaveFileChooser saveFileChooser() {
        return vn.sochibo.ui.common.SaveFileChooser.system();
    }

    static Path dataFolder() {
        return GuiMain.dataFolder();
    }

    @Override
    public void stop() {
        if (window != null) {
            // What was typed less than a moment ago is queued for saving before the runner finishes its queue.
            try {
                window.savePending();
            } catch (RuntimeException e) {
                LOG.error("Could not save what was pending on exit", e);
            }
            try {
                window.backUpOnExit();
            } catch (RuntimeException e) {
                LOG.error("Could not queue the backup on exit", e);
            }
            window.close();
            window = null;
        }
        if (tasks != null) {
            tasks.close();
        }
        closeServices();
    }

    private void closeServices() {
        if (services != null) {
            services.close();
            services = null;
        }
    }
}
