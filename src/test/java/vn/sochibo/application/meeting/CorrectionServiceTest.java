package vn.sochibo.application.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.app.Services;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.common.FileRejectedException;
import vn.sochibo.application.common.LocatedProblem;
import vn.sochibo.domain.common.Problem;
import vn.sochibo.domain.common.ValidationException;
import vn.sochibo.domain.meeting.Correction;
import vn.sochibo.domain.meeting.Correction.CorrectedDocument;
import vn.sochibo.domain.meeting.Meeting;

/** Correction addenda to finalized meetings: numbering, refusals, the store's lock, the hash chain, exchange. */
class CorrectionServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final Correction.Item VOTE_FIX = new Correction.Item("Mục V, biểu quyết thứ nhất",
            "16/16 đồng chí tán thành", "15/16 đồng chí tán thành; 1 ý kiến khác");

    @TempDir
    Path temp;

    private static Meeting lastFinalized(AppServices s) {
        return s.meetings().all().stream().filter(Meeting::isFinalized).max(Comparator.comparing(Meeting::date))
                .orElseThrow();
    }

    private static Correction.Draft draft(Meeting m, CorrectedDocument document, Correction.Item... items) {
        return new Correction.Draft(m.id(), document, LocalDate.of(2026, 11, 20), "Ghi nhầm số phiếu khi biểu quyết",
                List.of(items));
    }

    @Test
    void addendaAreNumberedPerDocumentAndChainedToTheMeeting() {
        try (AppServices s = Services.open(temp, CLOCK)) {
            s.demo().create();
            Meeting m = lastFinalized(s);

            Correction first = s.meetings().addCorrection(draft(m, CorrectedDocument.MINUTES, VOTE_FIX));
            Correction resolution = s.meetings().addCorrection(draft(m, CorrectedDocument.RESOLUTION,
                    new Correction.Item("Mục II", null, "Bổ sung: vận động đóng góp quỹ khuyến học")));
            Correction second = s.meetings().addCorrection(draft(m, CorrectedDocument.MINUTES,
                    new Correction.Item("Phần thành phần", "Nguyễn Văn A", "Nguyễn Văn Á")));

            assertThat(List.of(first.number(), resolution.number(), second.number())).containsExactly(1, 1, 2);
            assertThat(first.previousHash()).isEqualTo(m.finalization().contentHash());
            assertThat(resolution.previousHash()).isEqualTo(first.contentHash());
            assertThat(second.previousHash()).isEqualTo(resolution.contentHash());
            assertThat(first.contentHash()).isEqualTo(MeetingCanonicalForm.chainedHash(first, first.previousHash()));
            assertThat(s.meetings().corrections(m.id())).containsExactly(first, second, resolution);
            assertThat(s.meetings().verify()).isEmpty();
        }
    }

    @Test
    void badAddendaAreRefusedAndNothingIsWritten() {
        try (AppServices s = Services.open(temp, CLOCK)) {
            s.demo().create();
            Meeting m = lastFinalized(s);
            Meeting draftMeeting = s.meetings().all().stream().filter(x -> !x.isFinalized()).findFirst().orElseThrow();

            assertThat(problems(s, draft(draftMeeting, CorrectedDocument.MINUTES, VOTE_FIX)))
                    .containsExactly("correction.error.notFinalized");
            assertThat(problems(s, new Correction.Draft(m.id(), CorrectedDocument.MINUTES, m.date().minusDays(1),
                    "  ", List.of()))).containsExactlyInAnyOrder("correction.error.dateBeforeMeeting",
                    "correction.error.reasonRequired", "correction.error.noItems");
            assertThat(problems(s, new Correction.Draft(m.id(), null, LocalDate.of(2026, 11, 27), "Lý do",
                    List.of(new Correction.Item(" ", "như nhau", " như nhau ")))))
                    .containsExactlyInAnyOrder("correction.error.documentRequired", "correction.error.dateInFuture",
                            "correction.error.locationRequired", "correction.error.unchanged");
            assertThat(s.meetings().corrections(m.id())).isEmpty();
            assertThat(s.meetings().corrections(draftMeeting.id())).isEmpty();
        }
    }

    private static List<String> problems(AppServices s, Correction.Draft draft) {
        try {
            s.meetings().addCorrection(draft);
        } catch (ValidationException e) {
            return e.problems().stream().map(Problem::messageKey).toList();
        }
        throw new AssertionError("the addendum was accepted");
    }

    @Test
    void theStoreRefusesToChangeDeleteOrExtendARecordedAddendum() throws Exception {
        Correction recorded;
        Meeting draftMeeting;
        try (AppServices s = Services.open(temp, CLOCK)) {
            s.demo().create();
            recorded = s.meetings().addCorrection(draft(lastFinalized(s), CorrectedDocument.MINUTES, VOTE_FIX));
            draftMeeting = s.meetings().all().stream().filter(x -> !x.isFinalized()).findFirst().orElseThrow();
        }
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + temp.resolve("sochibo"), "sa", "");
                Statement st = c.createStatement()) {
            String id = "'" + recorded.id() + "'";
            assertRefused(st, "UPDATE meeting_correction SET reason = 'khác' WHERE id = " + id);
            assertRefused(st, "DELETE FROM meeting_correction_item WHERE correction_id = " + id);
            assertRefused(st, "UPDATE meeting_correction_item SET corrected_text = 'khác' WHERE correction_id = " + id);
            assertRefused(st, "INSERT INTO meeting_correction_item VALUES (" + id + ", 1, 'Mục I', NULL, 'thêm')");
            assertRefused(st, "INSERT INTO meeting_correction VALUES (RANDOM_UUID(), '" + draftMeeting.id()
                    + "', 'MINUTES', 1, DATE '2026-11-20', 'lý do', 1, CURRENT_TIMESTAMP, 'x', 'y')");
            assertRefused(st, "DELETE FROM meeting_correction WHERE id = " + id);
        }
        try (AppServices s = Services.open(temp, CLOCK)) {
            assertThat(s.meetings().corrections(recorded.meetingId())).containsExactly(recorded);
        }
    }

    private static void assertRefused(Statement st, String sql) {
        assertThatThrownBy(() -> st.executeUpdate(sql)).isInstanceOf(SQLException.class)
                .hasMessageContaining("Correction addenda are locked");
    }

    @Test
    void verifyFindsAnAddendumEditedOrDroppedBehindTheAppsBack() throws Exception {
        Correction first;
        Correction second;
        try (AppServices s = Services.open(temp, CLOCK)) {
            s.demo().create();
            Meeting m = lastFinalized(s);
            first = s.meetings().addCorrection(draft(m, CorrectedDocument.MINUTES, VOTE_FIX));
            second = s.meetings().addCorrection(draft(m, CorrectedDocument.MINUTES,
                    new Correction.Item("Phần thành phần", "Nguyễn Văn A", "Nguyễn Văn Á")));
        }
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + temp.resolve("sochibo"), "sa", "");
                Statement st = c.createStatement()) {
            st.execute("DROP TRIGGER tr_meeting_correction_item_locked");
            st.executeUpdate("UPDATE meeting_correction_item SET corrected_text = '16/16 đồng chí tán thành' "
                    + "WHERE correction_id = '" + second.id() + "'");
        }
        try (AppServices s = Services.open(temp, CLOCK)) {
            assertThat(s.meetings().verify()).singleElement().satisfies(f -> {
                assertThat(f.kind()).isEqualTo(MeetingService.TamperFinding.Kind.CORRECTION_CHANGED);
                assertThat(f.meetingId()).isEqualTo(second.meetingId());
                assertThat(f.document()).isEqualTo(CorrectedDocument.MINUTES);
                assertThat(f.correctionNumber()).isEqualTo(2);
            });
        }
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + temp.resolve("sochibo"), "sa", "");
                Statement st = c.createStatement()) {
            st.execute("DROP TRIGGER tr_meeting_correction_locked");
            st.executeUpdate("DELETE FROM meeting_correction_item WHERE correction_id = '" + first.id() + "'");
            st.executeUpdate("DELETE FROM meeting_correction WHERE id = '" + first.id() + "'");
        }
        try (AppServices s = Services.open(temp, CLOCK)) {
            assertThat(s.meetings().verify()).extracting(MeetingService.TamperFinding::kind, 
                    MeetingService.TamperFinding::correctionNumber)
                    .contains(org.assertj.core.groups.Tuple.tuple(
                            MeetingService.TamperFinding.Kind.CORRECTION_CHAIN_BROKEN, 2));
        }
    }

    @Test
    void addendaTravelInTheExchangeFileAndATamperedOneIsRefused() throws Exception {
        String exported;
        try (AppServices s = Services.open(temp.resolve("a"), CLOCK)) {
            s.demo().create();
            s.meetings().addCorrection(draft(lastFinalized(s), CorrectedDocument.MINUTES, VOTE_FIX));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            s.exchange().exportTo(out);
            exported = out.toString(StandardCharsets.UTF_8);
        }
        assertThat(exported).contains("\"corrections\"", "Mục V, biểu quyết thứ nhất");
        try (AppServices s = Services.open(temp.resolve("b"), CLOCK)) {
            s.exchange().importFrom(new ByteArrayInputStream(exported.getBytes(StandardCharsets.UTF_8)));
            ByteArrayOutputStream again = new ByteArrayOutputStream();
            s.exchange().exportTo(again);
            assertThat(again.toString(StandardCharsets.UTF_8)).isEqualTo(exported);
            assertThat(s.meetings().verify()).isEmpty();
        }
        String tampered = exported.replace("15/16 đồng chí tán thành; 1 ý kiến khác", "14/16 đồng chí tán thành");
        try (AppServices s = Services.open(temp.resolve("c"), CLOCK)) {
            assertThatThrownBy(() -> s.exchange().importFrom(
                    new ByteArrayInputStream(tampered.getBytes(StandardCharsets.UTF_8))))
                    .isInstanceOfSatisfying(FileRejectedException.class, e -> assertThat(e.problems())
                            .extracting(LocatedProblem::problem).extracting(Problem::messageKey)
                            .containsExactly("exchange.error.correctionHashMismatch"));
            assertThat(s.meetings().all()).isEmpty();
        }
    }
}
