package vn.sochibo.ui.backup;

import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import vn.sochibo.application.backup.BackupInfo;
import vn.sochibo.application.backup.BackupService;
import vn.sochibo.ui.common.UiText;

/**
 * The last backup in one line, shared by the automatic backups and the backup section of the settings: when and
 * what, or why it failed, or that the copy to the second folder failed. {@link #problemProperty()} is true after
 * a failure (the main window's status line shows the text then).
 */
public final class BackupStatus {
    private final UiText text;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper problem = new ReadOnlyBooleanWrapper(false);
    private final javafx.beans.property.ReadOnlyIntegerWrapper made = new javafx.beans.property.ReadOnlyIntegerWrapper(0);
    private boolean reportedThisSession;

    public BackupStatus(UiText text) {
        this.text = text;
    }

    /** A backup was made now. */
    public void succeeded(BackupService.Result result) {
        reportedThisSession = true;
        made.set(made.get() + 1);
        String made = text.format("backup.status.last", BackupText.summary(text, result.backup()));
        if (result.secondFolder() != null && !result.copiedToSecondFolder()) {
            message.set(made + " " + text.format("backup.status.secondFolderFailed", result.secondFolder()));
            problem.set(true);
        } else {
            message.set(result.copiedToSecondFolder()
                    ? made + " " + text.format("backup.status.copied", result.secondFolder()) : made);
            problem.set(false);
        }
    }

    /** A backup failed (it is logged where it failed). */
    public void failed(Throwable failure) {
        reportedThisSession = true;
        message.set(text.format("backup.status.failed", text.describe(failure)));
        problem.set(true);
    }

    /** Before anything happened in this session: the newest backup in the folder, or that there is none. */
    public void showNewest(Optional<BackupInfo> newest) {
        if (reportedThisSession) {
            return;
        }
        message.set(newest.map(b -> text.format("backup.status.last", BackupText.summary(text, b)))
                .orElse(text.text("backup.status.none")));
        problem.set(false);
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** How many backups were made in this session: a list of backups on screen reloads when it changes. */
    public javafx.beans.property.ReadOnlyIntegerProperty madeProperty() {
        return made.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
