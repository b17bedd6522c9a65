package vn.sochibo.application.review;

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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.app.Services;
import vn.sochibo.application.audit.AuditAction;
import vn.sochibo.application.audit.AuditEntry;
import vn.sochibo.application.audit.AuditTrail;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.common.FileRejectedException;
import vn.sochibo.domain.common.Problem;
import vn.sochibo.domain.common.ValidationException;
import vn.sochibo.domain.review.ReviewAddendum;
import vn.sochibo.domain.review.ReviewPeriod;

/** Correction addenda to a finalized review's minutes: recorded, chained, locked, verified, exchanged (demo cell). */
class ReviewAddendumTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final LocalDate DAY = LocalDate.of(2026, 1, 20);

    @TempDir
    Path temp;

    private static List<AuditEntry> trail(AppServices s) {
        return s.audit().list(AuditTrail.Filter.ALL, 0, 1000).entries();
    }

    private static ReviewAddendum.Draft draft(String reason) {
        return new ReviewAddendum.Draft(DAY, " Mục III, dòng 7 ", "18 phiếu hoàn thành nhiệm vụ",
                "17 phiếu hoàn thành nhiệm vụ", reason, "Nguyễn Thị Hồng Nhung");
    }

    private static void refused(AppServices s, ReviewPeriod p, ReviewAddendum.Draft d, String key) {
        List<AuditEntry> before = trail(s);
        List<ReviewAddendum> addenda = s.reviews().addenda(p.id());
        assertThatThrownBy(() -> s.reviews().addAddendum(p.id(), d)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(Problem::messageKey)
                        .contains(key));
        assertThat(trail(s)).isEqualTo(before);
        assertThat(s.reviews().addenda(p.id())).isEqualTo(addenda);
    }

    @Test
    void anAddendumIsNumberedChainedLockedVerifiedAndRefusedOnADraft() throws SQLException {
        Path data = temp.resolve("a");
        byte[] file;
        List<ReviewAddendum> recorded;
        try (AppServices s = Services.open(data, CLOCK)) {
            s.demo().create();
            ReviewPeriod last = s.reviews().ofYear(2025).orElseThrow();
            ReviewPeriod current = s.reviews().ofYear(2026).orElseThrow();

            refused(s, current, draft("Ghi nhầm số phiếu."), "review.error.addendumNotFinalized");
            refused(s, last, draft("  "), "review.error.addendumReasonRequired");
            refused(s, last, new ReviewAddendum.Draft(DAY, "", null, "x", "Lý do", "A"),
                    "review.error.addendumLocationRequired");
            refused(s, last, new ReviewAddendum.Draft(DAY, "Mục I", "giống", "giống", "Lý do", "A"),
                    "review.error.addendumUnchanged");
            refused(s, last, new ReviewAddendum.Draft(LocalDate.of(2025, 12, 1), "Mục I", null, "x", "Lý do", "A"),
                    "review.error.addendumDateBeforeMeeting");
            refused(s, last, new ReviewAddendum.Draft(LocalDate.of(2026, 12, 1), "Mục I", null, "x", "Lý do", "A"),
                    "review.error.futureDate");
            refused(s, last, new ReviewAddendum.Draft(DAY, "Mục I", null, "x", "Lý do", " "),
                    "review.error.addendumRecordedByRequired");

            ReviewAddendum first = s.reviews().addAddendum(last.id(), draft("Ghi nhầm số phiếu."));
            assertThat(first.number()).isEqualTo(1);
            assertThat(first.location()).isEqualTo("Mục III, dòng 7");
            assertThat(first.recordedBy()).isEqualTo("Nguyễn Thị Hồng Nhung");
            assertThat(first.createdAt()).isEqualTo(CLOCK.instant());
            assertThat(first.previousHash()).isEqualTo(last.finalization().contentHash());
            assertThat(trail(s).get(0).action()).isEqualTo(AuditAction.CORRECT);
            ReviewAddendum second = s.reviews().addAddendum(last.id(), new ReviewAddendum.Draft(DAY, "Mục V",
                    null, "Bổ sung: chi bộ giao chi ủy hoàn thiện hồ sơ gửi Đảng ủy.", "Bỏ sót khi ghi.",
                    "Nguyễn Thị Hồng Nhung"));
            assertThat(second.number()).isEqualTo(2);
            assertThat(second.previousHash()).isEqualTo(first.contentHash());
            recorded = s.reviews().addenda(last.id());
            assertThat(recorded).containsExactly(first, second);
            assertThat(s.reviews().verify()).isEmpty();
            // the period itself is untouched: its own hash still matches and its final levels' chain too
            assertThat(s.reviews().find(last.id())).contains(last);

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            s.exchange().exportTo(out);
            file = out.toByteArray();
        }
        assertThat(new String(file, StandardCharsets.UTF_8)).contains("\"addenda\"", "17 phiếu hoàn thành nhiệm vụ");

        // carried by the exchange format: the same rows in a new folder, still verified
        try (AppServices s = Services.open(temp.resolve("b"), CLOCK)) {
            s.exchange().importFrom(new ByteArrayInputStream(file));
            ReviewPeriod last = s.reviews().ofYear(2025).orElseThrow();
            assertThat(s.reviews().addenda(last.id())).isEqualTo(recorded);
            assertThat(s.exchange().snapshot().reviewAddenda()).containsExactlyInAnyOrderElementsOf(recorded);
            assertThat(s.reviews().verify()).isEmpty();
        }
        // an addendum edited in the file: refused, nothing imported
        String text = new String(file, StandardCharsets.UTF_8);
        String tampered = text.replace("17 phiếu hoàn thành nhiệm vụ", "16 phiếu hoàn thành nhiệm vụ");
        try (AppServices s = Services.open(temp.resolve("c"), CLOCK)) {
            assertThatThrownBy(() -> s.exchange().importFrom(new ByteArrayInputStream(
                    tampered.getBytes(StandardCharsets.UTF_8)))).isInstanceOf(FileRejectedException.class)
                    .satisfies(e -> assertThat(((FileRejectedException) e).problems())
                            .extracting(p -> p.problem().messageKey()).containsExactly("exchange.error.hashMismatch"));
            assertThat(s.members().all()).isEmpty();
        }

        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("sochibo"), "sa", "");
                Statement st = c.createStatement()) {
            // the store refuses plain SQL on an addendum, and an addendum to a draft period
            for (String sql : List.of("UPDATE review_addendum SET corrected_text = 'khác'",
                    "DELETE FROM review_addendum",
                    "INSERT INTO review_addendum (id, period_id, number, addendum_date, location, corrected_text, "
                            + "reason, recorded_by, created_at, content_hash, previous_hash) SELECT RANDOM_UUID(), id, "
                            + "9, DATE '2026-11-01', 'x', 'y', 'z', 'w', CURRENT_TIMESTAMP, 'h', 'p' FROM review_period "
                            + "WHERE finalized = FALSE")) {
                assertThatThrownBy(() -> st.executeUpdate(sql)).as(sql).isInstanceOf(SQLException.class);
            }
            // someone removes the guard with another tool and edits an addendum: verify names the review
            st.execute("DROP TRIGGER tr_review_addendum_locked");
            assertThat(st.executeUpdate("UPDATE review_addendum SET corrected_text = '19 phiếu' WHERE number = 1"))
                    .isEqualTo(1);
        }
        try (AppServices s = Services.open(data, CLOCK)) {
            assertThat(s.reviews().verify()).extracting(ReviewViews.TamperFinding::kind)
                    .containsExactly(ReviewViews.TamperFinding.Kind.ADDENDUM_CHANGED);
            assertThat(s.integrity().run().ok()).isFalse();
        }
    }
}
