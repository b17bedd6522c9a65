package vn.sochibo.domain.meeting;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.sochibo.domain.common.Problem;
import vn.sochibo.domain.common.Text;
import vn.sochibo.domain.member.Member;
import vn.sochibo.domain.member.MemberStatus;

/**
 * Checks on a meeting. A draft only has to be coherent (it is saved while people talk); a meeting to be
 * finalized must also be complete.
 */
public final class MeetingRules {
    private MeetingRules() {
    }

    /**
     * Integrity: what must hold for a draft to be stored at all (every speaker, part, guest and assignee it
     * names exists; names and texts are not blank). A draft that only contradicts itself (an end before its
     * start, a chair not on that day's roster: see {@link #checkConsistency}) is still stored, so that nothing
     * typed during a meeting is lost while one field is being put right.
     */
    public static List<Problem> checkDraft(Meeting m, Map<UUID, Member> members, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        checkLengths(m, problems);
        if (m.guests().stream().anyMatch(g -> Text.isBlank(g.name()))) {
            problems.add(Problem.of("guests", "meeting.error.guestName"));
        }
        if (m.agenda().stream().anyMatch(p -> Text.isBlank(p.title()))) {
            problems.add(Problem.of("agenda", "meeting.error.partTitle"));
        }
        Set<UUID> guests = m.guests().stream().map(Meeting.Guest::id).collect(Collectors.toSet());
        Set<UUID> parts = m.agenda().stream().map(Meeting.AgendaPart::id).collect(Collectors.toSet());
        for (Meeting.Contribution c : m.contributions()) {
            boolean member = c.speakerMemberId() != null;
            boolean guest = c.speakerGuestId() != null;
            if (member == guest || (guest && !guests.contains(c.speakerGuestId()))
                    || (member && !members.containsKey(c.speakerMemberId()))) {
                problems.add(Problem.of("contributions", "meeting.error.speaker"));
            }
            if (c.partId() != null && !parts.contains(c.partId())) {
                problems.add(Problem.of("contributions", "meeting.error.unknownPart"));
            }
            if (Text.isBlank(c.text())) {
                problems.add(Problem.of("contributions", "meeting.error.emptyContribution"));
            }
        }
        for (Meeting.TaskAssignment t : m.tasks()) {
            if (Text.isBlank(t.description())) {
                problems.add(Problem.of("tasks", "meeting.error.taskDescription"));
            }
            if (new HashSet<>(t.assigneeIds()).size() != t.assigneeIds().size()
                    || t.assigneeIds().stream().anyMatch(id -> !members.containsKey(id))) {
                problems.add(Problem.of("tasks", "meeting.error.taskAssignees"));
            }
        }
        return problems;
    }

    /** Every text within what the store keeps (the editor stops typing there; an imported file may not). */
    private static void checkLengths(Meeting m, List<Problem> problems) {
        Problem.addIfTooLong(problems, "topic", m.topic(), MeetingLimits.TOPIC);
        Problem.addIfTooLong(problems, "place", m.place(), MeetingLimits.PLACE);
        m.guests().forEach(g -> {
            Problem.addIfTooLong(problems, "guests", g.name(), MeetingLimits.GUEST_NAME);
            Problem.addIfTooLong(problems, "guests", g.position(), MeetingLimits.GUEST_POSITION);
        });
        m.rollCall().forEach(r -> Problem.addIfTooLong(problems, "rollCall", r.reason(), MeetingLimits.ABSENCE_REASON));
        m.agenda().forEach(p -> {
            Problem.addIfTooLong(problems, "agenda", p.title(), MeetingLimits.PART_TITLE);
            Problem.addIfTooLong(problems, "agenda", p.text(), MeetingLimits.LONG_TEXT);
        });
        m.contributions().forEach(c -> Problem.addIfTooLong(problems, "contributions", c.text(), MeetingLimits.LONG_TEXT));
        m.votes().forEach(v -> Problem.addIfTooLong(problems, "votes", v.question(), MeetingLimits.VOTE_QUESTION));
        m.tasks().forEach(t -> Problem.addIfTooLong(problems, "tasks", t.description(), MeetingLimits.TASK));
        m.followUps().forEach(f -> Problem.addIfTooLong(problems, "tasks", f.note(), MeetingLimits.FOLLOW_UP_NOTE));
        Problem.addIfTooLong(problems, "conclusion", m.conclusion(), MeetingLimits.LONG_TEXT);
        Problem.addIfTooLong(problems, "duesStatus", m.duesStatus(), MeetingLimits.DUES);
    }

    /**
     * Consistency: what a draft may contradict for a while (shown next to its field as it is typed) but must not
     * when it is finalized: a date more than a year ahead, an end not after the start, a chair, minute-taker or
     * member called who is not on the roster that day, a task due before the meeting.
     */
    public static List<Problem> checkConsistency(Meeting m, Map<UUID, Member> members, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (m.date().isAfter(today.plusYears(1))) {
            problems.add(Problem.of("date", "meeting.error.dateTooFar"));
        }
        if (m.startTime() != null && m.endTime() != null && !m.endTime().isAfter(m.startTime())) {
            problems.add(Problem.of("endTime", "meeting.error.endBeforeStart"));
        }
        if (m.chairId() != null && !onRoster(members.get(m.chairId()), m.date())) {
            problems.add(Problem.of("chairId", "meeting.error.notOnRoster"));
        }
        if (m.minuteTakerId() != null && !onRoster(members.get(m.minuteTakerId()), m.date())) {
            problems.add(Problem.of("minuteTakerId", "meeting.error.notOnRoster"));
        }
        for (Meeting.RollCallEntry r : m.rollCall()) {
            if (!onRoster(members.get(r.memberId()), m.date())) {
                problems.add(Problem.of("rollCall", "meeting.error.rollCallNotOnRoster"));
                break;
            }
        }
        for (Meeting.TaskAssignment t : m.tasks()) {
            if (t.deadline() != null && t.deadline().isBefore(m.date())) {
                problems.add(Problem.of("tasks", "meeting.error.taskDeadline"));
            }
        }
        return problems;
    }

