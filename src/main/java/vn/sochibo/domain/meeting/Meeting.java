package vn.sochibo.domain.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import vn.sochibo.domain.common.Text;

/**
 * One chi bộ meeting as the minute-taker records it (domain.md §3): who came, the dues status, the agenda
 * parts, who said what, the votes, the tasks assigned, the follow-up of last meeting's tasks, the conclusion
 * and the self-score. A draft until finalized; then nothing in it may change (the store enforces it).
 *
 * <p>{@code duesStatus} is the dues line of the minutes (tình hình thu, nộp đảng phí), free text such as "Đã thu
 * đảng phí tháng 11 của 24/24 đồng chí, nộp Đảng ủy xã ngày 05/11/2026"; null when not recorded.
 */
public record Meeting(
        UUID id,
        MeetingKind kind,
        String topic,
        LocalDate date,
        LocalTime startTime,
        LocalTime endTime,
        String place,
        UUID chairId,
        UUID minuteTakerId,
        List<Guest> guests,
        List<RollCallEntry> rollCall,
        List<AgendaPart> agenda,
        List<Contribution> contributions,
        List<Vote> votes,
        List<TaskAssignment> tasks,
        List<TaskFollowUp> followUps,
        String conclusion,
        Map<String, Integer> selfScores,
        String duesStatus,
        Finalization finalization) {

    public Meeting {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        guests = List.copyOf(guests);
        // One canonical order (by member id, as text: the same order the store uses) so that equal meetings
        // are equal records and hash alike.
        rollCall = rollCall.stream().sorted(java.util.Comparator.comparing(r -> r.memberId().toString())).toList();
        agenda = List.copyOf(agenda);
        contributions = List.copyOf(contributions);
        votes = List.copyOf(votes);
        tasks = List.copyOf(tasks);
        followUps = List.copyOf(followUps);
        selfScores = Map.copyOf(selfScores);
    }

    /** A meeting without a dues status line. */
    public Meeting(UUID id, MeetingKind kind, String topic, LocalDate date, LocalTime startTime, LocalTime endTime,
            String place, UUID chairId, UUID minuteTakerId, List<Guest> guests, List<RollCallEntry> rollCall,
            List<AgendaPart> agenda, List<Contribution> contributions, List<Vote> votes, List<TaskAssignment> tasks,
            List<TaskFollowUp> followUps, String conclusion, Map<String, Integer> selfScores,
            Finalization finalization) {
        this(id, kind, topic, date, startTime, endTime, place, chairId, minuteTakerId, guests, rollCall, agenda,
                contributions, votes, tasks, followUps, conclusion, selfScores, null, finalization);
    }

    /**
     * The same meeting with every text as the store keeps it: NFC, one-line texts trimmed with their spaces
     * collapsed, multi-line texts trimmed (decomposed input from some keyboards becomes composed), blank as null.
     */
    public Meeting cleaned() {
        return new Meeting(id, kind, Text.clean(topic), date, startTime, endTime, Text.clean(place), chairId,
                minuteTakerId,
                guests.stream().map(g -> new Guest(g.id(), Text.clean(g.name()), Text.clean(g.position()))).toList(),
                rollCall.stream().map(r -> new RollCallEntry(r.memberId(), r.attendance(), Text.clean(r.reason())))
                        .toList(),
                agenda.stream().map(p -> new AgendaPart(p.id(), Text.clean(p.title()), Text.cleanMultiline(p.text())))
                        .toList(),
                contributions.stream().map(c -> new Contribution(c.id(), c.partId(), c.speakerMemberId(),
                        c.speakerGuestId(), Text.cleanMultiline(c.text()))).toList(),
                votes.stream().map(v -> new Vote(v.id(), Text.clean(v.question()), v.subject(), v.secretBallot(),
                        v.tally())).toList(),
                tasks.stream().map(t -> new TaskAssignment(t.id(), Text.clean(t.description()), t.assigneeIds(),
                        t.deadline())).toList(),
                followUps.stream().map(f -> new TaskFollowUp(f.taskId(), f.result(), Text.cleanMultiline(f.note())))
                        .toList(),
                Text.cleanMultiline(conclusion), selfScores, Text.cleanMultiline(duesStatus), finalization);
    }

    public boolean isFinalized() {
        return finalization != null;
    }

    /** The finalized meetings in the order of their hash chain: finalization time, then id. */
    public static List<Meeting> finalizedInChainOrder(java.util.Collection<Meeting> meetings) {
        return meetings.stream().filter(Meeting::isFinalized)
                .sorted(java.util.Comparator.comparing((Meeting m) -> m.finalization().finalizedAt())
                        .thenComparing(Meeting::id))
                .toList();
    }

    /** A guest: "đồng chí Nguyễn Văn A, Đảng ủy viên, phụ trách chi bộ". */
    public record Guest(UUID id, String name, String position) {
    }

    /** The roll call line of one member; the reason is kept for an absence with reason. */
    public record RollCallEntry(UUID memberId, Attendance attendance, String reason) {
    }

    /** A part of the agenda ("Thông tin thời sự", "Đánh giá kết quả tháng trước", …) with its free text. */
    public record AgendaPart(UUID id, String title, String text) {
    }

    /** Who said what, in which part, in the order spoken. Exactly one of the speaker ids is set. */
    public record Contribution(UUID id, UUID partId, UUID speakerMemberId, UUID speakerGuestId, String text) {
    }

    /** A vote with its counts; the method only changes how the minutes word it. */
    public record Vote(UUID id, String question, VoteSubject subject, boolean secretBallot, VoteTally tally) {
    }

    /** A task assigned at this meeting, to be reviewed at the next. */
    public record TaskAssignment(UUID id, String description, List<UUID> assigneeIds, LocalDate deadline) {
        public TaskAssignment {
            assigneeIds = List.copyOf(assigneeIds);
        }
    }

    /** The result, recorded at this meeting, of a task assigned at an earlier one. */
    public record TaskFollowUp(UUID taskId, TaskResult result, String note) {
    }

    /** Hoàn thành / hoàn thành một phần / chưa hoàn thành / đang thực hiện. */
    public enum TaskResult {
        DONE,
        PARTLY_DONE,
        NOT_DONE,
        IN_PROGRESS
    }

    /**
     * What finalizing gave the meeting: its numbers in the term's series ("Số 05-BB/CB", "Số 05-NQ/CB"),
     * when, and the hash of its canonical content chained to the previous finalized record.
     */
    public record Finalization(int minutesNumber, int resolutionNumber, java.time.Instant finalizedAt,
            String contentHash, String previousHash) {
    }
}
