package vn.sochibo.ui.meetings;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.sochibo.domain.member.Member;
import vn.sochibo.ui.common.DateFields;
import vn.sochibo.ui.common.FormGrid;
import vn.sochibo.ui.common.UiText;

/** Date, times, place, chair, minute-taker, topic, and the agenda parts with their free text. */
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
        form.add(text.text("editor.place"), place, vm.errors().of("place"));
        form.add(text.text("editor.chair"), memberChoice("chair", vm, vm.chairProperty(), text),
                vm.errors().of("chairId"));
        form.add(text.text("editor.minuteTaker"), memberChoice("minuteTaker", vm, vm.minuteTakerProperty(), text),
                vm.errors().of("minuteTakerId"));
        TextField topic = Fields.textField("topic", vm.topicProperty(), readOnly, save);
        topic.disableProperty().bind(vm.hasTopicProperty().not());
        form.add(text.text("editor.topic"), topic, vm.errors().of("topic"));
        VBox box = new VBox(12, form.node(), Fields.danger(vm.errors().general()));
        box.getStyleClass().add("editor-section");
        root = new ScrollPane(box);
        root.setFitToWidth(true);
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
