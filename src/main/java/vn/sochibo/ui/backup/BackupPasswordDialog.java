package vn.sochibo.ui.backup;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.util.Arrays;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import vn.sochibo.application.common.PasswordPrompt;
import vn.sochibo.ui.common.Dialogs;
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
        Dialog<char[]> dialog = new Dialog<>();
        dialog.setTitle(text.appName());
        dialog.setHeaderText(text.text("backupPassword.title"));
        Label explanation = new Label(text.format("backupPassword.explanation", backup.getFileName()));
        explanation.setWrapText(true);
        PasswordField field = new PasswordField();
        field.setId("backupPassword");
        field.setPromptText(text.text("unlock.prompt"));
        Label problem = new Label(previousWasWrong ? text.text("backupPassword.wrong") : "");
        problem.setId("backupPasswordProblem");
        problem.setWrapText(true);
        problem.getStyleClass().add(Styles.DANGER);
        problem.setVisible(previousWasWrong);
        problem.setManaged(previousWasWrong);
        VBox content = new VBox(10, explanation, field, problem);
        content.setPrefWidth(460);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("backupPasswordDialog");
        ButtonType open = new ButtonType(text.text("unlock.open"), ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(text.text("backupPassword.cancel"), ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(open, cancel);
        ((Button) dialog.getDialogPane().lookupButton(open)).setId("backupPasswordOpen");
        dialog.setResultConverter(button -> button == open ? field.getText().toCharArray() : null);
        dialogs.prepare(dialog);
        Platform.runLater(field::requestFocus);
        char[] password = dialog.showAndWait().orElse(null);
        field.clear();
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
