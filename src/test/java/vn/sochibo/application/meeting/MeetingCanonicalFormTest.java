package vn.sochibo.application.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.sochibo.domain.meeting.Attendance;
import vn.sochibo.domain.meeting.Correction;
import vn.sochibo.domain.meeting.Meeting;
import vn.sochibo.domain.meeting.MeetingKind;
import vn.sochibo.domain.meeting.VoteSubject;
import vn.sochibo.domain.meeting.VoteTally;

/**
 * The canonical forms that stored hashes rest on. The expected hash was computed by the code before the dues
 * line existed (and equals what it computes now); if one of these tests fails,
 * a change would invalidate every finalized record's hash. Add a new form instead (see MeetingCanonicalForm).
 */
class MeetingCanonicalFormTest {
    private static final UUID MEETING = UUID.fromString("01900000-0000-7000-8000-000000000001");
    private static final UUID MEMBER = UUID.fromString("01900000-0000-7000-8000-000000000002");
    private static final UUID PART = UUID.fromString("01900000-0000-7000-8000-000000000003");

    private static Meeting meeting(String dues) {
        return new Meeting(MEETING, MeetingKind.REGULAR, null, LocalDate.of(2026, 11, 3), LocalTime.of(14, 0),
                LocalTime.of(16, 0), "Nhà văn hóa | thôn", MEMBER, MEMBER,
                List.of(new Meeting.Guest(UUID.fromString("01900000-0000-7000-8000-000000000004"), "Lê Văn Tư", null)),
                List.of(new Meeting.RollCallEntry(MEMBER, Attendance.PRESENT, null)),
                List.of(new Meeting.AgendaPart(PART, "Thảo luận", "dòng 1\ndòng 2")),
                List.of(new Meeting.Contribution(UUID.fromString("01900000-0000-7000-8000-000000000005"), PART, MEMBER,
                        null, "Nhất trí.")),
                List.of(new Meeting.Vote(UUID.fromString("01900000-0000-7000-8000-000000000006"), "Thông qua",
                        VoteSubject.RESOLUTION, false, new VoteTally(1, 0, 0))),
                List.of(), List.of(), "Kết luận", Map.of("time", 5, "closing", 4), dues, null);
    }

    @Test
    void aMeetingWithoutADuesLineHashesAsBeforeTheLineExisted() {
        Meeting m = meeting(null);
        assertThat(MeetingCanonicalForm.canonical(m)).doesNotContain("dues:").startsWith("form: meeting/1\n")
                .contains("Nhà văn hóa \\| thôn", "dòng 1\\ndòng 2");
        assertThat(MeetingCanonicalForm.chainedHash(m, null))
                .isEqualTo("70e4480f3e81ca1a3861d0faa7825bbc3955627d54d5e77fe907d5e4e73a9199");
    }

    @Test
    void theDuesLineIsPartOfTheContentWhenPresent() {
        String without = MeetingCanonicalForm.chainedHash(meeting(null), null);
        String with = MeetingCanonicalForm.chainedHash(meeting("Đã thu đủ đảng phí tháng 10/2026."), null);
        assertThat(with).isNotEqualTo(without);
        assertThat(MeetingCanonicalForm.canonical(meeting("Đã thu đủ."))).endsWith("dues: Đã thu đủ.\n");
    }

    @Test
    void anAddendumHashesItsPrintedContentNotWhenItWasTypedIn() {
        Correction c = new Correction(UUID.fromString("01900000-0000-7000-8000-000000000007"), MEETING,
                Correction.CorrectedDocument.MINUTES, 1, LocalDate.of(2026, 11, 20), "Ghi nhầm",
                List.of(new Correction.Item("Mục I", null, "Bổ sung")), Instant.parse("2026-11-20T02:00:00Z"), null,
                "abc");
        Correction later = new Correction(c.id(), c.meetingId(), c.document(), c.number(), c.date(), c.reason(),
                c.items(), Instant.parse("2026-11-21T02:00:00Z"), null, "abc");
        assertThat(MeetingCanonicalForm.chainedHash(later, "abc")).isEqualTo(MeetingCanonicalForm.chainedHash(c, "abc"));
        assertThat(MeetingCanonicalForm.canonical(c)).isEqualTo("form: correction/1\n"
                + "correction: 01900000-0000-7000-8000-000000000007|01900000-0000-7000-8000-000000000001|MINUTES|1|"
                + "2026-11-20|Ghi nhầm\nitem: Mục I|\\0|Bổ sung\n");
    }
}
