package vn.sochibo.ui.meetings;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.sochibo.domain.meeting.Meeting;
import vn.sochibo.domain.meeting.MeetingLimits;
import vn.sochibo.domain.member.Member;
import vn.sochibo.ui.common.DateFields;
import vn.sochibo.ui.common.FormGrid;
import vn.sochibo.ui.common.UiText;

/**
 * Date, times, place, chair, minute-taker, topic, and the guests: a guest is typed (name, position and
 * organisation) and added; choosing one in the list puts it back into the fields to be corrected; Delete
 * removes a guest who has not spoken.
 */
final class HeaderSection {
    private final ScrollPane root;

    HeaderSection(MeetingEditorViewModel vm, UiText text) {
        var readOnly = vm.readOnlyProperty();
        Runnable save = vm::flush;
        FormGrid form = new FormGrid();
        DatePicker date = DateFields.create("meetingDate", vm.dateProperty(), text.text("date.prompt"));
        date.disableProperty().bind(readOnly);
        date.getEditor().focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                save.run();
            }
        });
        form.add(text.text("editor.date"), date, vm.errors().of("date"));
        TextField start = Fields.textField("startTime", vm.startTimeProperty(), readOnly, save);
        start.setPromptText(text.text("editor.time.prompt"));
        start.setPrefColumnCount(6);
        TextField end = Fields.textField("endTime", vm.endTimeProperty(), readOnly, save);
        end.setPromptText(text.text("editor.time.prompt"));
        end.setPrefColumnCount(6);
        HBox times = new HBox(8, start, Fields.label(text, "editor.endTime", end), end);
        times.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox timeBox = new VBox(2, times, FormGrid.errorLabel(vm.errors().of("endTime")));
        form.add(text.text("editor.startTime"), timeBox, start, vm.errors().of("startTime"));
        TextField place = Fields.textField("place", vm.placeProperty(), readOnly, save);
        Fields.limit(place, MeetingLimits.PLACE);
        form.add(text.text("editor.place"), place, vm.errors().of("place"));
        form.add(text.text("editor.chair"), memberChoice("chair", vm, vm.chairProperty(), text),
                vm.errors().of("chairId"));
        form.add(text.text("editor.minuteTaker"), memberChoice("minuteTaker", vm, vm.minuteTakerProperty(), text),
                vm.errors().of("minuteTakerId"));
        TextField topic = Fields.textField("topic", vm.topicProperty(), readOnly, save);
        Fields.limit(topic, MeetingLimits.TOPIC);
        topic.disableProperty().bind(vm.hasTopicProperty().not());
        form.add(text.text("editor.topic"), topic, vm.errors().of("topic"));
        guests(form, vm, text);
        VBox box = new VBox(12, form.node(), Fields.danger(vm.errors().general()));
        box.getStyleClass().add("editor-section");
        root = new ScrollPane(box);
        root.setFitToWidth(true);
    }

    /** The guests' rows of the form: the list (with its refusal message), then name, position and buttons. */
    private static void guests(FormGrid form, MeetingEditorViewModel vm, UiText text) {
        GuestsModel model = vm.guests();
        ListView<Meeting.Guest> list = new ListView<>(model.guests());
        list.setId("guestList");
        list.setPrefHeight(110);
        list.setPlaceholder(new Label(text.text("guests.empty")));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Meeting.Guest g, boolean empty) {
                super.updateItem(g, empty);
                setText(empty || g == null ? null : model.describe(g));
            }
        });
        TextField name = Fields.textField("guestName", model.nameProperty(), vm.readOnlyProperty(), null);
        Fields.limit(name, MeetingLimits.GUEST_NAME);
        name.setPromptText(text.text("guests.name.prompt"));
        TextField position = Fields.textField("guestPosition", model.positionProperty(), vm.readOnlyProperty(), null);
        Fields.limit(position, MeetingLimits.GUEST_POSITION);
        position.setPromptText(text.text("guests.position.prompt"));
        Button save = Fields.button(text, "saveGuest", "guests.add", "guests.add.tooltip", () -> {
            if (model.save()) {
                list.getSelectionModel().clearSelection();
                name.requestFocus();
            }
        });
        save.textProperty().bind(javafx.beans.binding.Bindings.when(model.editingProperty().isNull())
                .then(text.text("guests.add")).otherwise(text.text("guests.update")));
        Button remove = Fields.button(text, "removeGuest", "guests.remove", "guests.remove.tooltip",
                () -> model.remove(list.getSelectionModel().getSelectedItem()));
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        name.setOnAction(e -> position.requestFocus());
        position.setOnAction(e -> save.fire());
        for (TextField field : List.of(name, position)) {
            field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ESCAPE && model.editingProperty().get() != null) {
                    list.getSelectionModel().clearSelection();
                    e.consume();
                }
            });
        }
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, g) -> model.edit(g));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                model.remove(list.getSelectionModel().getSelectedItem());
            }
        });
        form.add(text.text("guests.title"), new VBox(4, list, Fields.danger(model.errorProperty())), list, null);
        HBox buttons = new HBox(8, save, remove);
        buttons.visibleProperty().bind(vm.readOnlyProperty().not());
        buttons.managedProperty().bind(buttons.visibleProperty());
        name.disableProperty().bind(vm.readOnlyProperty());
        position.disableProperty().bind(vm.readOnlyProperty());
        form.add(text.text("guests.name"), name, null);
        form.add(text.text("guests.position"), position, null);
        form.add("", buttons, save, null);
    }

    private static ComboBox<Member> memberChoice(String id, MeetingEditorViewModel vm,
            javafx.beans.property.ObjectProperty<Member> value, UiText text) {
        ComboBox<Member> box = new ComboBox<>(vm.roster());
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setCellFactory(l -> new MemberCell(text));
        box.setButtonCell(new MemberCell(text));
        box.valueProperty().bindBidirectional(value);
        box.disableProperty().bind(vm.readOnlyProperty());
        return box;
    }

    Node node() {
        return root;
    }

    static final class MemberCell extends ListCell<Member> {
        private final UiText text;

        MemberCell(UiText text) {
            this.text = text;
        }

        @Override
        protected void updateItem(Member m, boolean empty) {
            super.updateItem(m, empty);
            setText(empty ? null : m == null ? text.text("editor.nobody") : m.fullName());
        }
    }
}