    /** Completeness: what the minutes need before they can be finalized and numbered. */
    public static List<Problem> checkForFinalize(Meeting m, Map<UUID, Member> members, LocalDate today,
            SelfScoreSheet sheet) {
        List<Problem> problems = new ArrayList<>(checkDraft(m, members, today));
        problems.addAll(checkConsistency(m, members, today));
        if (m.date().isAfter(today)) {
            problems.add(Problem.of("date", "meeting.error.finalizeFuture"));
        }
        if (m.kind().hasTopic() && Text.isBlank(m.topic())) {
            problems.add(Problem.of("topic", "meeting.error.topicRequired"));
        }
        if (m.startTime() == null || m.endTime() == null) {
            problems.add(Problem.of("startTime", "meeting.error.timesRequired"));
        }
        if (Text.isBlank(m.place())) {
            problems.add(Problem.of("place", "meeting.error.placeRequired"));
        }
        if (m.chairId() == null) {
            problems.add(Problem.of("chairId", "meeting.error.chairRequired"));
        }
        if (m.minuteTakerId() == null) {
            problems.add(Problem.of("minuteTakerId", "meeting.error.minuteTakerRequired"));
        }
        Set<UUID> marked = m.rollCall().stream().map(Meeting.RollCallEntry::memberId).collect(Collectors.toSet());
        long unmarked = members.values().stream()
                .filter(x -> x.statusOn(m.date()) == MemberStatus.OFFICIAL
                        || x.statusOn(m.date()) == MemberStatus.PROBATIONARY)
                .filter(x -> !marked.contains(x.id()))
                .count();
        if (unmarked > 0) {
            problems.add(Problem.of("rollCall", "meeting.error.rollCallIncomplete", unmarked));
        }
        AttendanceCounts counts = AttendanceCounts.of(members.values(), attendanceMap(m), m.date());
        for (Meeting.Vote v : m.votes()) {
            for (Problem p : v.tally().check(counts.eligibleVoters())) {
                problems.add(new Problem("votes", p.messageKey(), p.args()));
            }
        }
        problems.addAll(sheet.check(m.selfScores()));
        return problems;
    }

    public static Map<UUID, Attendance> attendanceMap(Meeting m) {
        return m.rollCall().stream().collect(Collectors.toMap(Meeting.RollCallEntry::memberId,
                Meeting.RollCallEntry::attendance));
    }

    /**
     * What the secretary should be warned about, without being stopped: a meeting shorter than the minimum
     * for its kind, a low attendance rate, and a quarter with no thematic meeting yet.
     *
     * @param all every meeting of the cell (the quarter's thematic meetings are looked for among them)
     */
    public static List<Problem> warnings(Meeting m, AttendanceCounts counts, java.util.Collection<Meeting> all,
            MeetingStandards standards) {
        LocalDate from = quarterStart(m.date());
        LocalDate to = from.plusMonths(3).minusDays(1);
        return warnings(m, counts, all.stream().anyMatch(x -> x.kind().hasTopic() && !x.date().isBefore(from)
                && !x.date().isAfter(to)), standards);
    }

    /**
     * The same warnings, told whether the quarter of the meeting already has a meeting with a topic (thematic or
     * combined), so that the caller can ask the store for just that.
     */
    public static List<Problem> warnings(Meeting m, AttendanceCounts counts, boolean thematicInQuarter,
            MeetingStandards standards) {
        List<Problem> warnings = new ArrayList<>();
        if (isShorterThan(m, standards.minRegularMinutes(), standards.minCombinedMinutes())) {
            warnings.add(Problem.of("endTime", "meeting.warning.tooShort",
                    m.kind() == MeetingKind.COMBINED ? standards.minCombinedMinutes() : standards.minRegularMinutes(),
                    Duration.between(m.startTime(), m.endTime()).toMinutes()));
        }
        if (counts.expected() > 0 && counts.attendanceRatePercent() < standards.lowAttendancePercent()) {
            warnings.add(Problem.of("rollCall", "meeting.warning.lowAttendance",
                    Math.round(counts.attendanceRatePercent()), standards.lowAttendancePercent()));
        }
        if (m.kind() == MeetingKind.REGULAR && !thematicInQuarter) {
            warnings.add(Problem.of("kind", "meeting.warning.noThematicThisQuarter", quarter(m.date()),
                    m.date().getYear()));
        }
        return warnings;
    }

    /** The first day of the calendar quarter of a day. */
    public static LocalDate quarterStart(LocalDate day) {
        return LocalDate.of(day.getYear(), (quarter(day) - 1) * 3 + 1, 1);
    }

    private static int quarter(LocalDate day) {
        return (day.getMonthValue() - 1) / 3 + 1;
    }

    /** Minutes shorter than the minimum for their kind (90 minutes, 120 for a combined meeting by default). */
    public static boolean isShorterThan(Meeting m, int regularMinutes, int combinedMinutes) {
        if (m.startTime() == null || m.endTime() == null || !m.endTime().isAfter(m.startTime())) {
            return false;
        }
        long minutes = Duration.between(m.startTime(), m.endTime()).toMinutes();
        return minutes < (m.kind() == MeetingKind.COMBINED ? combinedMinutes : regularMinutes);
    }

    private static boolean onRoster(Member m, LocalDate day) {
        return m != null && m.statusOn(day).isOnRoster();
    }
}
