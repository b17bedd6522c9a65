package vn.sochibo.application.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.app.Services;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.member.MemberInput;
import vn.sochibo.domain.cell.CellProfile;
import vn.sochibo.domain.common.ValidationException;
import vn.sochibo.domain.meeting.Correction;
import vn.sochibo.domain.meeting.Meeting;
import vn.sochibo.domain.meeting.MeetingKind;
import vn.sochibo.domain.member.Gender;
import vn.sochibo.domain.member.Member;
import vn.sochibo.domain.member.StatusEventType;
import vn.sochibo.pdf.PdfBoxPrinter;

/** The audit trail over a real H2 file, wired as the app wires it, with a clock the test moves. */
class AuditTrailTest {
    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String USER = "thuky";

    /** A clock that stands still until the test moves it. */
    static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-11-26T03:00:00.123456789Z");

        @Override
        public ZoneId getZone() {
            return HANOI;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public synchronized Instant instant() {
            return now;
        }

        synchronized void advance(Duration d) {
            now = now.plus(d);
        }
    }

    @TempDir
    Path dir;
    final MovingClock clock = new MovingClock();
    AppServices app;

    @BeforeEach
    void open() {
        app = Services.open(dir, clock, new PdfBoxPrinter(), USER);
    }

    @AfterEach
    void close() {
        if (app != null) {
            app.close();
        }
    }

    private List<AuditEntry> all() {
        List<AuditEntry> newestFirst = new java.util.ArrayList<>(app.audit().list(AuditTrail.Filter.ALL, 0, 10_000)
                .entries());
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }

    private AuditEntry last() {
        return app.audit().list(AuditTrail.Filter.ALL, 0, 1).entries().get(0);
    }

    private int count() {
        return app.audit().list(AuditTrail.Filter.ALL, 0, 0).total();
    }

    private static final List<String> NAMES = List.of("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cúc",
            "Phạm Thị Dung", "Hoàng Văn Em");

    private static MemberInput input(String name, String phone) {
        return new MemberInput(name, Gender.MALE, LocalDate.of(1980, 1, 1), "Hải Lăng", "Nông dân",
                LocalDate.of(2005, 3, 10), LocalDate.of(2006, 3, 10), null, phone, null);
    }

