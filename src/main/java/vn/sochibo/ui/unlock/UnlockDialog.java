package vn.sochibo.ui.unlock;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
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
        Dialog<char[]> dialog = new Dialog<>();
        dialog.setTitle(text.appName());
        dialog.setHeaderText(text.text("unlock.title"));
        Label explanation = new Label(text.format("unlock.explanation", folder));
        explanation.setWrapText(true);
        PasswordField field = new PasswordField();
        field.setId("unlockPassword");
        field.setPromptText(text.text("unlock.prompt"));
        Label problem = new Label(previousWasWrong ? text.text("unlock.wrong") : "");
        problem.setId("unlockProblem");
        problem.setWrapText(true);
        problem.getStyleClass().add(Styles.DANGER);
        problem.setVisible(previousWasWrong);
        problem.setManaged(previousWasWrong);
        VBox content = new VBox(10, explanation, field, problem);
        content.setPrefWidth(460);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("unlockDialog");
        ButtonType open = new ButtonType(text.text("unlock.open"), ButtonData.OK_DONE);
        ButtonType quit = new ButtonType(text.text("unlock.quit"), ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(open, quit);
        ((Button) dialog.getDialogPane().lookupButton(open)).setId("unlockOpen");
        ((Button) dialog.getDialogPane().lookupButton(quit)).setId("unlockQuit");
        dialog.setResultConverter(button -> button == open ? field.getText().toCharArray() : null);
        dialogs.prepare(dialog);
        Platform.runLater(field::requestFocus);
        char[] password = dialog.showAndWait().orElse(null);
        field.clear();
        if (password == null) {
            cancelled = true;
        }
        return password;
    }
}
