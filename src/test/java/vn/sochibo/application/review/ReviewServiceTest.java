package vn.sochibo.application.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.sochibo.application.pledge.PledgeFixtures.CLOCK;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.app.Services;
import vn.sochibo.application.audit.AuditAction;
import vn.sochibo.application.audit.AuditEntry;
import vn.sochibo.application.audit.AuditKind;
import vn.sochibo.application.audit.AuditTrail;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.member.MemberInput;
import vn.sochibo.application.pledge.PledgeFixtures;
import vn.sochibo.application.review.ReviewViews.Participant;
import vn.sochibo.domain.common.Ids;
import vn.sochibo.domain.common.Problem;
import vn.sochibo.domain.common.ValidationException;
import vn.sochibo.domain.meeting.Attendance;
import vn.sochibo.domain.meeting.Meeting;
import vn.sochibo.domain.member.Gender;
import vn.sochibo.domain.member.Member;
import vn.sochibo.domain.review.ExcellentCondition;
import vn.sochibo.domain.review.ExemptionReason;
import vn.sochibo.domain.review.FinalLevel;
import vn.sochibo.domain.review.LevelVote;
import vn.sochibo.domain.review.MemberReview;
import vn.sochibo.domain.review.QuotaRule;
import vn.sochibo.domain.review.ReviewLevel;
import vn.sochibo.domain.review.ReviewPeriod;
import vn.sochibo.domain.review.SelfReview;

class ReviewServiceTest {
    @TempDir
    Path temp;

    private static List<AuditEntry> trail(AppServices s) {
        return s.audit().list(AuditTrail.Filter.ALL, 0, 1000).entries();
    }

