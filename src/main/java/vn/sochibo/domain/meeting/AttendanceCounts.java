package vn.sochibo.domain.meeting;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import vn.sochibo.domain.member.Member;
import vn.sochibo.domain.member.MemberStatus;

/**
 * The totals a meeting's minutes print (domain.md §3), computed from the roster as of the meeting date and
 * the roll call.
 *
 * <p>The base ("tổng số đảng viên phải triệu tập" for quorum and votes) is the official members, minus those
 * temporarily attached elsewhere, minus exempt members who are absent: an exempt member who attends counts
 * and votes. Probationary members attend but never vote.
 *
 * @param onRoster          every member on the cell's roster that day
 * @param official          official members, including the exempt and those attached elsewhere
 * @param probationary      probationary members
 * @param exempt            exempt from duties and meetings
 * @param attachedElsewhere temporarily attached to another cell
 * @param expected          members called to attend: everyone on the roster but the exempt and those attached
 *                          elsewhere
 * @param present           members present (late and leaving early included), exempt ones who came included
 * @param absentWithReason  expected members absent with a reason
 * @param absentWithoutReason expected members absent without a reason (unmarked counts here)
 * @param base              official members minus those attached elsewhere minus exempt members absent
 * @param eligibleVoters    official members present (probationary members never vote)
 */
public record AttendanceCounts(
        int onRoster,
        int official,
        int probationary,
        int exempt,
        int attachedElsewhere,
        int expected,
        int present,
        int absentWithReason,
        int absentWithoutReason,
        int base,
        int eligibleVoters) {

    /**
     * @param members every member (any status); those not on the roster that day are ignored
     * @param marks   the roll call by member id; an expected member with no mark counts as absent without reason
     */
    public static AttendanceCounts of(Collection<Member> members, Map<UUID, Attendance> marks, LocalDate day) {
        int onRoster = 0;
        int official = 0;
        int probationary = 0;
        int exempt = 0;
        int attachedElsewhere = 0;
        int expected = 0;
        int present = 0;
        int absentWithReason = 0;
        int absentWithoutReason = 0;
        int base = 0;
        int eligible = 0;
        for (Member m : members) {
            MemberStatus status = m.statusOn(day);
            if (!status.isOnRoster()) {
                continue;
            }
            onRoster++;
            boolean isOfficial = m.isOfficialOn(day);
            if (isOfficial) {
                official++;
            } else {
                probationary++;
            }
            Attendance mark = marks.get(m.id());
            boolean isPresent = mark != null && mark.isPresent();
            switch (status) {
                case TEMPORARILY_ATTACHED_ELSEWHERE -> attachedElsewhere++;
                case EXEMPT -> {
                    exempt++;
                    if (isPresent) {
                        present++;
                        if (isOfficial) {
                            base++;
                            eligible++;
                        }
                    }
                }
                default -> {
                    expected++;
                    if (isOfficial) {
                        base++;
                    }
                    if (isPresent) {
                        present++;
                        if (isOfficial) {
                            eligible++;
                        }
                    } else if (mark == Attendance.ABSENT_WITH_REASON) {
                        absentWithReason++;
                    } else {
                        absentWithoutReason++;
                    }
                }
            }
        }
        return new AttendanceCounts(onRoster, official, probationary, exempt, attachedElsewhere, expected, present,
                absentWithReason, absentWithoutReason, base, eligible);
    }

    /** Present among those called, in percent (0 when nobody was called). */
    public double attendanceRatePercent() {
        int called = expected;
        if (called == 0) {
            return 0;
        }
        int presentCalled = called - absentWithReason - absentWithoutReason;
        return 100.0 * presentCalled / called;
    }
}
