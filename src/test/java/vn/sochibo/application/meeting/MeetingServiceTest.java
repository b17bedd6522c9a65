package vn.sochibo.application.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.app.Services;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.domain.common.Ids;
import vn.sochibo.domain.common.ValidationException;
import vn.sochibo.domain.meeting.Attendance;
import vn.sochibo.domain.meeting.Meeting;
import vn.sochibo.domain.meeting.MeetingKind;
import vn.sochibo.domain.meeting.SelfScoreSheet;
import vn.sochibo.domain.meeting.VoteSubject;
import vn.sochibo.domain.meeting.VoteTally;
import vn.sochibo.domain.member.Member;
import vn.sochibo.domain.member.MemberStatus;

class MeetingServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    @TempDir
    Path temp;

    /** A complete regular meeting of the demo cell: everyone expected present but one absent with reason. */
    private static Meeting completeMeeting(AppServices s, LocalDate date) {
        List<Member> roster = s.members().all();
        Member chair = roster.stream().filter(m -> m.fullName().equals("Lê Văn Thành")).findFirst().orElseThrow();
        Member taker = roster.stream().filter(m -> m.fullName().equals("Phạm Thị Lan")).findFirst().orElseThrow();
        List<Meeting.RollCallEntry> rollCall = new ArrayList<>();
        Member absent = null;
        for (Member m : roster) {
            MemberStatus status = m.statusOn(date);
            if (status == MemberStatus.OFFICIAL || status == MemberStatus.PROBATIONARY) {
                if (absent == null && status == MemberStatus.OFFICIAL && m != chair && m != taker) {
                    absent = m;
                    rollCall.add(new Meeting.RollCallEntry(m.id(), Attendance.ABSENT_WITH_REASON, "Đi công tác"));
                } else {
                    rollCall.add(new Meeting.RollCallEntry(m.id(), Attendance.PRESENT, null));
                }
            }
        }
        Meeting draft = new Meeting(Ids.newId(), MeetingKind.REGULAR, null, date, LocalTime.of(14, 0),
                LocalTime.of(16, 0), "Hội trường thôn", chair.id(), taker.id(), List.of(), rollCall, List.of(),
                List.of(), List.of(), List.of(), List.of(), "Chi bộ thống nhất.", Map.of("time", 5), null);
        int voters = s.meetings().counts(draft).eligibleVoters();
        return new Meeting(draft.id(), draft.kind(), null, date, draft.startTime(), draft.endTime(), draft.place(),
                draft.chairId(), draft.minuteTakerId(), List.of(), rollCall, List.of(), List.of(),
                List.of(new Meeting.Vote(Ids.newId(), "Thông qua nghị quyết", VoteSubject.RESOLUTION, false,
                        new VoteTally(voters - 1, 0, 1))),
                List.of(), List.of(), draft.conclusion(), draft.selfScores(), null);
    }

    @Test
    void finalizingNumbersTheMinutesAndChainsTheirHashes() {
        try (AppServices s = Services.open(temp, CLOCK)) {
            s.demo().create();
            // The demo cell already holds two years of finalized meetings: the new ones continue its series.
            List<Meeting> before = Meeting.finalizedInChainOrder(s.meetings().all());
            Meeting last = before.get(before.size() - 1);
            LocalDate termStart = s.cell().profile().orElseThrow().termStart();
            int lastNumberInTerm = before.stream().filter(m -> !m.date().isBefore(termStart))
                    .mapToInt(m -> m.finalization().minutesNumber()).max().orElseThrow();
            Meeting october = s.meetings().saveDraft(completeMeeting(s, LocalDate.of(2026, 10, 5)));
            Meeting november = s.meetings().saveDraft(completeMeeting(s, LocalDate.of(2026, 11, 5)));

            Meeting first = s.meetings().finalize(october.id(), SelfScoreSheet.standard());
            Meeting second = s.meetings().finalize(november.id(), SelfScoreSheet.standard());

            assertThat(first.finalization().minutesNumber()).isEqualTo(lastNumberInTerm + 1);
            assertThat(second.finalization().minutesNumber()).isEqualTo(lastNumberInTerm + 2);
            assertThat(second.finalization().resolutionNumber()).isEqualTo(first.finalization().resolutionNumber() + 1);
            assertThat(first.finalization().previousHash()).isEqualTo(last.finalization().contentHash());
            assertThat(second.finalization().previousHash()).isEqualTo(first.finalization().contentHash());
            assertThat(second.finalization().contentHash()).matches("[0-9a-f]{64}");
            assertThat(s.meetings().verify()).isEmpty();
            assertThatThrownBy(() -> s.meetings().saveDraft(november)).isInstanceOf(ValidationException.class);
        }
    }

    @Test
    void aDraftKeepsItsGuestsAndTheOrderOfItsPartsAndRefusesAGuestOrAPartWithoutAName() {
        try (AppServices s = Services.open(temp, CLOCK)) {
            s.demo().create();
            Meeting full = completeMeeting(s, LocalDate.of(2026, 11, 3));
            Meeting.Guest guest = new Meeting.Guest(Ids.newId(), "Hoàng Thị Thu", "Đảng ủy viên");
            Meeting.AgendaPart second = new Meeting.AgendaPart(Ids.newId(), "Thảo luận", null);
            Meeting.AgendaPart first = new Meeting.AgendaPart(Ids.newId(), "Thông tin thời sự", "Tin trong tuần.");
            Meeting draft = new Meeting(full.id(), full.kind(), null, full.date(), null, null, null, null, null,
                    List.of(guest), List.of(), List.of(second, first),
                    List.of(new Meeting.Contribution(Ids.newId(), second.id(), null, guest.id(), "Nhất trí.")),
                    List.of(), List.of(), List.of(), null, Map.of(), null);
            s.meetings().saveDraft(draft);
            assertThat(s.meetings().find(draft.id()).orElseThrow()).isEqualTo(draft);

            Meeting unnamed = new Meeting(full.id(), full.kind(), null, full.date(), null, null, null, null, null,
                    List.of(new Meeting.Guest(guest.id(), " ", null)), List.of(),
                    List.of(new Meeting.AgendaPart(first.id(), "", null)), List.of(), List.of(), List.of(), List.of(),
                    null, Map.of(), null);
            assertThatThrownBy(() -> s.meetings().saveDraft(unnamed))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                            .extracting(p -> p.messageKey())
                            .containsExactlyInAnyOrder("meeting.error.guestName", "meeting.error.partTitle"));
            assertThat(s.meetings().find(draft.id()).orElseThrow()).isEqualTo(draft);
        }
    }

    @Test
    void anIncompleteMeetingIsNotFinalized() {
        try (AppServices s = Services.open(temp, CLOCK)) {
            s.demo().create();
            Meeting full = completeMeeting(s, LocalDate.of(2026, 11, 3));
            Meeting missing = new Meeting(full.id(), MeetingKind.THEMATIC, " ", full.date(), full.startTime(), null,
                    full.place(), null, full.minuteTakerId(), List.of(), full.rollCall().subList(0, 3), List.of(),
                    List.of(), full.votes(), List.of(), List.of(), null, Map.of("time", 9), null);
            s.meetings().saveDraft(missing);

            assertThatThrownBy(() -> s.meetings().finalize(missing.id(), SelfScoreSheet.standard()))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                            .extracting(p -> p.messageKey())
                            .contains("meeting.error.topicRequired", "meeting.error.timesRequired",
                                    "meeting.error.chairRequired", "meeting.error.rollCallIncomplete",
                                    "vote.error.doesNotAddUp", "meeting.error.scoreRange"));
            assertThat(s.meetings().find(missing.id()).orElseThrow().isFinalized()).isFalse();
        }
    }

    @Test
    void anEditBehindTheAppsBackIsDetected() throws Exception {
        Meeting finalized;
        try (AppServices s = Services.open(temp, CLOCK)) {
            s.demo().create();
            Meeting m = s.meetings().saveDraft(completeMeeting(s, LocalDate.of(2026, 11, 3)));
            finalized = s.meetings().finalize(m.id(), SelfScoreSheet.standard());
        }
        // Someone opens the database file with another tool, removes the guard and changes the minutes.
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + temp.resolve("sochibo"), "sa", "");
                Statement st = c.createStatement()) {
            st.execute("DROP TRIGGER tr_meeting_vote_finalized");
            st.executeUpdate("UPDATE meeting_vote SET in_favour = in_favour + 1, other = other - 1 WHERE meeting_id = '"
                    + finalized.id() + "'");
        }
        try (AppServices s = Services.open(temp, CLOCK)) {
            assertThat(s.meetings().verify()).singleElement().satisfies(f -> {
                assertThat(f.meetingId()).isEqualTo(finalized.id());
                assertThat(f.kind()).isEqualTo(MeetingService.TamperFinding.Kind.CONTENT_CHANGED);
            });
        }
    }
}
