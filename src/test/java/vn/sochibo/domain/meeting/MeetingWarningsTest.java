package vn.sochibo.domain.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.sochibo.domain.common.Ids;
import vn.sochibo.domain.common.Problem;
import vn.sochibo.domain.member.Gender;
import vn.sochibo.domain.member.Member;

class MeetingWarningsTest {
    private final List<Member> members = new ArrayList<>();

    private Meeting meeting(MeetingKind kind, LocalDate day, int minutes, int present, int absent) {
        List<Meeting.RollCallEntry> rollCall = new ArrayList<>();
        for (int i = 0; i < present + absent; i++) {
            Member m = new Member(Ids.newId(), "Đảng viên " + i, Gender.MALE, null, null, null, LocalDate.of(2010, 1, 1),
                    LocalDate.of(2011, 1, 1), null, null, null, List.of());
            members.add(m);
            rollCall.add(new Meeting.RollCallEntry(m.id(), i < present ? Attendance.PRESENT
                    : Attendance.ABSENT_WITH_REASON, null));
        }
        LocalTime start = LocalTime.of(14, 0);
        return new Meeting(Ids.newId(), kind, kind.hasTopic() ? "Chuyên đề" : null, day, start,
                start.plusMinutes(minutes), "Hội trường", null, null, List.of(), rollCall, List.of(), List.of(),
                List.of(), List.of(), List.of(), null, Map.of(), null);
    }

    private List<String> warnings(Meeting m, List<Meeting> all) {
        Map<UUID, Attendance> marks = MeetingRules.attendanceMap(m);
        return MeetingRules.warnings(m, AttendanceCounts.of(members, marks, m.date()), all, MeetingStandards.defaults())
                .stream().map(Problem::messageKey).toList();
    }

    @Test
    void aFullRegularMeetingInAQuarterWithAThematicOneHasNoWarning() {
        Meeting thematic = meeting(MeetingKind.THEMATIC, LocalDate.of(2026, 10, 20), 120, 10, 0);
        members.clear();
        Meeting regular = meeting(MeetingKind.REGULAR, LocalDate.of(2026, 11, 3), 90, 10, 0);

        assertThat(warnings(regular, List.of(thematic, regular))).isEmpty();
    }

    @Test
    void shortLowAttendedAndNoThematicInTheQuarterAreEachWarned() {
        Meeting lastQuarter = meeting(MeetingKind.THEMATIC, LocalDate.of(2026, 9, 20), 120, 1, 0);
        members.clear();
        Meeting regular = meeting(MeetingKind.REGULAR, LocalDate.of(2026, 11, 3), 89, 6, 4);

        assertThat(warnings(regular, List.of(lastQuarter, regular))).containsExactly("meeting.warning.tooShort",
                "meeting.warning.lowAttendance", "meeting.warning.noThematicThisQuarter");
    }

    @Test
    void aCombinedMeetingNeedsTwoHoursAndCountsAsThematic() {
        Meeting combined = meeting(MeetingKind.COMBINED, LocalDate.of(2026, 11, 3), 110, 7, 3);

        // 7 of 10 is above 67%; the combined meeting is its own quarter's thematic meeting.
        assertThat(warnings(combined, List.of(combined))).containsExactly("meeting.warning.tooShort");
        members.clear();
        assertThat(warnings(meeting(MeetingKind.COMBINED, LocalDate.of(2026, 11, 3), 120, 7, 3), List.of())).isEmpty();
    }

    @Test
    void aDraftThatContradictsItselfIsStoredButNotFinalized() {
        Meeting regular = meeting(MeetingKind.REGULAR, LocalDate.of(2026, 11, 3), 90, 3, 0);
        Meeting backwards = new Meeting(regular.id(), regular.kind(), null, regular.date(), LocalTime.of(16, 0),
                LocalTime.of(14, 0), regular.place(), null, null, List.of(), regular.rollCall(), List.of(), List.of(),
                List.of(), List.of(new Meeting.TaskAssignment(Ids.newId(), "Sửa đường", List.of(),
                        LocalDate.of(2026, 10, 1))), List.of(), null, Map.of(), null);
        Map<UUID, Member> byId = new java.util.HashMap<>();
        members.forEach(m -> byId.put(m.id(), m));
        LocalDate today = LocalDate.of(2026, 11, 26);

        assertThat(MeetingRules.checkDraft(backwards, byId, today)).isEmpty();
        assertThat(MeetingRules.checkConsistency(backwards, byId, today)).extracting(Problem::messageKey)
                .containsExactly("meeting.error.endBeforeStart", "meeting.error.taskDeadline");
        assertThat(MeetingRules.checkForFinalize(backwards, byId, today, SelfScoreSheet.standard()))
                .extracting(Problem::messageKey).contains("meeting.error.endBeforeStart", "meeting.error.taskDeadline");
        assertThat(warnings(backwards, List.of(backwards))).as("no negative duration is warned")
                .doesNotContain("meeting.warning.tooShort");
    }

    @Test
    void aTextLongerThanTheStoreKeepsIsRefusedByNameNotByAFailedWrite() {
        Meeting m = meeting(MeetingKind.REGULAR, LocalDate.of(2026, 11, 3), 90, 1, 0);
        Meeting tooLong = new Meeting(m.id(), m.kind(), null, m.date(), m.startTime(), m.endTime(),
                "x".repeat(MeetingLimits.PLACE + 1), null, null,
                List.of(new Meeting.Guest(Ids.newId(), "y".repeat(MeetingLimits.GUEST_NAME), null)), m.rollCall(),
                List.of(), List.of(), List.of(), List.of(), List.of(), null, Map.of(), "z".repeat(MeetingLimits.DUES + 1),
                null);
        Map<UUID, Member> byId = new java.util.HashMap<>();
        members.forEach(x -> byId.put(x.id(), x));
        assertThat(MeetingRules.checkDraft(tooLong, byId, LocalDate.of(2026, 11, 26)))
                .extracting(Problem::field, Problem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("place", "error.textTooLong"),
                        org.assertj.core.groups.Tuple.tuple("duesStatus", "error.textTooLong"));
    }
}
