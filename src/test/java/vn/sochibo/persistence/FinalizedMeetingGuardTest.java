package vn.sochibo.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.application.common.StoreException;
import vn.sochibo.domain.common.Ids;
import vn.sochibo.domain.meeting.Attendance;
import vn.sochibo.domain.meeting.Meeting;
import vn.sochibo.domain.meeting.MeetingKind;
import vn.sochibo.domain.meeting.VoteSubject;
import vn.sochibo.domain.meeting.VoteTally;
import vn.sochibo.domain.member.Gender;
import vn.sochibo.domain.member.Member;

/** A finalized meeting cannot be changed through the repository nor by SQL issued behind the app's back. */
class FinalizedMeetingGuardTest {
    @TempDir
    Path temp;
    Database db;
    JdbcMeetingRepository meetings;
    Member chair;
    Member taker;

    @BeforeEach
    void open() {
        db = Database.open(temp);
        meetings = db.meetingRepository();
        var members = db.memberRepository();
        chair = new Member(Ids.newId(), "Lê Văn Thành", Gender.MALE, null, null, null, LocalDate.of(1995, 5, 19),
                LocalDate.of(1996, 5, 19), null, null, null, List.of());
        taker = new Member(Ids.newId(), "Phạm Thị Lan", Gender.FEMALE, null, null, null, LocalDate.of(2010, 11, 20),
                LocalDate.of(2011, 11, 20), null, null, null, List.of());
        db.transactions().run(() -> {
            members.save(chair);
            members.save(taker);
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Meeting meeting() {
        UUID part = Ids.newId();
        UUID guest = Ids.newId();
        return new Meeting(Ids.newId(), MeetingKind.REGULAR, null, LocalDate.of(2026, 11, 3), LocalTime.of(14, 0),
                LocalTime.of(16, 10), "Hội trường thôn", chair.id(), taker.id(),
                List.of(new Meeting.Guest(guest, "Nguyễn Văn Khách", "Đảng ủy viên")),
                List.of(new Meeting.RollCallEntry(chair.id(), Attendance.PRESENT, null),
                        new Meeting.RollCallEntry(taker.id(), Attendance.LATE, null)),
                List.of(new Meeting.AgendaPart(part, "Thông tin thời sự", "Tình hình trong nước")),
                List.of(new Meeting.Contribution(Ids.newId(), part, taker.id(), null, "Đồng ý với báo cáo."),
                        new Meeting.Contribution(Ids.newId(), part, null, guest, "Ghi nhận ý kiến.")),
                List.of(new Meeting.Vote(Ids.newId(), "Thông qua nghị quyết tháng 11", VoteSubject.RESOLUTION, false,
                        new VoteTally(2, 0, 0))),
                List.of(new Meeting.TaskAssignment(Ids.newId(), "Vận động đóng đảng phí", List.of(taker.id(), chair.id()),
                        LocalDate.of(2026, 11, 30))),
                List.of(), "Chi bộ thống nhất.", Map.of("time", 5, "conduct", 28), null);
    }

    @Test
    void aDraftRoundTripsWhole() {
        Meeting m = meeting();
        db.transactions().run(() -> meetings.save(m));
        assertThat(db.transactions().inTransaction(() -> meetings.findById(m.id()))).contains(m);
    }

    @Test
    void aFinalizedMeetingRejectsEveryChange() {
        Meeting m = meeting();
        db.transactions().run(() -> meetings.save(m));
        Meeting.Finalization f = new Meeting.Finalization(5, 5, Instant.parse("2026-11-03T09:10:00Z"), "ab".repeat(32), null);
        db.transactions().run(() -> meetings.finalize(m.id(), f));

        Meeting edited = new Meeting(m.id(), m.kind(), m.topic(), m.date(), m.startTime(), m.endTime(), "Nơi khác",
                m.chairId(), m.minuteTakerId(), m.guests(), m.rollCall(), m.agenda(), m.contributions(), m.votes(),
                m.tasks(), m.followUps(), m.conclusion(), m.selfScores(), null);
        assertFinalizedRefusal(() -> db.transactions().run(() -> meetings.save(edited)));
        assertFinalizedRefusal(() -> db.transactions().run(() -> meetings.delete(m.id())));
        assertFinalizedRefusal(() -> db.transactions().run(() -> meetings.finalize(m.id(), f)));

        // Behind the app's back: plain SQL on every table that holds part of the meeting.
        for (String sql : List.of(
                "UPDATE meeting SET place = 'x'",
                "UPDATE meeting SET finalized = FALSE",
                "DELETE FROM meeting",
                "UPDATE meeting_contribution SET body = 'x'",
                "DELETE FROM meeting_contribution",
                "INSERT INTO meeting_contribution (id, meeting_id, sort_order, body) VALUES (RANDOM_UUID(), '"
                        + m.id() + "', 9, 'x')",
                "UPDATE meeting_guest SET name = 'x'",
                "UPDATE meeting_roll_call SET attendance = 'ABSENT_WITHOUT_REASON'",
                "UPDATE meeting_agenda_part SET body = 'x'",
                "UPDATE meeting_vote SET in_favour = 1",
                "UPDATE meeting_task SET description = 'x'",
                "DELETE FROM meeting_task_assignee",
                "UPDATE meeting_self_score SET points = 0")) {
            assertFinalizedRefusal(() -> db.transactions().run(() -> Jdbc.call(() -> {
                try (Statement s = db.jdbcTransactions().connection().createStatement()) {
                    return s.executeUpdate(sql);
                }
            })));
        }
        Meeting stored = db.transactions().inTransaction(() -> meetings.findById(m.id())).orElseThrow();
        assertThat(stored.place()).isEqualTo("Hội trường thôn");
        assertThat(stored.finalization()).isEqualTo(f);
        assertThat(stored.contributions()).isEqualTo(m.contributions());
    }

    private static void assertFinalizedRefusal(Runnable change) {
        assertThatThrownBy(change::run).satisfies(e -> {
            Throwable t = e;
            boolean refused = false;
            while (t != null) {
                refused |= t instanceof java.sql.SQLException s && FinalizedMeetingGuard.SQL_STATE.equals(s.getSQLState())
                        || t instanceof StoreException s2 && s2.messageKey().equals("meeting.error.finalized")
                        || String.valueOf(t.getMessage()).contains("Finalized meeting records cannot be changed");
                t = t.getCause();
            }
            assertThat(refused).as("refused as finalized: " + e).isTrue();
        });
    }
}
