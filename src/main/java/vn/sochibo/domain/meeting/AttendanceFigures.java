package vn.sochibo.domain.meeting;

import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;
import vn.sochibo.domain.member.Member;
import vn.sochibo.domain.member.MemberStatus;

/**
 * How often one member attended the cell's meetings between two days (both included): the one count the annual
 * review's prefilled facts, the statistics and the member's dossier share.
 *
 * <p>A meeting counts for the member when, on its day, the member is an official or probationary member of the
 * cell (neither exempt, nor attached elsewhere, nor off the roster); the member attended when the roll call marks
 * them present (late and leaving early included). An absence is "with reason" only when so marked; an unmarked
 * member counts as absent without reason, as in the minutes.
 *
 * @param memberId            the member
 * @param expected            meetings the member was called to
 * @param present             of those, meetings attended
 * @param absentWithReason    of those, absences with a reason
 * @param absentWithoutReason of those, absences without a reason (unmarked included)
 */
public record AttendanceFigures(UUID memberId, int expected, int present, int absentWithReason,
        int absentWithoutReason) {

    /** Counts the member's attendance over the meetings dated from {@code from} to {@code to}. */
    public static AttendanceFigures of(Member member, Collection<Meeting> meetings, LocalDate from, LocalDate to) {
        int expected = 0;
        int present = 0;
        int withReason = 0;
        for (Meeting meeting : meetings) {
            if (meeting.date().isBefore(from) || meeting.date().isAfter(to)) {
                continue;
            }
            MemberStatus status = member.statusOn(meeting.date());
            if (status != MemberStatus.OFFICIAL && status != MemberStatus.PROBATIONARY) {
                continue;
            }
            expected++;
            Attendance mark = meeting.rollCall().stream().filter(r -> r.memberId().equals(member.id()))
                    .map(Meeting.RollCallEntry::attendance).filter(java.util.Objects::nonNull).findFirst()
                    .orElse(null);
            if (mark != null && mark.isPresent()) {
                present++;
            } else if (mark == Attendance.ABSENT_WITH_REASON) {
                withReason++;
            }
        }
        return new AttendanceFigures(member.id(), expected, present, withReason, expected - present - withReason);
    }

    /** Present of expected, in percent; 0 when the member was called to no meeting. */
    public double ratePercent() {
        return expected == 0 ? 0 : 100.0 * present / expected;
    }
}