    /** Runs a refused change and checks it named the key and left the review and the trail as they were. */
    private static void refused(AppServices s, UUID periodId, Runnable change, String key) {
        List<AuditEntry> before = trail(s);
        var parts = s.reviews().summary(periodId);
        assertThatThrownBy(change::run).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(Problem::messageKey)
                        .contains(key));
        assertThat(trail(s)).isEqualTo(before);
        assertThat(s.reviews().summary(periodId)).isEqualTo(parts);
    }

    private static Member newcomer(AppServices s) {
        return s.members().add(new MemberInput("Trần Văn Mới", Gender.MALE, LocalDate.of(2000, 1, 1), "Hải Phong",
                "Nông dân", LocalDate.of(2026, 8, 1), null, null, null, null));
    }

    /** The review meeting of 2026: lan chairs, binh takes the minutes, both official members present. */
    private static ReviewPeriod withMeeting(AppServices s, ReviewPeriod p, PledgeFixtures f) {
        List<Meeting.RollCallEntry> rollCall = List.of(new Meeting.RollCallEntry(f.lan.id(), Attendance.PRESENT, null),
                new Meeting.RollCallEntry(f.binh.id(), Attendance.PRESENT, null),
                new Meeting.RollCallEntry(f.hoa.id(), Attendance.PRESENT, null));
        return s.reviews().save(p.withMeeting(new ReviewPeriod.ReviewMeeting(LocalDate.of(2026, 9, 10),
                LocalTime.of(8, 0), LocalTime.of(11, 0), "Nhà văn hóa thôn", f.lan.id(), f.binh.id(), rollCall,
                List.of(new ReviewPeriod.Comment(Ids.newId(), f.binh.id(), f.lan.id(), null,
                        "Đồng chí Bình gương mẫu.")), "Chi bộ thống nhất.")));
    }

    @Test
    void participantsAreTheRosterWithDefaultExemptionsOverridableWithAReason() {
        try (AppServices s = Services.open(temp, CLOCK)) {
            PledgeFixtures f = new PledgeFixtures(s);
            Member moi = newcomer(s);
            ReviewPeriod p = s.reviews().createYear(2026, "Kiểm điểm năm 2026");

            List<Participant> list = s.reviews().participants(p.id());
            assertThat(list).extracting(Participant::fullName)
                    .containsExactly("Nguyễn Văn Bảy", "Lê Văn Bình", "Nguyễn Thị Hoa", "Phạm Thị Lan", "Trần Văn Mới");
            assertThat(list).extracting(Participant::proposedExemption).containsExactly(
                    ExemptionReason.EXEMPT_FROM_DUTIES, null, null, null, ExemptionReason.RECENTLY_ADMITTED);
            assertThat(list).extracting(Participant::included).containsExactly(false, true, true, true, false);

            refused(s, p.id(), () -> s.reviews().setInclusion(p.id(), moi.id(),
                    new MemberReview.Inclusion(true, "  ")), "review.error.reasonRequired");
            refused(s, p.id(), () -> s.reviews().saveSelfReview(p.id(), moi.id(), SelfReview.NONE, Set.of(), null),
                    "review.error.notParticipant");

            s.reviews().setInclusion(p.id(), moi.id(), new MemberReview.Inclusion(true, "Chi bộ quyết định kiểm điểm"));
            s.reviews().setInclusion(p.id(), f.binh.id(), new MemberReview.Inclusion(false, "Đình chỉ sinh hoạt"));
            list = s.reviews().participants(p.id());
            assertThat(list).extracting(Participant::included).containsExactly(false, false, true, true, true);
            assertThat(list.get(4).override().reason()).isEqualTo("Chi bộ quyết định kiểm điểm");

            s.reviews().setInclusion(p.id(), f.binh.id(), null);
            assertThat(s.reviews().participants(p.id()).get(1).included()).isTrue();
            assertThat(trail(s).stream().filter(e -> e.kind() == AuditKind.MEMBER_REVIEW))
                    .extracting(AuditEntry::action)
                    .containsExactly(AuditAction.UPDATE, AuditAction.CREATE, AuditAction.CREATE);

            refused(s, p.id(), () -> s.reviews().createYear(2026, "Lần nữa"), "review.error.yearExists");
        }
    }

    @Test
    void aMembersPartIsStoredWholeAndTheSheetShowsScoreFactsAndChecklist() {
        try (AppServices s = Services.open(temp, CLOCK)) {
            PledgeFixtures f = new PledgeFixtures(s);
            Meeting m = PledgeFixtures.meeting(s, LocalDate.of(2026, 3, 3), f.lan);
            PledgeFixtures.finalize(s, m);
            ReviewPeriod p = withMeeting(s, s.reviews().createYear(2026, "Kiểm điểm năm 2026"), f);

            SelfReview self = new SelfReview(Map.of(SelfReview.Section.STRENGTH_POLITICS, " Kiên định\u0020 ",
                    SelfReview.Section.LIMITATIONS, "Còn chậm"), null);
            s.reviews().saveSelfReview(p.id(), f.binh.id(), self, Set.of(7, 2), ReviewLevel.GOOD);
            s.reviews().saveScores(p.id(), f.binh.id(), Map.of("politics", new BigDecimal("8"),
                    "ethics", new BigDecimal("7.5"), "duties", new BigDecimal("45"), "cellTasks", new BigDecimal("9.4")),
                    Set.of(ExcellentCondition.ALL_TASKS_DONE, ExcellentCondition.SCORE));

            ReviewViews.MemberSheet sheet = s.reviews().sheet(p.id(), f.binh.id());
            MemberReview r = sheet.review();
            assertThat(r.selfReview().text(SelfReview.Section.STRENGTH_POLITICS)).isEqualTo("Kiên định");
            assertThat(r.signs()).containsExactly(2, 7);
            assertThat(r.selfLevel()).isEqualTo(ReviewLevel.GOOD);
            assertThat(r.excellentConditions()).containsExactly("ALL_TASKS_DONE");
            assertThat(sheet.score().total()).isEqualByComparingTo("69.9");
            assertThat(sheet.score().impliedLevel()).isEqualTo(ReviewLevel.COMPLETED);
            assertThat(sheet.score().excellentChecklist()).containsEntry(ExcellentCondition.SCORE, false)
                    .containsEntry(ExcellentCondition.NO_SIGNS, false)
                    .containsEntry(ExcellentCondition.ALL_TASKS_DONE, true)
                    .containsEntry(ExcellentCondition.CLEARLY_BEYOND, false);
            assertThat(sheet.facts().meetingsExpected()).isEqualTo(1);
            assertThat(sheet.facts().meetingsAttended()).isEqualTo(1);
            assertThat(sheet.eligibleVoters()).isEqualTo(2); // hoa is probationary: present, does not vote
            // the repository gives back exactly what was stored
            assertThat(s.reviews().sheet(p.id(), f.binh.id()).review()).isEqualTo(r);

            refused(s, p.id(), () -> s.reviews().saveScores(p.id(), f.binh.id(),
                    Map.of("politics", new BigDecimal("9")), Set.of()), "review.error.scoreRange");
            refused(s, p.id(), () -> s.reviews().saveSelfReview(p.id(), f.binh.id(), self, Set.of(28), null),
                    "review.error.signNumber");
        }
    }

    @Test
    void votesThatDoNotAddUpAreRefusedAndTheCellsLevelFollowsTheVote() {
        try (AppServices s = Services.open(temp, CLOCK)) {
            PledgeFixtures f = new PledgeFixtures(s);
            ReviewPeriod p = s.reviews().createYear(2026, "Kiểm điểm năm 2026");
            refused(s, p.id(), () -> s.reviews().recordVote(p.id(), f.lan.id(), new LevelVote(2, 0, 0, 0)),
                    "review.error.meetingFirst");
            withMeeting(s, p, f);
            assertThatThrownBy(() -> s.reviews().recordVote(p.id(), f.lan.id(), new LevelVote(2, 1, 0, 0)))
                    .isInstanceOf(ValidationException.class)
                    .satisfies(e -> assertThat(((ValidationException) e).problems().get(0).args())
                            .containsExactly(2, 1, 0, 0, 3, 2));
            assertThat(s.reviews().sheet(p.id(), f.lan.id()).review().vote()).isNull();

            assertThat(s.reviews().recordVote(p.id(), f.lan.id(), new LevelVote(2, 0, 0, 0)).cellLevel())
                    .isEqualTo(ReviewLevel.EXCELLENT);
            // one of two for xuất sắc is not more than half: both are for at least tốt
            assertThat(s.reviews().recordVote(p.id(), f.binh.id(), new LevelVote(1, 1, 0, 0)).cellLevel())
                    .isEqualTo(ReviewLevel.GOOD);
        }
    }

    @Test
    void finalizingWarnsOnTheQuotaLocksTheReviewAndFinalLevelsAreRecordedOnceAndChained() throws Exception {
        UUID periodId;
        try (AppServices s = Services.open(temp, CLOCK)) {
            PledgeFixtures f = new PledgeFixtures(s);
            ReviewPeriod p = withMeeting(s, s.reviews().createYear(2026, "Kiểm điểm năm 2026"), f);
            periodId = p.id();
            s.reviews().recordVote(p.id(), f.lan.id(), new LevelVote(2, 0, 0, 0));
            refused(s, p.id(), () -> s.reviews().finalize(p.id()), "review.error.voteMissing");
            s.reviews().recordVote(p.id(), f.binh.id(), new LevelVote(0, 2, 0, 0));
            s.reviews().recordVote(p.id(), f.hoa.id(), new LevelVote(0, 0, 2, 0));

            // 1 xuất sắc for 1 tốt: over 20%, a warning only
            QuotaRule.QuotaCheck quota = s.reviews().quota(p.id());
            assertThat(quota.exceeded()).isTrue();
            assertThat(s.reviews().warnings(p.id())).extracting(Problem::messageKey)
                    .contains("review.warning.quota", "review.warning.noSelfReview");
            s.reviews().settings().setQuota(new QuotaRule(false, 20));
            assertThat(s.reviews().warnings(p.id())).extracting(Problem::messageKey)
                    .doesNotContain("review.warning.quota");

            refused(s, p.id(), () -> s.reviews().recordFinalLevel(p.id(), f.lan.id(), ReviewLevel.EXCELLENT,
                    "15-QĐ/ĐU", LocalDate.of(2026, 9, 14)), "review.error.notFinalized");
            ReviewPeriod done = s.reviews().finalize(p.id());
            assertThat(done.finalization().number()).isEqualTo(1);
            assertThat(done.finalization().previousHash()).isNull();
            assertThat(trail(s).get(0).action()).isEqualTo(AuditAction.FINALIZE);

            refused(s, p.id(), () -> s.reviews().recordVote(p.id(), f.lan.id(), new LevelVote(0, 2, 0, 0)),
                    "review.error.finalized");
            refused(s, p.id(), () -> s.reviews().save(done), "review.error.finalized");
            refused(s, p.id(), () -> s.reviews().delete(p.id()), "review.error.finalized");

            FinalLevel lan = s.reviews().recordFinalLevel(p.id(), f.lan.id(), ReviewLevel.GOOD, " 15-QĐ/ĐU ",
                    LocalDate.of(2026, 9, 14));
            assertThat(lan.decisionNumber()).isEqualTo("15-QĐ/ĐU");
            assertThat(lan.previousHash()).isEqualTo(done.finalization().contentHash());
            FinalLevel binh = s.reviews().recordFinalLevel(p.id(), f.binh.id(), ReviewLevel.GOOD, "15-QĐ/ĐU",
                    LocalDate.of(2026, 9, 14));
            assertThat(binh.previousHash()).isEqualTo(lan.contentHash());
            refused(s, p.id(), () -> s.reviews().recordFinalLevel(p.id(), f.lan.id(), ReviewLevel.EXCELLENT,
                    "16-QĐ/ĐU", LocalDate.of(2026, 9, 14)), "review.error.finalLevelExists");
            refused(s, p.id(), () -> s.reviews().recordFinalLevel(p.id(), f.hoa.id(), ReviewLevel.GOOD,
                    "16-QĐ/ĐU", LocalDate.of(2026, 9, 20)), "review.error.futureDate");

            ReviewViews.Summary summary = s.reviews().summaryOfYear(2026);
            assertThat(summary.rows()).extracting(ReviewViews.SummaryRow::fullName)
                    .containsExactly("Lê Văn Bình", "Nguyễn Thị Hoa", "Phạm Thị Lan");
            assertThat(summary.cellCounts().count(ReviewLevel.EXCELLENT)).isEqualTo(1);
            assertThat(summary.finalCounts().count(ReviewLevel.GOOD)).isEqualTo(2);
            assertThat(summary.finalCounts().unset()).isEqualTo(1);
            assertThat(summary.excluded()).extracting(Participant::fullName).containsExactly("Nguyễn Văn Bảy");
            assertThat(s.reviews().verify()).isEmpty();

        }
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + temp.resolve("sochibo"), "sa", "");
                Statement st = c.createStatement()) {
            // the store itself refuses plain SQL on a finalized review and on a final level
            for (String sql : List.of("UPDATE review_member SET cell_level = 'GOOD'",
                    "UPDATE review_period SET title = 'khác'", "DELETE FROM review_comment",
                    "INSERT INTO review_comment (id, period_id, sort_order, speaker_name, text) SELECT RANDOM_UUID(), "
                            + "id, 9, 'Khách', 'Chèn thêm' FROM review_period",
                    "UPDATE review_final_level SET level = 'EXCELLENT'", "DELETE FROM review_final_level")) {
                assertThatThrownBy(() -> st.executeUpdate(sql)).as(sql).isInstanceOf(SQLException.class);
            }
            // someone removes the guard with another tool and changes a vote: verify names the review
            st.execute("DROP TRIGGER tr_review_member_locked");
            st.execute("UPDATE review_member SET votes_good = 1, votes_excellent = 1 WHERE cell_level = 'GOOD'");
        }
        try (AppServices s = Services.open(temp, CLOCK)) {
            assertThat(s.reviews().verify()).extracting(ReviewViews.TamperFinding::kind)
                    .containsExactly(ReviewViews.TamperFinding.Kind.CONTENT_CHANGED);
            assertThat(s.integrity().run().ok()).isFalse();
            assertThat(s.reviews().find(periodId)).isPresent();
        }
    }

    @Test
    void theHistoryShowsEachMembersLastThreeYearsSideBySide() {
        try (AppServices s = Services.open(temp, CLOCK)) {
            PledgeFixtures f = new PledgeFixtures(s);
            for (int year : List.of(2023, 2024, 2025)) {
                ReviewPeriod p = s.reviews().createYear(year, "Kiểm điểm năm " + year);
                s.reviews().saveSelfReview(p.id(), f.lan.id(), SelfReview.NONE, Set.of(),
                        year == 2025 ? ReviewLevel.EXCELLENT : ReviewLevel.GOOD);
            }
            List<ReviewViews.HistoryRow> history = s.reviews().history(2025);
            assertThat(history).extracting(ReviewViews.HistoryRow::fullName).containsExactly("Phạm Thị Lan");
            assertThat(history.get(0).years()).extracting(ReviewViews.YearLevels::year)
                    .containsExactly(2023, 2024, 2025);
            assertThat(history.get(0).years()).extracting(ReviewViews.YearLevels::selfLevel)
                    .containsExactly(ReviewLevel.GOOD, ReviewLevel.GOOD, ReviewLevel.EXCELLENT);
            assertThat(s.reviews().history(2024).get(0).years()).hasSize(2);
            assertThat(new ArrayList<>(s.reviews().history(2030))).isEmpty();
        }
    }
}
