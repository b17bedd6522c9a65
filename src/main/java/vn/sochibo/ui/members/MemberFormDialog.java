package vn.sochibo.ui.members;

import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.sochibo.domain.member.Gender;
import vn.sochibo.domain.member.Member;
import vn.sochibo.ui.common.AppStyles;
import vn.sochibo.ui.common.DateFields;
import vn.sochibo.ui.common.Dialogs;
import vn.sochibo.ui.common.FormGrid;
import vn.sochibo.ui.common.UiText;

/** The add/edit member dialog. */
public final class MemberFormDialog {
    private final Dialog<Member> dialog;

    public MemberFormDialog(MemberFormViewModel vm, UiText text, Dialogs dialogs) {
        FormGrid form = new FormGrid();
        TextField fullName = textField("fullName", vm.fullNameProperty());
        fullName.setPromptText(text.text("memberForm.fullName.prompt"));
        form.add(text.text("memberForm.fullName"), fullName, vm.errors().of("fullName"));

        RadioButton male = genderButton("genderMale", text.gender(Gender.MALE), Gender.MALE);
        RadioButton female = genderButton("genderFemale", text.gender(Gender.FEMALE), Gender.FEMALE);
        bindGender(vm, male, female);
        form.add(text.text("memberForm.gender"), new HBox(16, male, female), male, vm.errors().of("gender"));

        String datePrompt = text.text("date.prompt");
        form.add(text.text("memberForm.birthDate"),
                DateFields.create("birthDate", vm.birthDateProperty(), datePrompt), vm.errors().of("birthDate"));
        form.add(text.text("memberForm.hometown"), textField("hometown", vm.hometownProperty()),
                vm.errors().of("hometown"));
        form.add(text.text("memberForm.position"), textField("position", vm.positionProperty()),
                vm.errors().of("position"));
        form.add(text.text("memberForm.admissionDate"),
                DateFields.create("admissionDate", vm.admissionDateProperty(), datePrompt),
                vm.errors().of("admissionDate"));
        form.add(text.text("memberForm.officialDate"),
                DateFields.create("officialDate", vm.officialDateProperty(), datePrompt),
                vm.errors().of("officialDate"));
        form.add(text.text("memberForm.cardNumber"), textField("cardNumber", vm.cardNumberProperty()),
                vm.errors().of("cardNumber"));
        form.add(text.text("memberForm.phone"), textField("phone", vm.phoneProperty()), vm.errors().of("phone"));
        TextArea note = new TextArea();
        note.setId("note");
        note.setPrefRowCount(3);
        note.setWrapText(true);
        note.textProperty().bindBidirectional(vm.noteProperty());
        form.add(text.text("memberForm.note"), note, vm.errors().of("note"));

        Label required = new Label(text.text("memberForm.requiredHint"));
        required.getStyleClass().add(AppStyles.MUTED);
        Label general = FormGrid.errorLabel(vm.errors().general());
        general.getStyleClass().add(AppStyles.FORM_ERROR);
        general.setId("memberFormError");
        VBox content = new VBox(12, form.node(), required, general);
        content.setPrefWidth(620);
        content.setPadding(new Insets(4, 16, 4, 8));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");

        dialog = dialogs.form("memberForm", vm.title(), scroll, text.text("button.save"), vm.savingProperty(),
                vm::save);
        dialog.setOnShown(e -> Platform.runLater(fullName::requestFocus));
    }

    private static void bindGender(MemberFormViewModel vm, RadioButton male, RadioButton female) {
        ToggleGroup group = new ToggleGroup();
        male.setToggleGroup(group);
        female.setToggleGroup(group);
        group.selectToggle(vm.genderProperty().get() == Gender.MALE ? male
                : vm.genderProperty().get() == Gender.FEMALE ? female : null);
        group.selectedToggleProperty().addListener((obs, old, toggle) ->
                vm.genderProperty().set(toggle == null ? null : (Gender) toggle.getUserData()));
    }

    private static RadioButton genderButton(String id, String label, Gender gender) {
        RadioButton button = new RadioButton(label);
        button.setId(id);
        button.setUserData(gender);
        return button;
    }

    private static TextField textField(String id, StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    /** Shows the dialog and waits; the saved member, or empty when cancelled. */
    public Optional<Member> showAndWait() {
        return dialog.showAndWait();
    }
}
