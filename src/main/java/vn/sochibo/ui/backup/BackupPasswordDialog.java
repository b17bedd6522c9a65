package vn.sochibo.ui.backup;

import java.nio.file.Path;
import java.util.Arrays;
import vn.sochibo.application.common.PasswordPrompt;
import vn.sochibo.ui.common.Dialogs;
import vn.sochibo.ui.common.PasswordDialog;
import vn.sochibo.ui.common.UiText;

/**
 * Asks, on the UI thread, for the password of an encrypted backup made under another key than the open folder's
 * (ADR 0011): the folder's password at the time of the backup (the old one, if it was changed since). A wrong one
 * is said so and asked again; "Hủy" gives up and nothing changes. Keeps the last password typed, so that the
 * start-up recovery can try it on the folder's own key file before asking again ({@link #lastTyped()}).
 */
public final class BackupPasswordDialog implements PasswordPrompt {
    private final UiText text;
    private final Dialogs dialogs;
    private char[] lastTyped;

    public BackupPasswordDialog(UiText text, Dialogs dialogs) {
        this.text = text;
        this.dialogs = dialogs;
    }

    @Override
    public char[] password(Path backup, boolean previousWasWrong) {
        char[] password = new PasswordDialog("encryptedBackup", text.text("backupPassword.title"),
                text.format("backupPassword.explanation", backup.getFileName()), text.text("backupPassword.wrong"),
                text.text("backupPassword.cancel")).ask(text, dialogs, previousWasWrong);
        forget();
        lastTyped = password == null ? null : password.clone();
        return password;
    }

    /** A copy of the last password typed (null when none); the caller wipes it. */
    public char[] lastTyped() {
        return lastTyped == null ? null : lastTyped.clone();
    }

    /** Wipes the password kept. */
    public void forget() {
        if (lastTyped != null) {
            Arrays.fill(lastTyped, '\0');
            lastTyped = null;
        }
    }
}
