package vn.sochibo.ui.meetings;

import java.util.Arrays;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.sochibo.domain.meeting.Meeting;
import vn.sochibo.domain.meeting.MeetingLimits;
import vn.sochibo.ui.common.DateFields;
import vn.sochibo.ui.common.FormGrid;
import vn.sochibo.ui.common.UiText;

/** The follow-up of last meeting's tasks (a result each) and the tasks assigned at this meeting. */
final class TasksSection {
    private final SplitPane root;

    TasksSection(MeetingEditorViewModel vm, UiText text) {
        TasksModel model = vm.tasks();
        var readOnly = vm.readOnlyProperty();

        TableView<TasksModel.FollowUpRow> followUps = new TableView<>(model.followUpRows());
        followUps.setId("followUps");
        followUps.setEditable(true);
        followUps.editableProperty().bind(readOnly.not());
        followUps.setPlaceholder(new Label(text.text("followUps.empty")));
        followUps.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<TasksModel.FollowUpRow, String> task = new TableColumn<>(text.text("followUps.column.task"));
        task.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().summary()));
        task.setPrefWidth(360);
        task.setEditable(false);
        TableColumn<TasksModel.FollowUpRow, Meeting.TaskResult> result =
                new TableColumn<>(text.text("followUps.column.result"));
        result.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().result()));
        result.setCellFactory(c -> new ResultCell(text, model));
        result.setPrefWidth(190);
        TableColumn<TasksModel.FollowUpRow, String> note = new TableColumn<>(text.text("followUps.column.note"));
        note.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().note()));
        note.setCellFactory(TextFieldTableCell.forTableColumn());
        note.setOnEditCommit(e -> {
            model.setNote(e.getTablePosition().getRow(), e.getNewValue());
            vm.flush();
        });
        followUps.getColumns().addAll(java.util.List.of(task, result, note));
        VBox.setVgrow(followUps, Priority.ALWAYS);
        Label hint = new Label(text.text("followUps.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(vn.sochibo.ui.common.AppStyles.MUTED);
        VBox top = new VBox(8, Fields.sectionTitle(text, "followUps.title"), hint,
                Fields.label(text, "followUps.table", followUps), followUps);
        top.getStyleClass().add("editor-section");

        FormGrid form = new FormGrid();
        TextField description = Fields.textField("taskDescription", model.descriptionProperty(), readOnly, null);
        Fields.limit(description, MeetingLimits.TASK);
        form.add(text.text("tasks.description"), description, null);
        TextField assignees = Fields.textField("taskAssignees", model.assigneesProperty(), readOnly, null);
        assignees.setPromptText(text.text("tasks.assignees.prompt"));
        form.add(text.text("tasks.assignees"), assignees, null);
        var deadline = DateFields.create("taskDeadline", model.deadlineProperty(), text.text("date.prompt"));
        form.add(text.text("tasks.deadline"), deadline, model.errorProperty());
        Button add = Fields.button(text, "addTask", "tasks.add", model::add);
        description.setOnAction(e -> add.fire());
        assignees.setOnAction(e -> add.fire());
        deadline.getEditor().setOnAction(e -> add.fire());
        form.addWide(add);
        Node entry = form.node();
        entry.visibleProperty().bind(readOnly.not());
        entry.managedProperty().bind(entry.visibleProperty());
        ListView<TasksModel.TaskRow> list = new ListView<>(model.taskRows());
        list.setId("tasks");
        list.setPlaceholder(new Label(text.text("tasks.empty")));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(TasksModel.TaskRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.summary());
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                model.remove(list.getSelectionModel().getSelectedItem());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox bottom = new VBox(8, Fields.sectionTitle(text, "tasks.title"), entry,
                Fields.label(text, "tasks.list", list), list);
        bottom.getStyleClass().add("editor-section");
        root = new SplitPane(top, bottom);
        root.setOrientation(Orientation.VERTICAL);
        root.setDividerPositions(0.45);
    }

    Node node() {
        return root;
    }

    /** The result of a previous task, chosen from a list; saved at once. */
    private static final class ResultCell extends TableCell<TasksModel.FollowUpRow, Meeting.TaskResult> {
        private final ComboBox<Meeting.TaskResult> box = new ComboBox<>();
        private final TasksModel model;
        private boolean updating;

        ResultCell(UiText text, TasksModel model) {
            this.model = model;
            box.getItems().add(null);
            box.getItems().addAll(Arrays.asList(Meeting.TaskResult.values()));
            box.setCellFactory(l -> new ResultText(text));
            box.setButtonCell(new ResultText(text));
            box.setMaxWidth(Double.MAX_VALUE);
            box.valueProperty().addListener((obs, old, value) -> {
                if (!updating && getIndex() >= 0 && getIndex() < model.followUpRows().size()) {
                    model.setResult(getIndex(), value);
                }
            });
        }

        @Override
        protected void updateItem(Meeting.TaskResult result, boolean empty) {
            super.updateItem(result, empty);
            if (empty) {
                setGraphic(null);
                return;
            }
            updating = true;
            box.setValue(result);
            box.disableProperty().bind(getTableView().editableProperty().not());
            updating = false;
            setGraphic(box);
        }
    }

    private static final class ResultText extends ListCell<Meeting.TaskResult> {
        private final UiText text;

        ResultText(UiText text) {
            this.text = text;
        }

        @Override
        protected void updateItem(Meeting.TaskResult r, boolean empty) {
            super.updateItem(r, empty);
            setText(empty ? null : MeetingText.taskResult(text, r));
        }
    }
}
