package vn.sochibo.ui.meetings;

import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import vn.sochibo.domain.meeting.Meeting;
import vn.sochibo.domain.meeting.MeetingKind;
import vn.sochibo.domain.meeting.MeetingLimits;
import vn.sochibo.ui.common.Controls;
import vn.sochibo.ui.common.DateFields;
import vn.sochibo.ui.common.DateText;
import vn.sochibo.ui.common.Dialogs;
import vn.sochibo.ui.common.FieldErrors;
import vn.sochibo.ui.common.FormGrid;
import vn.sochibo.ui.common.UiText;

/** "Cuộc họp mới…": the kind, the day (today by default) and, for a thematic meeting, its topic. */
final class NewMeetingDialog {
    private final Dialog<Meeting> dialog;

    NewMeetingDialog(MeetingsViewModel vm, UiText text, Dialogs dialogs) {
        FieldErrors errors = new FieldErrors(text, "kind", "date", "topic");
        ComboBox<MeetingKind> kind = new ComboBox<>();
        kind.setId("newMeetingKind");
        kind.getItems().setAll(MeetingKind.values());
        kind.setValue(MeetingKind.REGULAR);
        Controls.showAs(kind, k -> k == null ? null : MeetingText.kind(text, k));
        StringProperty date = new SimpleStringProperty(DateText.format(vm.today()));
        StringProperty topic = new SimpleStringProperty("");
        TextField topicField = new TextField();
        Fields.limit(topicField, MeetingLimits.TOPIC);
        topicField.setId("newMeetingTopic");
        topicField.textProperty().bindBidirectional(topic);
        topicField.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> kind.getValue() == null || !kind.getValue().hasTopic(), kind.valueProperty()));
        FormGrid form = new FormGrid();
        form.add(text.text("newMeeting.kind"), kind, errors.of("kind"));
        form.add(text.text("newMeeting.date"), DateFields.create("newMeetingDate", date, text.text("date.prompt")),
                errors.of("date"));
        form.add(text.text("newMeeting.topic"), topicField, errors.of("topic"));
        VBox content = new VBox(10, form.node(), Fields.danger(errors.general()));
        content.setPrefWidth(560);
        SimpleBooleanProperty busy = new SimpleBooleanProperty(false);
        dialog = dialogs.form("newMeetingForm", text.plain("newMeeting.title"), content,
                text.plain("newMeeting.create"), busy, done -> {
                    errors.clear();
                    LocalDate day = errors.parseDate("date", date.get());
                    if (day == null && errors.isEmpty()) {
                        errors.add("date", text.text("editor.error.dateRequired"));
                    }
                    if (kind.getValue().hasTopic() && topic.get().isBlank()) {
                        errors.add("topic", text.text("newMeeting.error.topic"));
                    }
                    if (!errors.isEmpty()) {
                        return;
                    }
                    busy.set(true);
                    vm.create(kind.getValue(), day, topic.get(), created -> {
                        busy.set(false);
                        done.accept(created);
                    }, failure -> {
                        busy.set(false);
                        errors.showRefusalOrFailure(failure);
                    });
                });
        javafx.application.Platform.runLater(kind::requestFocus);
    }

    Optional<Meeting> showAndWait() {
        return dialog.showAndWait();
    }
}
