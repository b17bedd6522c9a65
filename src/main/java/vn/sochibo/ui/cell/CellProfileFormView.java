package vn.sochibo.ui.cell;

import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.sochibo.ui.common.AppStyles;
import vn.sochibo.ui.common.DateFields;
import vn.sochibo.ui.common.FormGrid;
import vn.sochibo.ui.common.UiText;
import vn.sochibo.ui.cell.CellProfileFormViewModel.CommitteeChoice;

/** The cell profile fields; the committee part is left out on first run, when there are no members yet. */
public final class CellProfileFormView {
    private final VBox root;
    private final TextField cellName;

    public CellProfileFormView(CellProfileFormViewModel vm, UiText text, boolean withCommittee) {
        FormGrid form = new FormGrid();
        cellName = textField("cellName", vm.cellNameProperty(), text.text("cell.cellName.prompt"));
        form.add(text.text("cell.cellName"), cellName, vm.errors().of("cellName"));
        form.add(text.text("cell.upperOrganisation"),
                textField("upperOrganisation", vm.upperOrganisationProperty(), text.text("cell.upperOrganisation.prompt")),
                vm.errors().of("upperOrganisation"));
        form.add(text.text("cell.placeName"),
                textField("placeName", vm.placeNameProperty(), text.text("cell.placeName.prompt")),
                vm.errors().of("placeName"));

        String datePrompt = text.text("date.prompt");
        DatePicker termStart = DateFields.create("termStart", vm.termStartProperty(), datePrompt);
        DatePicker termEnd = DateFields.create("termEnd", vm.termEndProperty(), datePrompt);
        Label to = new Label(text.text("cell.termTo"));
        to.setMinWidth(Label.USE_PREF_SIZE);
        HBox term = new HBox(8, termStart, to, termEnd);
        term.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(termStart, Priority.ALWAYS);
        HBox.setHgrow(termEnd, Priority.ALWAYS);
        form.add(text.text("cell.term"), term, termStart, vm.errors().of("term"));

        if (withCommittee) {
            addCommittee(form, vm, text);
        }
        root = new VBox(form.node());
        root.setId("cellProfileForm");
        Label general = FormGrid.errorLabel(vm.errors().general());
        general.getStyleClass().add(AppStyles.FORM_ERROR);
        root.getChildren().add(general);
    }

    private static void addCommittee(FormGrid form, CellProfileFormViewModel vm, UiText text) {
        ComboBox<MemberChoice> secretary = choice("secretary", vm, vm.secretaryProperty().get());
        secretary.valueProperty().bindBidirectional(vm.secretaryProperty());
        form.add(text.text("cell.secretary"), secretary, vm.errors().of("secretaryId"));
        ComboBox<MemberChoice> deputy = choice("deputy", vm, vm.deputyProperty().get());
        deputy.valueProperty().bindBidirectional(vm.deputyProperty());
        form.add(text.text("cell.deputy"), deputy, vm.errors().of("deputyId"));

        ListView<CommitteeChoice> committee = new ListView<>(vm.committeeChoices());
        committee.setId("committee");
        committee.setCellFactory(CheckBoxListCell.forListView(CommitteeChoice::selectedProperty));
        committee.setPrefHeight(200);
        committee.setPlaceholder(new Label(text.text("cell.committee.empty")));
        Label hint = new Label(text.text("cell.committee.hint"));
        hint.getStyleClass().add(AppStyles.MUTED);
        hint.setWrapText(true);
        form.add(text.text("cell.committee"), new VBox(4, committee, hint), committee,
                vm.errors().of("committeeMemberIds"));
    }

    private static ComboBox<MemberChoice> choice(String id, CellProfileFormViewModel vm, MemberChoice initial) {
        ComboBox<MemberChoice> box = new ComboBox<>(vm.leaderChoices());
        box.setId(id);
        box.setValue(initial);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setVisibleRowCount(12);
        return box;
    }

    private static TextField textField(String id, StringProperty value, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    public VBox node() {
        return root;
    }

    /** The first field, to focus when the form opens. */
    public TextField firstField() {
        return cellName;
    }
}
