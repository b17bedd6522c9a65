package vn.sochibo.ui.meetings;

import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.sochibo.domain.meeting.MeetingLimits;
import vn.sochibo.domain.meeting.VoteSubject;
import vn.sochibo.ui.common.FormGrid;
import vn.sochibo.ui.common.UiText;

/** Entering a vote (the counts are checked against the eligible voters as they are typed) and the votes so far. */
final class VotesSection {
    private final VBox root;

    VotesSection(MeetingEditorViewModel vm, UiText text) {
        VotesModel model = vm.votes();
        var readOnly = vm.readOnlyProperty();
        FormGrid form = new FormGrid();
        TextField question = Fields.textField("voteQuestion", model.questionProperty(), readOnly, null);
        Fields.limit(question, MeetingLimits.VOTE_QUESTION);
        question.setPromptText(text.text("voting.question.prompt"));
        form.add(text.text("voting.question"), question, null);
        ComboBox<VoteSubject> subject = new ComboBox<>();
        subject.setId("voteSubject");
        subject.getItems().setAll(VoteSubject.values());
        subject.setCellFactory(l -> new SubjectCell(text));
        subject.setButtonCell(new SubjectCell(text));
        subject.valueProperty().bindBidirectional(model.subjectProperty());
        CheckBox secret = new CheckBox(text.text("voting.secret"));
        secret.setId("voteSecret");
        secret.setMnemonicParsing(true);
        secret.selectedProperty().bindBidirectional(model.secretProperty());
        HBox subjectRow = new HBox(16, subject, secret);
        subjectRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        form.add(text.text("voting.subject"), subjectRow, subject, null);
        TextField inFavour = number("voteInFavour", model.inFavourProperty(), readOnly);
        TextField against = number("voteAgainst", model.againstProperty(), readOnly);
        TextField other = number("voteOther", model.otherProperty(), readOnly);
        HBox countsRow = new HBox(8, inFavour, Fields.label(text, "voting.against", against), against,
                Fields.label(text, "voting.other", other), other);
        countsRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label check = new Label();
        check.setId("voteCheck");
        check.setWrapText(true);
        check.textProperty().bind(model.checkProperty());
        form.add(text.text("voting.inFavour"), new VBox(4, countsRow, check), inFavour, model.errorProperty());
        Button add = Fields.button(text, "addVote", "voting.add", model::add);
        for (TextField f : java.util.List.of(question, inFavour, against, other)) {
            f.setOnAction(e -> add.fire());
        }
        form.addWide(add);
        VBox entry = new VBox(8, Fields.sectionTitle(text, "voting.new"), form.node());
        entry.visibleProperty().bind(readOnly.not());
        entry.managedProperty().bind(entry.visibleProperty());

        ListView<VotesModel.Row> list = new ListView<>(model.rows());
        list.setId("votes");
        list.setPlaceholder(new Label(text.text("voting.empty")));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(VotesModel.Row row, boolean empty) {
                super.updateItem(row, empty);
                setWrapText(true);
                setPrefWidth(0);
                setText(empty || row == null ? null : row.summary());
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                model.remove(list.getSelectionModel().getSelectedItem());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Label counts = new Label();
        counts.getStyleClass().add(Styles.TEXT_MUTED);
        counts.setWrapText(true);
        counts.textProperty().bind(vm.countsTextProperty());
        root = new VBox(10, entry, counts, Fields.label(text, "voting.list", list), list);
        root.getStyleClass().add("editor-section");
    }

    private static TextField number(String id, javafx.beans.property.StringProperty value,
            javafx.beans.value.ObservableBooleanValue readOnly) {
        TextField field = Fields.textField(id, value, readOnly, null);
        field.setPrefColumnCount(4);
        return field;
    }

    Node node() {
        return root;
    }

    private static final class SubjectCell extends ListCell<VoteSubject> {
        private final UiText text;

        SubjectCell(UiText text) {
            this.text = text;
        }

        @Override
        protected void updateItem(VoteSubject s, boolean empty) {
            super.updateItem(s, empty);
            setText(empty || s == null ? null : MeetingText.subject(text, s));
        }
    }
}
