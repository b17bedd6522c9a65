package vn.sochibo.domain.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.sochibo.domain.common.Ids;
import vn.sochibo.domain.common.ValidationException;
import vn.sochibo.domain.member.Gender;
import vn.sochibo.domain.member.Member;
import vn.sochibo.domain.member.StatusEvent;
import vn.sochibo.domain.member.StatusEventType;

class AttendanceAndVoteTest {
    private static final LocalDate MEETING = LocalDate.of(2026, 11, 3);
    private final List<Member> members = new ArrayList<>();
    private final Map<UUID, Attendance> marks = new HashMap<>();

    private Member add(boolean official, Attendance mark, StatusEventType... events) {
        LocalDate admitted = official ? LocalDate.of(2010, 1, 1) : LocalDate.of(2026, 5, 1);
        List<StatusEvent> history = new ArrayList<>();
        for (StatusEventType type : events) {
            history.add(new StatusEvent(Ids.newId(), type, LocalDate.of(2026, 1, 1), null));
        }
        Member m = new Member(Ids.newId(), "Đảng viên " + members.size(), Gender.MALE, null, null, null, admitted,
                official ? admitted.plusYears(1) : null, null, null, null, history);
        members.add(m);
        if (mark != null) {
            marks.put(m.id(), mark);
        }
        return m;
    }

    private AttendanceCounts counts() {
        return AttendanceCounts.of(members, marks, MEETING);
    }

    @Test
    void baseLeavesOutAttachedElsewhereAndAbsentExemptButKeepsExemptWhoCome() {
        for (int i = 0; i < 8; i++) {
            add(true, Attendance.PRESENT);
        }
        add(true, Attendance.LATE);
        add(true, Attendance.ABSENT_WITH_REASON);
        add(true, null);
        add(false, Attendance.PRESENT);
        add(false, Attendance.ABSENT_WITH_REASON);
        add(true, null, StatusEventType.TEMPORARY_ATTACHMENT_STARTED);
        add(true, Attendance.PRESENT, StatusEventType.EXEMPTION_STARTED);
        add(true, null, StatusEventType.EXEMPTION_STARTED);
        add(true, null, StatusEventType.TRANSFERRED_OUT);

        AttendanceCounts c = counts();

        assertThat(c.onRoster()).isEqualTo(16);
        assertThat(c.official()).isEqualTo(14);
        assertThat(c.probationary()).isEqualTo(2);
        assertThat(c.exempt()).isEqualTo(2);
        assertThat(c.attachedElsewhere()).isEqualTo(1);
        assertThat(c.expected()).isEqualTo(13);
        assertThat(c.present()).isEqualTo(11);
        assertThat(c.absentWithReason()).isEqualTo(2);
        assertThat(c.absentWithoutReason()).isEqualTo(1);
        // 14 official - 1 attached elsewhere - 1 exempt absent = 12.
        assertThat(c.base()).isEqualTo(12);
        // 9 official present + 1 exempt official who came; the probationary member present does not vote.
        assertThat(c.eligibleVoters()).isEqualTo(10);
        assertThat(c.attendanceRatePercent()).isEqualTo(100.0 * 10 / 13);
    }

    @Test
    void majorityOfBaseIsStrictAndTwoThirdsIsInclusive() {
        assertThat(VoteThreshold.MAJORITY_OF_BASE.isMet(6, 12)).isFalse();
        assertThat(VoteThreshold.MAJORITY_OF_BASE.isMet(7, 12)).isTrue();
        assertThat(VoteThreshold.TWO_THIRDS_OF_BASE.isMet(8, 12)).isTrue();
        assertThat(VoteThreshold.TWO_THIRDS_OF_BASE.isMet(7, 12)).isFalse();
        assertThat(VoteThreshold.TWO_THIRDS_OF_BASE.isMet(10, 14)).isTrue();
        assertThat(VoteThreshold.TWO_THIRDS_OF_BASE.isMet(9, 14)).isFalse();
    }

    @Test
    void voteIsDecidedAgainstTheBaseNotThoseWhoCame() {
        for (int i = 0; i < 6; i++) {
            add(true, Attendance.PRESENT);
        }
        for (int i = 0; i < 4; i++) {
            add(true, Attendance.ABSENT_WITH_REASON);
        }
        // 6 present of a base of 10: all 6 in favour is more than half the base.
        VoteOutcome unanimous = VoteOutcome.decide(new VoteTally(6, 0, 0), counts(), VoteThreshold.MAJORITY_OF_BASE);
        assertThat(unanimous.passed()).isTrue();
        assertThat(unanimous.percentInFavour()).isEqualTo(100.0);

        // 5 of 10 is not more than half, although it is most of those present.
        VoteOutcome five = VoteOutcome.decide(new VoteTally(5, 1, 0), counts(), VoteThreshold.MAJORITY_OF_BASE);
        assertThat(five.passed()).isFalse();
        VoteOutcome ofPresent = VoteOutcome.decide(new VoteTally(5, 1, 0), counts(),
                new VoteThreshold(1, 2, true, VoteThreshold.Reference.PRESENT));
        assertThat(ofPresent.passed()).isTrue();
    }

    @Test
    void probationaryMembersNeverCountAsVoters() {
        add(true, Attendance.PRESENT);
        add(true, Attendance.PRESENT);
        add(false, Attendance.PRESENT);

        assertThatThrownBy(() -> VoteOutcome.decide(new VoteTally(3, 0, 0), counts(), VoteThreshold.MAJORITY_OF_BASE))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems().get(0).messageKey())
                        .isEqualTo("vote.error.doesNotAddUp"));
        assertThat(VoteOutcome.decide(new VoteTally(2, 0, 0), counts(), VoteThreshold.MAJORITY_OF_BASE).passed())
                .isTrue();
    }

    @Test
    void negativeCountsAreRefused() {
        assertThat(new VoteTally(3, -1, 0).check(2)).extracting(p -> p.messageKey()).containsExactly("vote.error.negative");
    }
}
