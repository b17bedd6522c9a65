package vn.sochibo.ui.pledges;

import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import vn.sochibo.domain.pledge.PledgeItem;
import vn.sochibo.domain.pledge.PledgeKind;
import vn.sochibo.domain.pledge.PledgeLimits;
import vn.sochibo.ui.common.AppStyles;
import vn.sochibo.ui.common.Controls;
import vn.sochibo.ui.common.DateFields;
import vn.sochibo.ui.common.Dialogs;
import vn.sochibo.ui.common.FormGrid;
import vn.sochibo.ui.common.UiText;

/** The add/edit dialog of one pledge item; "Lưu" stores the pledge at once, or says why not and stays open. */
final class ItemFormDialog {
    private final Dialog<PledgeItem> dialog;

    ItemFormDialog(ItemFormViewModel vm, boolean leader, UiText text, Dialogs dialogs) {
        FormGrid form = new FormGrid();
        ComboBox<PledgeKind> kind = new ComboBox<>();
        kind.setId("itemKind");
        kind.getItems().setAll(PledgeKind.values());
        Controls.showAs(kind, k -> PledgeText.kind(text, k));
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        kind.setMaxWidth(Double.MAX_VALUE);
        form.add(text.text("itemForm.kind"), kind, vm.errors().of("kind"));

        TextArea content = new TextArea();
        content.setId("itemContent");
        content.setWrapText(true);
        content.setPrefRowCount(3);
        content.textProperty().bindBidirectional(vm.contentProperty());
        limit(content, PledgeLimits.CONTENT);
        form.add(text.text("itemForm.content"), content, vm.errors().of("content"));

        TextField target = new TextField();
        target.setId("itemTarget");
        target.setPromptText(text.text("itemForm.target.prompt"));
        target.textProperty().bindBidirectional(vm.targetProperty());
        limit(target, PledgeLimits.TARGET);
        form.add(text.text("itemForm.target"), target, vm.errors().of("target"));

        form.add(text.text("itemForm.deadline"),
                DateFields.create("itemDeadline", vm.deadlineProperty(), text.text("date.prompt")),
                vm.errors().of("deadline"));

        CheckBox example = new CheckBox(text.text("itemForm.exampleSetting"));
        example.setId("itemExampleSetting");
        example.setMnemonicParsing(true);
        example.selectedProperty().bindBidirectional(vm.exampleSettingProperty());
        example.setVisible(leader);
        example.setManaged(leader);
        form.addWide(example);

        Label general = FormGrid.errorLabel(vm.errors().general());
        general.getStyleClass().add(AppStyles.FORM_ERROR);
        general.setId("itemFormError");
        VBox content2 = new VBox(12, form.node(), general);
        content2.setPrefWidth(600);
        content2.setPadding(new Insets(4, 16, 4, 8));
        dialog = dialogs.form("itemForm", vm.title(), content2, text.text("button.save"), vm.savingProperty(),
                vm::save);
        dialog.setOnShown(e -> Platform.runLater(content::requestFocus));
    }

    static <T extends javafx.scene.control.TextInputControl> void limit(T field, int max) {
        field.setTextFormatter(new javafx.scene.control.TextFormatter<String>(change ->
                change.getControlNewText().length() <= max ? change : null));
    }

    Optional<PledgeItem> showAndWait() {
        return dialog.showAndWait();
    }
}
