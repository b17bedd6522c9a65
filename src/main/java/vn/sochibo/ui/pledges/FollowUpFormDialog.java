package vn.sochibo.ui.pledges;

import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import vn.sochibo.domain.pledge.FollowUpStatus;
import vn.sochibo.domain.pledge.PledgeFollowUp;
import vn.sochibo.domain.pledge.PledgeLimits;
import vn.sochibo.ui.common.AppStyles;
import vn.sochibo.ui.common.DateFields;
import vn.sochibo.ui.common.Dialogs;
import vn.sochibo.ui.common.FormGrid;
import vn.sochibo.ui.common.UiText;

/** The add/edit dialog of one follow-up; "Lưu" stores it at once, or says why not and stays open. */
final class FollowUpFormDialog {
    private final Dialog<PledgeFollowUp> dialog;

    FollowUpFormDialog(FollowUpFormViewModel vm, UiText text, Dialogs dialogs) {
        FormGrid form = new FormGrid();
        Label item = new Label(vm.itemText());
        item.setWrapText(true);
        item.setId("followUpItem");
        form.add(text.text("followUpForm.item"), item, null);
        if (!vm.meeting().isEmpty()) {
            Label meeting = new Label(vm.meeting());
            meeting.setWrapText(true);
            form.add(text.text("followUpForm.meeting"), meeting, null);
        }
        form.add(text.text("followUpForm.date"),
                DateFields.create("followUpDate", vm.dateProperty(), text.text("date.prompt")),
                vm.errors().of("date"));
        ComboBox<FollowUpStatus> status = StatusBox.create(text);
        status.setId("followUpStatus");
        status.valueProperty().bindBidirectional(vm.statusProperty());
        form.add(text.text("followUpForm.status"), status, vm.errors().of("status"));
        TextArea progress = new TextArea();
        progress.setId("followUpProgress");
        progress.setWrapText(true);
        progress.setPrefRowCount(3);
        progress.textProperty().bindBidirectional(vm.progressProperty());
        ItemFormDialog.limit(progress, PledgeLimits.PROGRESS);
        form.add(text.text("followUpForm.progress"), progress, vm.errors().of("progress"));
        TextField evidence = new TextField();
        evidence.setId("followUpEvidence");
        evidence.textProperty().bindBidirectional(vm.evidenceProperty());
        ItemFormDialog.limit(evidence, PledgeLimits.EVIDENCE);
        form.add(text.text("followUpForm.evidence"), evidence, vm.errors().of("evidence"));
        Label overdue = new Label(text.text("followUpForm.overdueHint"));
        overdue.setWrapText(true);
        overdue.getStyleClass().add(AppStyles.MUTED);
        form.addWide(overdue);

        Label general = FormGrid.errorLabel(vm.errors().general());
        general.getStyleClass().add(AppStyles.FORM_ERROR);
        general.setId("followUpFormError");
        VBox content = new VBox(12, form.node(), general);
        content.setPrefWidth(600);
        content.setPadding(new Insets(4, 16, 4, 8));
        dialog = dialogs.form("followUpForm", vm.title(), content, text.text("button.save"), vm.savingProperty(),
                vm::save);
        dialog.setOnShown(e -> Platform.runLater(status::requestFocus));
    }

    Optional<PledgeFollowUp> showAndWait() {
        return dialog.showAndWait();
    }
}