    @Test
    void everyChangeOfAMemberIsRecordedWithTimeUserAndWhatChanged() {
        Member an = app.members().add(input("Nguyễn Văn An", "0912 345 678"));
        AuditEntry created = last();
        assertThat(created.action()).isEqualTo(AuditAction.CREATE);
        assertThat(created.kind()).isEqualTo(AuditKind.MEMBER);
        assertThat(created.entityId()).isEqualTo(an.id().toString());
        assertThat(created.osUser()).isEqualTo(USER);
        assertThat(created.at()).isEqualTo(Instant.parse("2026-11-26T03:00:00.123Z"));
        assertThat(created.summary()).contains("fullName=\"Nguyễn Văn An\"", "admissionDate=2005-03-10",
                "phone=\"0912 345 678\"").doesNotContain("note=");

        clock.advance(Duration.ofMinutes(1));
        app.members().update(an.id(), input("Nguyễn Văn Ân", "0987 000 111"));
        assertThat(last().action()).isEqualTo(AuditAction.UPDATE);
        assertThat(last().summary()).isEqualTo(
                "fullName: \"Nguyễn Văn An\" -> \"Nguyễn Văn Ân\"; phone: \"0912 345 678\" -> \"0987 000 111\"");
        assertThat(last().at()).isEqualTo(Instant.parse("2026-11-26T03:01:00.123Z"));

        int before = count();
        app.members().update(an.id(), input("Nguyễn Văn Ân", "0987 000 111"));
        assertThat(count()).as("saving without a change records nothing").isEqualTo(before);

        Member moved = app.members().addEvent(an.id(), StatusEventType.TRANSFERRED_OUT, LocalDate.of(2026, 11, 1),
                "Chuyển sinh hoạt về xã Hải An");
        var event = moved.history().get(moved.history().size() - 1);
        assertThat(last()).satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.CREATE);
            assertThat(e.kind()).isEqualTo(AuditKind.STATUS_EVENT);
            assertThat(e.entityId()).isEqualTo(event.id().toString());
            assertThat(e.summary()).isEqualTo("member=" + an.id() + "; fullName=\"Nguyễn Văn Ân\"; type=TRANSFERRED_OUT"
                    + "; date=2026-11-01; note=\"Chuyển sinh hoạt về xã Hải An\"");
        });
        app.members().removeEvent(an.id(), event.id());
        assertThat(last().action()).isEqualTo(AuditAction.DELETE);
        assertThat(last().kind()).isEqualTo(AuditKind.STATUS_EVENT);

        app.members().delete(an.id());
        assertThat(last()).satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.DELETE);
            assertThat(e.kind()).isEqualTo(AuditKind.MEMBER);
            assertThat(e.summary()).contains("fullName=\"Nguyễn Văn Ân\"");
        });
        assertThat(all()).extracting(AuditEntry::sequence).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(app.audit().verify()).isEmpty();
    }

    @Test
    void aRefusedChangeRecordsNothing() {
        Member an = app.members().add(input("Nguyễn Văn An", null));
        app.cell().save(new CellProfile("Chi bộ Thôn Đông", "Đảng bộ xã Hải Phong", "Quảng Trị",
                LocalDate.of(2025, 6, 1), LocalDate.of(2030, 5, 31), an.id(), null, List.of()));
        int before = count();

        assertThatThrownBy(() -> app.members().update(an.id(), input(" ", null)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> app.members().delete(an.id())).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> app.members().addEvent(an.id(), null, null, null))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> app.settings().setTextScalePercent(300)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> app.cell().save(new CellProfile("", null, null, null, null, null, null, List.of())))
                .isInstanceOf(ValidationException.class);

        assertThat(count()).isEqualTo(before);
    }

    @Test
    void theCellProfileAndSettingsAreRecordedOnlyWhenTheyChange() {
        CellProfile first = new CellProfile("Chi bộ Thôn Đông", "Đảng bộ xã Hải Phong", "Quảng Trị",
                LocalDate.of(2025, 6, 1), LocalDate.of(2030, 5, 31), null, null, List.of());
        app.cell().save(first);
        assertThat(last().action()).isEqualTo(AuditAction.CREATE);
        assertThat(last().kind()).isEqualTo(AuditKind.CELL);
        assertThat(last().summary()).startsWith("cellName=\"Chi bộ Thôn Đông\"; ");
        app.cell().save(new CellProfile("Chi bộ Thôn Tây", first.upperOrganisation(), first.placeName(),
                first.termStart(), first.termEnd(), null, null, List.of()));
        assertThat(last().action()).isEqualTo(AuditAction.UPDATE);
        assertThat(last().summary()).isEqualTo("cellName: \"Chi bộ Thôn Đông\" -> \"Chi bộ Thôn Tây\"");

        app.settings().setTextScalePercent(120);
        assertThat(last()).satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.UPDATE);
            assertThat(e.kind()).isEqualTo(AuditKind.SETTING);
            assertThat(e.entityId()).isEqualTo("ui.textScalePercent");
            assertThat(e.summary()).isEqualTo("value: null -> \"120\"");
        });
        int before = count();
        app.settings().setTextScalePercent(120);
        assertThat(count()).isEqualTo(before);
        app.settings().setTextScalePercent(130);
        assertThat(last().summary()).isEqualTo("value: \"120\" -> \"130\"");
    }

    @Test
    void aDraftMeetingIsRecordedOncePerPartAndWindowThenFinalizeAndCorrectionAndDelete() {
        app.demo().create();
        long finalized = app.meetings().all().stream().filter(Meeting::isFinalized).count();
        assertThat(app.audit().list(new AuditTrail.Filter(AuditAction.FINALIZE, AuditKind.MEETING, null, null), 0, 0)
                .total()).isEqualTo((int) finalized);

        Meeting draft = app.meetings().saveDraft(new Meeting(vn.sochibo.domain.common.Ids.newId(), MeetingKind.REGULAR,
                "Sinh hoạt tháng 12", LocalDate.of(2026, 12, 3), null, null, "Nhà văn hóa thôn", null, null, List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, java.util.Map.of(), null));
        assertThat(last().action()).isEqualTo(AuditAction.CREATE);
        assertThat(last().summary()).isEqualTo("kind=REGULAR; date=2026-12-03; topic=\"Sinh hoạt tháng 12\"");

        int before = count();
        Meeting edited = withConclusion(draft, "Kết luận 1");
        app.meetings().saveDraft(edited);
        assertThat(count()).isEqualTo(before + 1);
        assertThat(last().summary()).isEqualTo("parts=conclusion");
        for (int i = 2; i <= 5; i++) {
            clock.advance(Duration.ofSeconds(1));
            edited = withConclusion(edited, "Kết luận " + i);
            app.meetings().saveDraft(edited);
        }
        assertThat(count()).as("typing on in the same part within the window").isEqualTo(before + 1);
        edited = withPlace(withConclusion(edited, "Kết luận 6"), "Hội trường xã");
        app.meetings().saveDraft(edited);
        assertThat(count()).isEqualTo(before + 2);
        assertThat(last().summary()).isEqualTo("parts=place,conclusion");
        clock.advance(AuditTrail.DRAFT_WINDOW);
        edited = withConclusion(edited, "Kết luận 7");
        app.meetings().saveDraft(edited);
        assertThat(count()).as("after the window the part is recorded again").isEqualTo(before + 3);

        app.meetings().deleteDraft(draft.id());
        assertThat(last().action()).isEqualTo(AuditAction.DELETE);
        assertThat(last().kind()).isEqualTo(AuditKind.MEETING);
        assertThat(last().entityId()).isEqualTo(draft.id().toString());

        Meeting done = app.meetings().all().stream().filter(Meeting::isFinalized).findFirst().orElseThrow();
        assertThatThrownBy(() -> app.meetings().deleteDraft(done.id())).isInstanceOf(ValidationException.class);
        Correction c = app.meetings().addCorrection(new Correction.Draft(done.id(),
                Correction.CorrectedDocument.MINUTES, LocalDate.of(2026, 11, 20), "Ghi nhầm số phiếu",
                List.of(new Correction.Item("Mục V", "16/16", "15/16"))));
        assertThat(last()).satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.CORRECT);
            assertThat(e.kind()).isEqualTo(AuditKind.CORRECTION);
            assertThat(e.entityId()).isEqualTo(c.id().toString());
            assertThat(e.summary()).startsWith("meeting=" + done.id() + "; document=MINUTES; number=1; ");
        });
        assertThat(app.audit().verify()).isEmpty();
    }

    private static Meeting withConclusion(Meeting m, String conclusion) {
        return new Meeting(m.id(), m.kind(), m.topic(), m.date(), m.startTime(), m.endTime(), m.place(), m.chairId(),
                m.minuteTakerId(), m.guests(), m.rollCall(), m.agenda(), m.contributions(), m.votes(), m.tasks(),
                m.followUps(), conclusion, m.selfScores(), m.finalization());
    }

    private static Meeting withPlace(Meeting m, String place) {
        return new Meeting(m.id(), m.kind(), m.topic(), m.date(), m.startTime(), m.endTime(), place, m.chairId(),
                m.minuteTakerId(), m.guests(), m.rollCall(), m.agenda(), m.contributions(), m.votes(), m.tasks(),
                m.followUps(), m.conclusion(), m.selfScores(), m.finalization());
    }

    @Test
    void anImportIsOneEntryAndABackupIsOneEntry(@TempDir Path other) {
        app.demo().create();
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        app.exchange().exportTo(file);
        app.backups().backUp("manual");
        assertThat(last().action()).isEqualTo(AuditAction.BACKUP);
        assertThat(last().kind()).isEqualTo(AuditKind.DATA);
        assertThat(last().summary()).startsWith("file=\"sochibo-backup-").contains("reason=\"manual\"");
        app.close();

        app = Services.open(other, clock, new PdfBoxPrinter(), "bithu");
        app.exchange().importFrom(new ByteArrayInputStream(file.toByteArray()));
        assertThat(all()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.IMPORT);
            assertThat(e.kind()).isEqualTo(AuditKind.DATA);
            assertThat(e.osUser()).isEqualTo("bithu");
            assertThat(e.summary()).contains("members=", "meetings=", "corrections=0");
        });
    }

    @Test
    void filtersByActionKindAndDaysInVietnamNewestFirstInPages() {
        for (int i = 0; i < 5; i++) {
            app.members().add(input(NAMES.get(i), null));
            clock.advance(Duration.ofHours(12));
        }
        app.settings().setTextScalePercent(110);
        AuditTrail.Page page = app.audit().list(AuditTrail.Filter.ALL, 0, 2);
        assertThat(page.total()).isEqualTo(6);
        assertThat(page.entries()).extracting(AuditEntry::sequence).containsExactly(6L, 5L);
        assertThat(app.audit().list(AuditTrail.Filter.ALL, 4, 2).entries()).extracting(AuditEntry::sequence)
                .containsExactly(2L, 1L);
        assertThat(app.audit().list(new AuditTrail.Filter(null, AuditKind.SETTING, null, null), 0, 10).total())
                .isEqualTo(1);
        assertThat(app.audit().list(new AuditTrail.Filter(AuditAction.CREATE, AuditKind.MEMBER, null, null), 0, 10)
                .total()).isEqualTo(5);
        // 10:00 on 26/11 in Vietnam, then every 12 hours: 22:00 26/11, 10:00 27/11, 22:00 27/11, 10:00 28/11.
        AuditTrail.Page on27 = app.audit().list(new AuditTrail.Filter(null, null, LocalDate.of(2026, 11, 27),
                LocalDate.of(2026, 11, 27)), 0, 10);
        assertThat(on27.entries()).extracting(AuditEntry::sequence).containsExactly(4L, 3L);
    }

    @Test
    void theStoreRefusesToChangeOrDeleteAnEntryAndVerifyFindsAnEditBehindTheAppsBack() throws SQLException {
        for (int i = 0; i < 3; i++) {
            app.members().add(input(NAMES.get(i), null));
        }
        app.close();
        app = null;
        String url = "jdbc:h2:file:" + dir.resolve("sochibo");
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement st = c.createStatement()) {
            assertThatThrownBy(() -> st.executeUpdate("UPDATE audit_entry SET os_user = 'ai do' WHERE seq = 2"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("insert-only");
            assertThatThrownBy(() -> st.executeUpdate("DELETE FROM audit_entry WHERE seq = 2"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("insert-only");
            // Someone with another tool removes the guard and edits one entry and deletes another.
            st.execute("DROP TRIGGER tr_audit_entry_insert_only");
            st.executeUpdate("UPDATE audit_entry SET os_user = 'ai do' WHERE seq = 1");
            st.executeUpdate("DELETE FROM audit_entry WHERE seq = 2");
        }
        app = Services.open(dir, clock, new PdfBoxPrinter(), USER);
        assertThat(app.audit().verify()).containsExactly(
                new AuditTrail.Finding(1, AuditTrail.Finding.Kind.CHANGED),
                new AuditTrail.Finding(3, AuditTrail.Finding.Kind.CHAIN_BROKEN));
    }

    @Test
    void aLongSummaryIsBounded() {
        String note = "x".repeat(1_000);
        app.members().add(new MemberInput("Nguyễn Văn An", Gender.MALE, null, null, null, LocalDate.of(2005, 3, 10),
                null, null, null, note));
        assertThat(last().summary()).contains("note=\"" + "x".repeat(200) + "...\"");
        assertThat(AuditSummary.bounded("y".repeat(5000))).hasSize(AuditSummary.MAX_LENGTH).endsWith("...");
    }

    @Test
    void theRestoreRecordsOneEntryOnOneLine() {
        app.audit().recordRestore("file=\"sochibo-backup-20261126.zip\"\tmembers=25\nmeetings=40");
        assertThat(last().action()).isEqualTo(AuditAction.RESTORE);
        assertThat(last().kind()).isEqualTo(AuditKind.DATA);
        assertThat(last().entityId()).isNull();
        assertThat(last().summary()).isEqualTo("file=\"sochibo-backup-20261126.zip\"\\tmembers=25\\nmeetings=40");
        assertThat(app.audit().verify()).isEmpty();
    }
}
