package vn.sochibo.ui.common;

import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;

/**
 * One modal password question, on the UI thread: a header, an explanation, the field, and a line saying the
 * previous password was wrong when it was. The node ids are {@code <idPrefix>Password}, {@code <idPrefix>Problem},
 * {@code <idPrefix>Dialog}, {@code <idPrefix>Open} and {@code <idPrefix>Cancel}, for tests.
 *
 * @param idPrefix    the prefix of the node ids
 * @param header      the dialog's header line
 * @param explanation what is asked for and why
 * @param wrong       said when the previous password was wrong
 * @param cancelLabel the label of the button that gives up
 */
public record PasswordDialog(String idPrefix, String header, String explanation, String wrong, String cancelLabel) {

    /** Shows the question and waits: the password typed, or null when the user gave up. The field is cleared. */
    public char[] ask(UiText text, Dialogs dialogs, boolean previousWasWrong) {
        Dialog<char[]> dialog = new Dialog<>();
        dialog.setTitle(text.appName());
        dialog.setHeaderText(header);
        Label explanationLabel = new Label(explanation);
        explanationLabel.setWrapText(true);
        PasswordField field = new PasswordField();
        field.setId(idPrefix + "Password");
        field.setPromptText(text.text("unlock.prompt"));
        Label problem = new Label(previousWasWrong ? wrong : "");
        problem.setId(idPrefix + "Problem");
        problem.setWrapText(true);
        problem.getStyleClass().add(Styles.DANGER);
        problem.setVisible(previousWasWrong);
        problem.setManaged(previousWasWrong);
        VBox content = new VBox(10, explanationLabel, field, problem);
        content.setPrefWidth(460);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId(idPrefix + "Dialog");
        ButtonType open = new ButtonType(text.text("unlock.open"), ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(cancelLabel, ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(open, cancel);
        ((Button) dialog.getDialogPane().lookupButton(open)).setId(idPrefix + "Open");
        ((Button) dialog.getDialogPane().lookupButton(cancel)).setId(idPrefix + "Cancel");
        dialog.setResultConverter(button -> button == open ? field.getText().toCharArray() : null);
        dialogs.prepare(dialog);
        Platform.runLater(field::requestFocus);
        char[] password = dialog.showAndWait().orElse(null);
        field.clear();
        return password;
    }
}
