package vn.sochibo.ui.meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sochibo.domain.meeting.Attendance;
import vn.sochibo.domain.meeting.Meeting;
import vn.sochibo.domain.member.Member;
import vn.sochibo.domain.member.MemberStatus;
import vn.sochibo.ui.common.UiText;

/**
 * The roll call: one row per member called on the meeting day (official and probationary), then the exempt
 * members, who may come. Each mark is saved at once and updates the totals.
 */
public final class RollCallModel {
    /** One member's line. */
    public record Row(Member member, MemberStatus status, Attendance attendance, String reason) {
    }

    private final MeetingEditorViewModel editor;
    private final UiText text;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();

    RollCallModel(MeetingEditorViewModel editor, UiText text) {
        this.editor = editor;
        this.text = text;
    }

    void reload(List<Member> members, LocalDate day) {
        List<Row> called = new ArrayList<>();
        List<Row> exempt = new ArrayList<>();
        for (Member m : members) {
            MemberStatus status = m.statusOn(day);
            Meeting.RollCallEntry entry = editor.draft().rollCall.get(m.id());
            Row row = new Row(m, status, entry == null ? null : entry.attendance(), entry == null ? null : entry.reason());
            if (status == MemberStatus.OFFICIAL || status == MemberStatus.PROBATIONARY) {
                called.add(row);
            } else if (status == MemberStatus.EXEMPT) {
                exempt.add(row);
            }
        }
        called.addAll(exempt);
        rows.setAll(called);
    }

    /** Marks one row; a reason is kept for an absence with reason only. Null clears the mark. */
    public void mark(int index, Attendance attendance, String reason) {
        if (editor.readOnlyProperty().get() || index < 0 || index >= rows.size()) {
            return;
        }
        Row row = rows.get(index);
        String kept = attendance == Attendance.ABSENT_WITH_REASON && reason != null && !reason.isBlank()
                ? reason.strip() : null;
        if (attendance == null) {
            editor.draft().rollCall.remove(row.member().id());
        } else {
            editor.draft().rollCall.put(row.member().id(), new Meeting.RollCallEntry(row.member().id(), attendance, kept));
        }
        rows.set(index, new Row(row.member(), row.status(), attendance, kept));
        editor.changedNow();
        editor.refreshCounts();
    }

    /** Everyone called is present; the few absentees are marked afterwards. Exempt members are left as they are. */
    public void markAllPresent() {
        if (editor.readOnlyProperty().get()) {
            return;
        }
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row.status() != MemberStatus.EXEMPT) {
                editor.draft().rollCall.put(row.member().id(),
                        new Meeting.RollCallEntry(row.member().id(), Attendance.PRESENT, null));
                rows.set(i, new Row(row.member(), row.status(), Attendance.PRESENT, null));
            }
        }
        editor.changedNow();
        editor.refreshCounts();
    }

    public int indexOf(String fullName) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).member().fullName().equals(fullName)) {
                return i;
            }
        }
        return -1;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public String attendanceText(Row row) {
        String mark = MeetingText.attendance(text, row.attendance());
        return row.reason() == null ? mark : text.format("rollCall.withReason", mark, row.reason());
    }

    public String statusText(Row row) {
        return text.status(row.status());
    }
}
