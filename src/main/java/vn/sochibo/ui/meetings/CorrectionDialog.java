package vn.sochibo.ui.meetings;

import atlantafx.base.theme.Styles;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.sochibo.domain.meeting.Correction;
import vn.sochibo.ui.common.DateFields;
import vn.sochibo.ui.common.Dialogs;
import vn.sochibo.ui.common.FormGrid;
import vn.sochibo.ui.common.UiText;

/**
 * "Lập phụ lục đính chính…": which document, the day, the reason, and each place with what was written and what
 * it should read. Saving locks the addendum, so the form says so before the secretary saves.
 */
final class CorrectionDialog {
    private static final ReadOnlyBooleanWrapper EDITABLE = new ReadOnlyBooleanWrapper(false);

    private final Dialog<Correction> dialog;
    private final CorrectionsModel.Form form;
    private final UiText text;
    private final VBox rows = new VBox(8);

    CorrectionDialog(CorrectionsModel.Form form, UiText text, Dialogs dialogs) {
        this.form = form;
        this.text = text;
        ComboBox<Correction.CorrectedDocument> document = new ComboBox<>();
        document.setId("correctionDocument");
        document.getItems().setAll(Correction.CorrectedDocument.values());
        document.valueProperty().bindBidirectional(form.documentProperty());
        document.setCellFactory(l -> new DocumentCell(text));
        document.setButtonCell(new DocumentCell(text));
        TextArea reason = Fields.textArea("correctionReason", form.reasonProperty(), EDITABLE, null, 2);
        FormGrid grid = new FormGrid();
        grid.add(text.text("correction.document"), document, form.errors().of("document"));
        grid.add(text.text("correction.date"), DateFields.create("correctionDate", form.dateProperty(),
                text.text("date.prompt")), form.errors().of("date"));
        grid.add(text.text("correction.reason"), reason, form.errors().of("reason"));

        Button add = Fields.button(text, "correctionAddItem", "correction.addItem", () -> {
            form.addItem();
        });
        form.items().addListener((ListChangeListener<CorrectionsModel.ItemRow>) change -> layOutRows());
        layOutRows();
        Label lockNote = new Label(text.text("correction.lockNote"));
        lockNote.setWrapText(true);
        lockNote.getStyleClass().add(Styles.WARNING);
        VBox content = new VBox(10, grid.node(), Fields.sectionTitle(text, "correction.items"), rows, add,
                Fields.danger(form.errors().of("items")), Fields.danger(form.errors().general()), lockNote);
        content.setPadding(new javafx.geometry.Insets(4, 12, 4, 4));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportWidth(720);
        scroll.setPrefViewportHeight(560);
        dialog = dialogs.form("correctionForm", text.plain("correction.title"), scroll,
                text.plain("correction.save"), form.busyProperty(), form::save);
        dialog.getDialogPane().setPrefWidth(780);
        javafx.application.Platform.runLater(reason::requestFocus);
    }

    /** One block per place: where, what was written, what it should read, and a button to drop it. */
    private void layOutRows() {
        rows.getChildren().clear();
        int n = 0;
        for (CorrectionsModel.ItemRow row : form.items()) {
            n++;
            TextField location = Fields.textField("correctionLocation" + n, row.locationProperty(), EDITABLE, null);
            location.setPromptText(text.text("correction.location.prompt"));
            TextArea recorded = Fields.textArea("correctionRecorded" + n, row.recordedProperty(), EDITABLE, null, 2);
            recorded.setPromptText(text.text("correction.recorded.prompt"));
            TextArea corrected = Fields.textArea("correctionCorrected" + n, row.correctedProperty(), EDITABLE, null,
                    2);
            Button remove = Fields.button(text, "correctionRemove" + n, "correction.removeItem",
                    () -> form.removeItem(row));
            remove.setDisable(form.items().size() == 1);
            remove.getStyleClass().add(Styles.FLAT);
            GridPane block = new GridPane();
            block.setHgap(8);
            block.setVgap(4);
            block.add(new Label(text.format("correction.item", n)), 0, 0);
            block.add(location, 1, 0);
            block.add(remove, 2, 0);
            block.add(new Label(text.text("correction.recorded")), 0, 1);
            block.add(recorded, 1, 1, 2, 1);
            block.add(new Label(text.text("correction.corrected")), 0, 2);
            block.add(corrected, 1, 2, 2, 1);
            GridPane.setHgrow(location, Priority.ALWAYS);
            GridPane.setHgrow(recorded, Priority.ALWAYS);
            GridPane.setHgrow(corrected, Priority.ALWAYS);
            block.getStyleClass().add("correction-item");
            rows.getChildren().add(block);
        }
    }

    Optional<Correction> showAndWait() {
        return dialog.showAndWait();
    }

    private static final class DocumentCell extends ListCell<Correction.CorrectedDocument> {
        private final UiText text;

        DocumentCell(UiText text) {
            this.text = text;
        }

        @Override
        protected void updateItem(Correction.CorrectedDocument d, boolean empty) {
            super.updateItem(d, empty);
            setText(empty || d == null ? null : text.text(switch (d) {
                case MINUTES -> "correction.document.minutes";
                case RESOLUTION -> "correction.document.resolution";
            }));
        }
    }
}
