package vn.sochibo.ui.common;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.value.ObservableBooleanValue;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Window;

/**
 * Message boxes and the common set-up of every dialog: owner window, stylesheet, text size, and buttons
 * labelled in Vietnamese (JavaFX's own OK/Cancel have no Vietnamese translation).
 */
public final class Dialogs {
    private final UiText text;
    private final TextScale textScale;
    private final Supplier<Window> owner;
    private SaveFileChooser saveFiles = SaveFileChooser.system();

    public Dialogs(UiText text, TextScale textScale, Supplier<Window> owner) {
        this.text = text;
        this.textScale = textScale;
        this.owner = owner;
    }

    /** How a file to save is chosen; the system's dialog unless a test hands in its own. */
    public void setSaveFileChooser(SaveFileChooser chooser) {
        this.saveFiles = java.util.Objects.requireNonNull(chooser, "chooser");
    }

    /** Asks where to save a file (owned by the main window); empty when cancelled. */
    public Optional<java.nio.file.Path> chooseSaveFile(String title, String initialName, String filterLabel,
            String extension) {
        return saveFiles.choose(owner.get(), title, initialName, filterLabel, extension);
    }

    public ButtonType okButton() {
        return new ButtonType(text.plain("button.ok"), ButtonData.OK_DONE);
    }

    public ButtonType cancelButton() {
        return new ButtonType(text.plain("button.cancel"), ButtonData.CANCEL_CLOSE);
    }

    public ButtonType closeButton() {
        return new ButtonType(text.plain("button.close"), ButtonData.CANCEL_CLOSE);
    }

    /** Owner, stylesheet and text size for a dialog about to be shown. */
    public void prepare(Dialog<?> dialog) {
        Window window = owner.get();
        if (window != null) {
            dialog.initOwner(window);
        }
        dialog.getDialogPane().getStylesheets().add(AppStyles.stylesheet());
        textScale.attach(dialog.getDialogPane());
    }

    /**
     * A form in a dialog. The save button does not close the dialog by itself: it runs {@code save}, which
     * hands the saved result to its callback when the input was accepted; only then does the dialog close.
     * A refused input keeps the dialog open (the form shows why). Esc or the cancel button close it with no
     * result.
     */
    public <R> Dialog<R> form(String id, String title, Node content, String saveLabel, ObservableBooleanValue busy,
            Consumer<Consumer<R>> save) {
        Dialog<R> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setResizable(true);
        DialogPane pane = dialog.getDialogPane();
        pane.setId(id);
        pane.setContent(content);
        ButtonType saveType = new ButtonType(saveLabel, ButtonData.OK_DONE);
        pane.getButtonTypes().addAll(saveType, cancelButton());
        Button saveButton = (Button) pane.lookupButton(saveType);
        saveButton.setId(id + "-save");
        saveButton.disableProperty().bind(busy);
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            save.accept(result -> {
                dialog.setResult(result);
                dialog.close();
            });
        });
        dialog.setResultConverter(button -> null);
        prepare(dialog);
        return dialog;
    }

    public void showError(String message) {
        Alert alert = alert(Alert.AlertType.ERROR, text.plain("dialog.error.title"), message, closeButton());
        alert.showAndWait();
    }

    /** A failure that no form can show: in words, in a message box. */
    public void showFailure(Throwable failure) {
        showError(text.describe(failure));
    }

    public void showInfo(String message) {
        alert(Alert.AlertType.INFORMATION, text.appName(), message, closeButton()).showAndWait();
    }

    /** Asks before something that cannot be undone; the safe answer (cancel) is the default. */
    public boolean confirm(String title, String message, String confirmLabel) {
        ButtonType confirm = new ButtonType(confirmLabel, ButtonData.OK_DONE);
        ButtonType cancel = cancelButton();
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message, confirm, cancel);
        ((Button) alert.getDialogPane().lookupButton(confirm)).setDefaultButton(false);
        Button cancelNode = (Button) alert.getDialogPane().lookupButton(cancel);
        cancelNode.setDefaultButton(true);
        // "Hủy" keeps its own width instead of taking the width of a long confirm label.
        ButtonBar.setButtonUniformSize(cancelNode, false);
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == confirm;
    }

    private Alert alert(Alert.AlertType type, String title, String message, ButtonType... buttons) {
        Alert alert = new Alert(type, "", buttons);
        alert.setTitle(title);
        alert.setHeaderText(null);
        Label content = new Label(message);
        content.setWrapText(true);
        content.setId("dialogMessage");
        alert.getDialogPane().setContent(content);
        // 480 px at 100 % text size, wider with larger text so that the buttons keep their whole labels.
        alert.getDialogPane().minWidthProperty().bind(textScale.percentProperty().multiply(4.8));
        prepare(alert);
        return alert;
    }
}
