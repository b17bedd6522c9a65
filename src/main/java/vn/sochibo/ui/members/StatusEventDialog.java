package vn.sochibo.ui.members;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import vn.sochibo.domain.member.Member;
import vn.sochibo.domain.member.StatusEventType;
import vn.sochibo.ui.common.AppStyles;
import vn.sochibo.ui.common.DateFields;
import vn.sochibo.ui.common.Dialogs;
import vn.sochibo.ui.common.FormGrid;
import vn.sochibo.ui.common.UiText;

/** Records one status event (exemption, transfer, …) for a member. */
public final class StatusEventDialog {
    private final Dialog<Member> dialog;

    public StatusEventDialog(StatusEventViewModel vm, UiText text, Dialogs dialogs) {
        FormGrid form = new FormGrid();
        ComboBox<StatusEventType> type = new ComboBox<>();
        type.setId("eventType");
        type.getItems().setAll(vm.types());
        type.setCellFactory(list -> new TypeCell(text, ""));
        type.setButtonCell(new TypeCell(text, text.text("eventForm.type.prompt")));
        type.setMaxWidth(Double.MAX_VALUE);
        type.valueProperty().bindBidirectional(vm.typeProperty());
        form.add(text.text("eventForm.type"), type, vm.errors().of("eventType"));
        form.add(text.text("eventForm.date"),
                DateFields.create("eventDate", vm.dateProperty(), text.text("date.prompt")), vm.errors().of("eventDate"));
        TextField note = new TextField();
        note.setId("eventNote");
        note.setPromptText(text.text("eventForm.note.prompt"));
        note.textProperty().bindBidirectional(vm.noteProperty());
        form.add(text.text("eventForm.note"), note, vm.errors().of("note"));

        Label history = FormGrid.errorLabel(vm.errors().of("history"));
        Label general = FormGrid.errorLabel(vm.errors().general());
        general.getStyleClass().add(AppStyles.FORM_ERROR);
        VBox content = new VBox(12, form.node(), history, general);
        content.setPrefWidth(560);
        dialog = dialogs.form("eventForm", text.format("eventForm.title", vm.member().fullName()), content,
                text.text("button.save"), vm.savingProperty(), vm::save);
        dialog.setOnShown(e -> Platform.runLater(type::requestFocus));
    }

    public Optional<Member> showAndWait() {
        return dialog.showAndWait();
    }

    private static final class TypeCell extends ListCell<StatusEventType> {
        private final UiText text;
        private final String emptyText;

        /** {@code emptyText} stands in for JavaFX's prompt text, which a custom button cell hides. */
        TypeCell(UiText text, String emptyText) {
            this.text = text;
            this.emptyText = emptyText;
        }

        @Override
        protected void updateItem(StatusEventType type, boolean empty) {
            super.updateItem(type, empty);
            setText(empty || type == null ? emptyText : text.eventType(type));
        }
    }
}
