package vn.sochibo.ui.meetings;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sochibo.application.common.TaskRunner;
import vn.sochibo.application.meeting.MeetingService;
import vn.sochibo.application.pledge.FollowUpInput;
import vn.sochibo.application.pledge.PledgeService;
import vn.sochibo.application.pledge.TrackedItem;
import vn.sochibo.domain.common.ValidationException;
import vn.sochibo.domain.meeting.Meeting;
import vn.sochibo.domain.pledge.FollowUpStatus;
import vn.sochibo.domain.pledge.ItemState;
import vn.sochibo.domain.pledge.PledgeFollowUp;
import vn.sochibo.ui.common.DateText;
import vn.sochibo.ui.common.ErrorReporter;
import vn.sochibo.ui.common.UiText;
import vn.sochibo.ui.pledges.PledgeText;

/**
 * The meeting's pledge check ("Kiểm tra việc thực hiện cam kết", ADR 0010): the items due for checking at this
 * meeting ({@link PledgeService#dueForCheck(Meeting)}) and, for the item chosen, the result recorded here: status,
 * progress, evidence, dated the meeting's day. What is recorded is stored at once and printed in the minutes. A
 * finalized meeting shows what was recorded, read-only.
 */
public final class PledgeChecksModel {
    /** One item due for checking and what was recorded about it at this meeting (null while nothing). */
    public record Row(TrackedItem tracked, String member, String content, String deadline, String state,
            boolean overdue, PledgeFollowUp recorded, String recordedText) {
    }

    private final MeetingEditorViewModel editor;
    private final MeetingService meetings;
    private final PledgeService pledges;
    private final TaskRunner tasks;
    private final UiText text;
    private final ErrorReporter errors;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<FollowUpStatus> status = new SimpleObjectProperty<>();
    private final StringProperty progress = new SimpleStringProperty("");
    private final StringProperty evidence = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(false);
    private UUID meetingId;

    public PledgeChecksModel(MeetingEditorViewModel editor, MeetingService meetings, PledgeService pledges,
            TaskRunner tasks, UiText text, ErrorReporter errors) {
        this.editor = editor;
        this.meetings = meetings;
        this.pledges = pledges;
        this.tasks = tasks;
        this.text = text;
        this.errors = errors;
        editor.meetingProperty().addListener((obs, old, m) -> load(m == null ? null : m.id(), null));
        selected.addListener((obs, old, row) -> fill(row));
    }

    /** Reads the items due again (the meeting's day may have changed), after saving what is pending. */
    public void reload() {
        Meeting m = editor.meetingProperty().get();
        if (m != null) {
            editor.flush();
            load(m.id(), selected.get() == null ? null : selected.get().tracked().item().id());
        }
    }

    private void load(UUID id, UUID keepItem) {
        meetingId = id;
        if (id == null) {
            rows.clear();
            summary.set("");
            return;
        }
        tasks.run(() -> {
            Meeting m = meetings.find(id).orElseThrow();
            List<TrackedItem> due = pledges.dueForCheck(m);
            return m.isFinalized() ? due.stream().filter(t -> t.followUpAt(id).isPresent()).toList() : due;
        }, due -> {
            if (!Objects.equals(id, meetingId)) {
                return;
            }
            rows.setAll(due.stream().map(t -> row(t, id)).toList());
            long recorded = rows.stream().filter(r -> r.recorded() != null).count();
            summary.set(text.format("pledgeCheck.summary", rows.size(), recorded));
            selected.set(rows.stream().filter(r -> r.tracked().item().id().equals(keepItem)).findFirst()
                    .orElse(null));
            fill(selected.get());
        }, errors::report);
    }

    private Row row(TrackedItem t, UUID id) {
        PledgeFollowUp at = t.followUpAt(id).orElse(null);
        String recorded = at == null ? text.text("pledgeCheck.notRecorded")
                : text.format("pledgeCheck.recorded", PledgeText.status(text, at.status()), at.progress());
        return new Row(t, t.memberName(), t.item().content(), DateText.format(t.item().deadline()),
                PledgeText.state(text, t.state()), t.state() == ItemState.OVERDUE, at, recorded);
    }

    private void fill(Row row) {
        error.set("");
        PledgeFollowUp f = row == null ? null : row.recorded();
        status.set(f == null ? null : f.status());
        progress.set(f == null || f.progress() == null ? "" : f.progress());
        evidence.set(f == null || f.evidence() == null ? "" : f.evidence());
    }

    /** Records (or changes) the result of the item chosen at this meeting, dated the meeting's day. */
    public void record() {
        Row row = selected.get();
        if (row == null || editor.readOnlyProperty().get() || working.get() || meetingId == null) {
            return;
        }
        editor.flush();
        UUID id = meetingId;
        UUID itemId = row.tracked().item().id();
        UUID existing = row.recorded() == null ? null : row.recorded().id();
        FollowUpStatus s = status.get();
        String p = progress.get();
        String e = evidence.get();
        working.set(true);
        tasks.run(() -> {
            Meeting m = meetings.find(id).orElseThrow();
            FollowUpInput input = new FollowUpInput(itemId, m.date(), p, s, e, m.id());
            return existing == null ? pledges.addFollowUp(input) : pledges.editFollowUp(existing, input);
        }, saved -> {
            working.set(false);
            load(id, itemId);
        }, this::refused);
    }

    /** Removes what was recorded about the item chosen at this meeting. */
    public void remove() {
        Row row = selected.get();
        if (row == null || row.recorded() == null || editor.readOnlyProperty().get() || working.get()) {
            return;
        }
        UUID id = meetingId;
        UUID followUp = row.recorded().id();
        UUID itemId = row.tracked().item().id();
        working.set(true);
        tasks.run(() -> {
            pledges.removeFollowUp(followUp);
            return null;
        }, done -> {
            working.set(false);
            load(id, itemId);
        }, this::refused);
    }

    private void refused(Throwable failure) {
        working.set(false);
        if (failure instanceof ValidationException refused) {
            error.set(refused.problems().stream().map(text::describe).distinct().collect(Collectors.joining(" ")));
        } else {
            error.set(text.describe(failure));
        }
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    public ObjectProperty<FollowUpStatus> statusProperty() {
        return status;
    }

    public StringProperty progressProperty() {
        return progress;
    }

    public StringProperty evidenceProperty() {
        return evidence;
    }

    /** Why the last record was refused (nothing was stored). */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** "N nội dung đến hạn kiểm tra, đã ghi M". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readOnlyProperty() {
        return editor.readOnlyProperty();
    }
}
