package vn.sochibo.application.meeting;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.sochibo.domain.cell.CellProfile;
import vn.sochibo.domain.meeting.AttendanceCounts;
import vn.sochibo.domain.meeting.Meeting;
import vn.sochibo.domain.meeting.MeetingRules;
import vn.sochibo.domain.meeting.VoteThresholds;
import vn.sochibo.domain.meeting.SelfScoreSheet;
import vn.sochibo.domain.member.Member;

/**
 * Everything a meeting's printed documents are made from: the meeting, every member (any status: the roster of
 * the meeting day is taken from them), the cell profile (header, secretary), the self-score sheet, and the tasks
 * assigned at earlier meetings (the follow-ups of this one name them).
 *
 * @param earlierTasks tasks of other meetings by id; a follow-up whose task is missing prints its result only
 * @param pledgeChecks the pledge follow-ups recorded at this meeting, in the order they print (ADR 0010)
 */
public record MeetingDocumentInput(Meeting meeting, List<Member> members, CellProfile cell, SelfScoreSheet sheet,
        Map<UUID, Meeting.TaskAssignment> earlierTasks, VoteThresholds thresholds, List<PledgeCheck> pledgeChecks) {

    public MeetingDocumentInput {
        Objects.requireNonNull(meeting, "meeting");
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(thresholds, "thresholds");
        members = List.copyOf(members);
        earlierTasks = Map.copyOf(earlierTasks);
        pledgeChecks = pledgeChecks == null ? List.of() : List.copyOf(pledgeChecks);
    }

    /** Without pledge checks. */
    public MeetingDocumentInput(Meeting meeting, List<Member> members, CellProfile cell, SelfScoreSheet sheet,
            Map<UUID, Meeting.TaskAssignment> earlierTasks, VoteThresholds thresholds) {
        this(meeting, members, cell, sheet, earlierTasks, thresholds, List.of());
    }

    /**
     * A pledge item checked at the meeting ("Kiểm tra việc thực hiện cam kết"): whose, which item, the status, the
     * progress and the evidence as recorded.
     */
    public record PledgeCheck(String memberName, String item, vn.sochibo.domain.pledge.FollowUpStatus status,
            String progress, String evidence) {
    }

    /** The same input with the pledge checks recorded at the meeting. */
    public MeetingDocumentInput withPledgeChecks(List<PledgeCheck> checks) {
        return new MeetingDocumentInput(meeting, members, cell, sheet, earlierTasks, thresholds, checks);
    }

    /** With the default vote thresholds of domain.md §3. */
    public MeetingDocumentInput(Meeting meeting, List<Member> members, CellProfile cell, SelfScoreSheet sheet,
            Map<UUID, Meeting.TaskAssignment> earlierTasks) {
        this(meeting, members, cell, sheet, earlierTasks, VoteThresholds.defaults());
    }

    /** The input for one meeting among all the meetings the store holds (their tasks feed the follow-ups). */
    public static MeetingDocumentInput of(Meeting meeting, Collection<Meeting> allMeetings, List<Member> members,
            CellProfile cell, SelfScoreSheet sheet, VoteThresholds thresholds) {
        Map<UUID, Meeting.TaskAssignment> tasks = allMeetings.stream()
                .filter(m -> !m.id().equals(meeting.id()))
                .flatMap(m -> m.tasks().stream())
                .collect(Collectors.toMap(Meeting.TaskAssignment::id, Function.identity(), (a, b) -> a));
        return new MeetingDocumentInput(meeting, members, cell, sheet, tasks, thresholds);
    }

    public AttendanceCounts counts() {
        return AttendanceCounts.of(members, MeetingRules.attendanceMap(meeting), meeting.date());
    }

    public Optional<Member> member(UUID id) {
        return id == null ? Optional.empty() : members.stream().filter(m -> m.id().equals(id)).findFirst();
    }
}
