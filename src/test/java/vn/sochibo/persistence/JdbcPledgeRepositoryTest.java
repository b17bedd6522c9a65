package vn.sochibo.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.application.common.StoreException;
import vn.sochibo.domain.common.Ids;
import vn.sochibo.domain.meeting.Meeting;
import vn.sochibo.domain.meeting.MeetingKind;
import vn.sochibo.domain.member.Gender;
import vn.sochibo.domain.member.Member;
import vn.sochibo.domain.pledge.FollowUpStatus;
import vn.sochibo.domain.pledge.Pledge;
import vn.sochibo.domain.pledge.PledgeFollowUp;
import vn.sochibo.domain.pledge.PledgeItem;
import vn.sochibo.domain.pledge.PledgeKind;

/** Pledges round-trip through H2; follow-ups at a finalized meeting are locked by the store itself. */
class JdbcPledgeRepositoryTest {
    @TempDir
    Path temp;
    Database db;
    JdbcPledgeRepository pledges;
    Member lan;

    @BeforeEach
    void open() {
        db = Database.open(temp);
        pledges = db.pledgeRepository();
        lan = new Member(Ids.newId(), "Phạm Thị Lan", Gender.FEMALE, null, null, null, LocalDate.of(2010, 11, 20),
                LocalDate.of(2011, 11, 20), null, null, null, List.of());
        db.transactions().run(() -> db.memberRepository().save(lan));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static PledgeItem item(String content, LocalDate deadline) {
        return new PledgeItem(Ids.newId(), PledgeKind.CHUYEN_MON, content, "Mục tiêu", deadline, false);
    }

    @Test
    void aPledgeAndItsFollowUpsRoundTripAndItemsKeepTheirIdsWhenEdited() {
        PledgeItem a = item("Một", LocalDate.of(2026, 3, 31));
        PledgeItem b = new PledgeItem(Ids.newId(), PledgeKind.NEU_GUONG, "Hai", null, LocalDate.of(2026, 12, 31), true);
        Pledge p = new Pledge(Ids.newId(), lan.id(), 2026, LocalDate.of(2026, 1, 10), List.of(a, b));
        Pledge other = new Pledge(Ids.newId(), lan.id(), 2025, null, List.of(item("Cũ", LocalDate.of(2025, 5, 5))));
        PledgeFollowUp f = new PledgeFollowUp(Ids.newId(), p.id(), a.id(), LocalDate.of(2026, 3, 3), "Tiến độ",
                FollowUpStatus.HOAN_THANH, "Minh chứng", null);
        db.transactions().run(() -> {
            pledges.save(p);
            pledges.save(other);
            pledges.saveFollowUp(f);
        });
        db.transactions().run(() -> {
            assertThat(pledges.findById(p.id())).contains(p);
            assertThat(pledges.find(lan.id(), 2026)).contains(p);
            assertThat(pledges.ofYear(2025)).containsExactly(other);
            assertThat(pledges.findAll()).containsExactly(other, p);
            assertThat(pledges.findByItem(b.id())).contains(p);
            assertThat(pledges.followUpsOf(p.id())).containsExactly(f);
            assertThat(pledges.followUpsOfYear(2026)).containsExactly(f);
            assertThat(pledges.followUpsOfYear(2025)).isEmpty();
            assertThat(pledges.findFollowUp(f.id())).contains(f);
        });
        // Reordered, one item changed, one added: the item with a follow-up keeps its id and its follow-up.
        PledgeItem c = item("Ba", LocalDate.of(2026, 6, 6));
        PledgeItem a2 = new PledgeItem(a.id(), a.kind(), "Một (sửa)", null, a.deadline(), false);
        Pledge edited = p.withItems(List.of(b, c, a2));
        db.transactions().run(() -> pledges.save(edited));
        db.transactions().run(() -> {
            assertThat(pledges.findById(p.id())).contains(edited);
            assertThat(pledges.followUpsOf(p.id())).containsExactly(f);
        });
        // The store refuses to remove an item that still has a follow-up, or the pledge, and rolls back.
        assertThatThrownBy(() -> db.transactions().run(() -> pledges.save(p.withItems(List.of(b)))))
                .isInstanceOf(StoreException.class)
                .satisfies(e -> assertThat(((StoreException) e).messageKey()).isEqualTo("pledge.error.hasFollowUps"));
        assertThatThrownBy(() -> db.transactions().run(() -> pledges.delete(p.id())))
                .isInstanceOf(StoreException.class);
        db.transactions().run(() -> assertThat(pledges.findById(p.id())).contains(edited));
        db.transactions().run(() -> {
            pledges.deleteFollowUp(f.id());
            pledges.delete(p.id());
        });
        db.transactions().run(() -> assertThat(pledges.findAll()).containsExactly(other));
    }

    @Test
    void aFollowUpAtAFinalizedMeetingCannotBeChangedEvenBySql() throws Exception {
        PledgeItem a = item("Một", LocalDate.of(2026, 3, 31));
        Pledge p = new Pledge(Ids.newId(), lan.id(), 2026, LocalDate.of(2026, 1, 10), List.of(a));
        Meeting m = new Meeting(Ids.newId(), MeetingKind.REGULAR, null, LocalDate.of(2026, 3, 3), LocalTime.of(14, 0),
                LocalTime.of(16, 0), "Nhà văn hóa", lan.id(), lan.id(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), null, Map.of(), null);
        PledgeFollowUp f = new PledgeFollowUp(Ids.newId(), p.id(), a.id(), m.date(), "Xong",
                FollowUpStatus.HOAN_THANH, null, m.id());
        var meetings = db.meetingRepository();
        db.transactions().run(() -> {
            pledges.save(p);
            meetings.save(m);
            pledges.saveFollowUp(f);
            meetings.finalize(m.id(), new Meeting.Finalization(1, 1, java.time.Instant.parse("2026-03-03T10:00:00Z"),
                    "a".repeat(64), null));
        });
        assertThatThrownBy(() -> db.transactions().run(() -> pledges.deleteFollowUp(f.id())))
                .isInstanceOf(StoreException.class)
                .satisfies(e -> assertThat(((StoreException) e).messageKey()).isEqualTo("pledge.error.followUpLocked"));
        assertThatThrownBy(() -> db.transactions().run(() -> pledges.saveFollowUp(new PledgeFollowUp(f.id(),
                p.id(), a.id(), f.date(), "Khác", FollowUpStatus.CHUA_DAT, null, m.id()))))
                .isInstanceOf(StoreException.class);
        // A new follow-up naming the finalized meeting is refused too.
        assertThatThrownBy(() -> db.transactions().run(() -> pledges.saveFollowUp(new PledgeFollowUp(Ids.newId(),
                p.id(), a.id(), f.date(), "Mới", FollowUpStatus.CHUA_DAT, null, m.id()))))
                .isInstanceOf(StoreException.class);
        assertThatThrownBy(() -> db.transactions().run(() -> {
            try (Statement s = db.jdbcTransactions().connection().createStatement()) {
                s.executeUpdate("UPDATE pledge_follow_up SET progress = 'sửa ngầm'");
            } catch (java.sql.SQLException e) {
                throw new StoreException("store.error.write", e);
            }
        })).isInstanceOf(StoreException.class);
        db.transactions().run(() -> assertThat(pledges.followUpsAtMeeting(m.id())).containsExactly(f));
    }
}
