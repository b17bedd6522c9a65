package vn.sochibo.ui.unlock;

import java.nio.file.Path;
import vn.sochibo.application.common.PasswordPrompt;
import vn.sochibo.ui.common.Dialogs;
import vn.sochibo.ui.common.PasswordDialog;
import vn.sochibo.ui.common.UiText;

/**
 * Asks for the password of a protected data folder at start, on the UI thread, before any window: a wrong
 * one is said so and asked again; "Thoát" gives up, and the app then ends without touching the data.
 */
public final class UnlockDialog implements PasswordPrompt {
    private final UiText text;
    private final Dialogs dialogs;
    private boolean cancelled;

    public UnlockDialog(UiText text, Dialogs dialogs) {
        this.text = text;
        this.dialogs = dialogs;
    }

    /** True once the user chose to quit instead of typing the password. */
    public boolean cancelled() {
        return cancelled;
    }

    @Override
    public char[] password(Path folder, boolean previousWasWrong) {
        char[] password = new PasswordDialog("unlock", text.text("unlock.title"),
                text.format("unlock.explanation", folder), text.text("unlock.wrong"), text.text("unlock.quit"))
                .ask(text, dialogs, previousWasWrong);
        if (password == null) {
            cancelled = true;
        }
        return password;
    }
}
