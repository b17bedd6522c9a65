package vn.sochibo.ui.meetings;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sochibo.domain.common.Ids;
import vn.sochibo.domain.common.Text;
import vn.sochibo.domain.meeting.Meeting;
import vn.sochibo.domain.member.Member;
import vn.sochibo.ui.common.DateText;
import vn.sochibo.ui.common.UiText;

/**
 * The tasks assigned at this meeting (description, assignees typed as parts of their names separated by
 * commas, deadline) and the follow-up of the previous regular meeting's tasks, each with its result.
 */
public final class TasksModel {
    /** One task assigned here. */
    public record TaskRow(Meeting.TaskAssignment task, String summary) {
    }

    /** One task of the previous meeting and its result recorded here (null while not reviewed). */
    public record FollowUpRow(Meeting.TaskAssignment task, String summary, Meeting.TaskResult result, String note) {
    }

    private final MeetingEditorViewModel editor;
    private final UiText text;
    private final ObservableList<TaskRow> tasks = FXCollections.observableArrayList();
    private final ObservableList<FollowUpRow> followUps = FXCollections.observableArrayList();
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty assignees = new SimpleStringProperty("");
    private final StringProperty deadline = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    TasksModel(MeetingEditorViewModel editor, UiText text) {
        this.editor = editor;
        this.text = text;
    }

    void reload(List<Meeting.TaskAssignment> previous) {
        MeetingDraft draft = editor.draft();
        tasks.setAll(draft.tasks.stream().map(t -> new TaskRow(t, summary(t))).toList());
        followUps.setAll(previous.stream().map(t -> {
            Meeting.TaskFollowUp f = draft.followUps.get(t.id());
            return new FollowUpRow(t, summary(t), f == null ? null : f.result(), f == null ? "" : f.note());
        }).toList());
        description.set("");
        assignees.set("");
        deadline.set("");
        error.set("");
    }

    String summary(Meeting.TaskAssignment t) {
        String who = t.assigneeIds().stream().map(editor::memberName).collect(Collectors.joining(", "));
        return t.deadline() == null ? text.format("tasks.summary", t.description(), who)
                : text.format("tasks.summary.deadline", t.description(), who, DateText.format(t.deadline()));
    }

    /** Adds the task typed; false (with a message) when something in it cannot be understood. */
    public boolean add() {
        if (editor.readOnlyProperty().get()) {
            return false;
        }
        if (Text.isBlank(description.get())) {
            error.set(text.text("tasks.error.description"));
            return false;
        }
        List<UUID> ids = new ArrayList<>();
        for (String part : assignees.get() == null ? new String[0] : assignees.get().split("[,;]")) {
            if (part.isBlank()) {
                continue;
            }
            List<Member> found = editor.roster().stream().filter(m -> Text.matches(m.fullName(), part)).toList();
            if (found.size() != 1) {
                error.set(text.format(found.isEmpty() ? "tasks.error.noSuchMember" : "tasks.error.ambiguous",
                        part.strip()));
                return false;
            }
            if (!ids.contains(found.get(0).id())) {
                ids.add(found.get(0).id());
            }
        }
        LocalDate due;
        try {
            due = DateText.parse(deadline.get());
        } catch (DateTimeParseException e) {
            error.set(text.format("tasks.error.deadline", deadline.get().strip()));
            return false;
        }
        if (due != null && due.isBefore(editor.draft().date)) {
            error.set(text.text("tasks.error.deadlineBefore"));
            return false;
        }
        Meeting.TaskAssignment t = new Meeting.TaskAssignment(Ids.newId(), description.get().strip(), ids, due);
        editor.draft().tasks.add(t);
        tasks.add(new TaskRow(t, summary(t)));
        description.set("");
        assignees.set("");
        deadline.set("");
        error.set("");
        editor.changedNow();
        return true;
    }

    public void remove(TaskRow row) {
        if (editor.readOnlyProperty().get() || row == null) {
            return;
        }
        editor.draft().tasks.remove(row.task());
        tasks.remove(row);
        editor.changedNow();
    }

    /** Records the result of a previous task (null removes it); saved at once. */
    public void setResult(int index, Meeting.TaskResult result) {
        FollowUpRow row = followUps.get(index);
        if (editor.readOnlyProperty().get() || row.result() == result) {
            return;
        }
        update(index, result, row.note());
        editor.changedNow();
    }

    /** Records the note of a previous task's result; saved when typing pauses. */
    public void setNote(int index, String note) {
        FollowUpRow row = followUps.get(index);
        if (editor.readOnlyProperty().get() || Objects.equals(row.note(), note)) {
            return;
        }
        update(index, row.result(), note);
        editor.changed();
    }

    private void update(int index, Meeting.TaskResult result, String note) {
        FollowUpRow row = followUps.get(index);
        UUID id = row.task().id();
        if (result == null) {
            editor.draft().followUps.remove(id);
        } else {
            editor.draft().followUps.put(id, new Meeting.TaskFollowUp(id, result, note));
        }
        followUps.set(index, new FollowUpRow(row.task(), row.summary(), result, note));
    }

    public ObservableList<TaskRow> taskRows() {
        return tasks;
    }

    public ObservableList<FollowUpRow> followUpRows() {
        return followUps;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty assigneesProperty() {
        return assignees;
    }

    public StringProperty deadlineProperty() {
        return deadline;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
