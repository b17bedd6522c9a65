package vn.sochibo.ui.recovery;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.FileChooser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.sochibo.application.backup.BackupInfo;
import vn.sochibo.application.backup.RestoreService;
import vn.sochibo.application.common.PasswordPrompt;
import vn.sochibo.ui.backup.BackupPasswordDialog;
import vn.sochibo.ui.backup.BackupText;
import vn.sochibo.ui.unlock.UnlockDialog;
import vn.sochibo.ui.common.Dialogs;
import vn.sochibo.ui.common.UiText;

/**
 * Shown at start-up when the data folder's database does not open (a damaged, cut short or foreign file): says
 * so, and offers to restore from the newest backup that verifies, to choose another backup file, or to quit. The
 * bad file is set aside (moved into {@code set-aside/before-restore-…}), never deleted. The folder is closed the
 * whole time (nothing else has it open), so the work runs here, on the UI thread, before any window exists.
 */
public final class RecoveryDialog {
    private static final Logger LOG = LoggerFactory.getLogger(RecoveryDialog.class);

    private final RestoreService recovery;
    private final UiText text;
    private final Dialogs dialogs;
    private final BackupPasswordDialog backupPassword;

    public RecoveryDialog(RestoreService recovery, UiText text, Dialogs dialogs) {
        this(recovery, new BackupPasswordDialog(text, dialogs), text, dialogs);
    }

    /**
     * @param backupPassword asks for the password of an encrypted backup (ADR 0011); its last password is what
     *        {@link #folderPassword} tries first on a protected folder's key file
     */
    public RecoveryDialog(RestoreService recovery, BackupPasswordDialog backupPassword, UiText text, Dialogs dialogs) {
        this.recovery = recovery;
        this.text = text;
        this.dialogs = dialogs;
        this.backupPassword = backupPassword;
    }

    /**
     * The password of a protected folder whose database does not open, so that the restored data stays protected:
     * the backup's password just typed is tried first (usually the same), then the unlock dialog asks.
     */
    public static PasswordPrompt folderPassword(BackupPasswordDialog backupPassword, UiText text, Dialogs dialogs) {
        UnlockDialog unlock = new UnlockDialog(text, dialogs);
        // [0]: the backup's password was tried; [1]: the last password given was that one, not one typed here.
        boolean[] state = {false, false};
        return (folder, wrong) -> {
            if (!state[0]) {
                state[0] = true;
                char[] typed = backupPassword.lastTyped();
                if (typed != null) {
                    state[1] = true;
                    return typed;
                }
            }
            boolean wrongHere = wrong && !state[1];
            state[1] = false;
            return unlock.password(folder, wrongHere);
        };
    }

    /** Whether the failure to open is one a restore can cure: the database file itself is unreadable. */
    public static boolean offersRecovery(Throwable failure) {
        return RestoreService.curesOpenFailure(failure);
    }

    /** Asks until the folder was restored (true) or the secretary chose to quit (false). */
    public boolean offer(Throwable failure) {
        while (true) {
            Optional<BackupInfo> newest = newestGood();
            ButtonType useNewest = new ButtonType(text.plain("recovery.useNewest"), ButtonData.YES);
            ButtonType chooseFile = new ButtonType(text.plain("recovery.chooseFile"), ButtonData.OTHER);
            ButtonType quit = new ButtonType(text.plain("recovery.quit"), ButtonData.CANCEL_CLOSE);
            String message = text.describe(failure) + "\n\n"
                    + newest.map(b -> text.format("recovery.newest", BackupText.summary(text, b)))
                            .orElse(text.text("recovery.noBackup"))
                    + "\n\n" + text.text("recovery.setAside");
            Alert alert = new Alert(Alert.AlertType.WARNING, "");
            alert.getButtonTypes().setAll(newest.isPresent() ? new ButtonType[] {useNewest, chooseFile, quit}
                    : new ButtonType[] {chooseFile, quit});
            alert.setTitle(text.plain("recovery.title"));
            alert.setHeaderText(null);
            Label content = new Label(message);
            content.setWrapText(true);
            content.setId("recoveryMessage");
            alert.getDialogPane().setContent(content);
            alert.getDialogPane().setMinWidth(560);
            alert.getDialogPane().setId("recoveryDialog");
            if (newest.isPresent()) {
                ((Button) alert.getDialogPane().lookupButton(useNewest)).setDefaultButton(true);
            }
            dialogs.prepare(alert);
            ButtonType answer = alert.showAndWait().orElse(quit);
            Path file;
            if (answer == useNewest && newest.isPresent()) {
                file = newest.get().file();
            } else if (answer == chooseFile) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(text.plain("backup.chooseFile.title"));
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                        text.text("backup.chooseFile.filter"), "*.zip"));
                File chosen = chooser.showOpenDialog(null);
                if (chosen == null) {
                    continue;
                }
                file = chosen.toPath();
            } else {
                return false;
            }
            try {
                RestoreService.Restored restored = recovery.restore(file, backupPassword);
                dialogs.showInfo(text.format("recovery.done", BackupText.summary(text, restored.backup()),
                        restored.previousSetAside() == null ? "" : restored.previousSetAside().toString())
                        + BackupText.protection(text, restored));
                return true;
            } catch (RuntimeException e) {
                LOG.error("Could not restore {} into the data folder that does not open", file, e);
                dialogs.showFailure(e);
            } finally {
                backupPassword.forget();
            }
        }
    }

    private Optional<BackupInfo> newestGood() {
        try {
            return recovery.newestGoodBackup();
        } catch (RuntimeException e) {
            LOG.warn("Could not look for a good backup", e);
            return Optional.empty();
        }
    }
}
