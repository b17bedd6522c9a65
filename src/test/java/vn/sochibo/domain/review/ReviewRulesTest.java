package vn.sochibo.domain.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import vn.sochibo.domain.common.Ids;
import vn.sochibo.domain.common.Problem;
import vn.sochibo.domain.meeting.VoteThreshold;
import vn.sochibo.domain.member.Gender;
import vn.sochibo.domain.member.Member;
import vn.sochibo.domain.member.StatusEvent;
import vn.sochibo.domain.member.StatusEventType;

class ReviewRulesTest {
    private static final ReviewPeriod Y2026 = ReviewPeriod.ofYear(UUID.randomUUID(), 2026, "Kiểm điểm năm 2026");

    @ParameterizedTest
    @CsvSource({"0, NOT_COMPLETED", "49.9, NOT_COMPLETED", "50, COMPLETED", "50.0, COMPLETED", "69.9, COMPLETED",
            "70, GOOD", "89.9, GOOD", "90, EXCELLENT", "100, EXCELLENT"})
    void theScoreImpliesTheLevelAtTheBoundaries(String score, ReviewLevel level) {
        assertThat(ReviewLevel.ofScore(new BigDecimal(score))).isEqualTo(level);
    }

    @Test
    void theStandardSheetIsThirtyGeneralAndSeventyTaskPointsAndSumsScores() {
        ReviewScoreSheet sheet = ReviewScoreSheet.standard();
        assertThat(sheet.maxOf(ReviewScoreSheet.Group.GENERAL)).isEqualTo(30);
        assertThat(sheet.maxOf(ReviewScoreSheet.Group.TASKS)).isEqualTo(70);
        Map<String, BigDecimal> scores = Map.of("politics", new BigDecimal("7.5"), "duties", new BigDecimal("42.4"));
        assertThat(sheet.total(scores)).isEqualByComparingTo("49.9");
        assertThat(sheet.levelOf(sheet.total(scores))).isEqualTo(ReviewLevel.NOT_COMPLETED);
        assertThat(sheet.check(Map.of("politics", new BigDecimal("8.5")))).extracting(Problem::messageKey)
                .containsExactly("review.error.scoreRange");
        assertThat(sheet.check(Map.of("duties", new BigDecimal("4.25")))).extracting(Problem::messageKey)
                .containsExactly("review.error.scoreDecimals");
        assertThat(sheet.check(Map.of("nope", BigDecimal.ONE))).extracting(Problem::messageKey)
                .containsExactly("review.error.unknownCriterion");
        assertThat(sheet.check(Map.of("duties", new BigDecimal("50.0")))).isEmpty();
        assertThat(ReviewScoreSheet.parse(sheet.format())).contains(sheet);
    }

    @Test
    void aTypedSheetMustAddUpToThirtyAndSeventy() {
        List<ReviewScoreSheet.Criterion> wrong = List.of(
                new ReviewScoreSheet.Criterion(null, ReviewScoreSheet.Group.GENERAL, 31, "Chung"),
                new ReviewScoreSheet.Criterion(null, ReviewScoreSheet.Group.TASKS, 69, "Nhiệm vụ"));
        assertThat(ReviewScoreSheet.checkCriteria(wrong)).extracting(Problem::messageKey)
                .containsExactly("review.error.sheetSums");
        List<ReviewScoreSheet.Criterion> right = List.of(
                new ReviewScoreSheet.Criterion(null, ReviewScoreSheet.Group.GENERAL, 30, "Chung"),
                new ReviewScoreSheet.Criterion(null, ReviewScoreSheet.Group.TASKS, 70, "Nhiệm vụ"));
        assertThat(ReviewScoreSheet.checkCriteria(right)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            // excellent, good, exceeded
            "0, 0, false", // nobody rated tốt and nobody xuất sắc: within
            "1, 0, true", // 0 rated tốt: any xuất sắc exceeds
            "1, 5, false", // exactly 20%
            "2, 10, false", // exactly 20%
            "2, 9, true", // 22%
            "1, 4, true"})
    void theQuotaOfExcellentIsTwentyPercentOfGood(int excellent, int good, boolean exceeded) {
        QuotaRule.QuotaCheck check = QuotaRule.DEFAULT.check(excellent, good);
        assertThat(check.exceeded()).isEqualTo(exceeded);
        assertThat(check.allowed()).isEqualTo(good * 20 / 100);
    }

    @Test
    void theQuotaSwitchedOffNeverWarns() {
        assertThat(new QuotaRule(false, 20).check(3, 0).exceeded()).isFalse();
        assertThat(new QuotaRule(true, 50).check(2, 4).exceeded()).isFalse();
    }

    @Test
    void theCellProposesTheBestLevelWhoseCumulativeVotesPassTheThreshold() {
        VoteThreshold half = new VoteThreshold(1, 2, true, VoteThreshold.Reference.PRESENT);
        assertThat(ReviewRules.cellLevel(new LevelVote(6, 4, 0, 0), 10, half)).isEqualTo(ReviewLevel.EXCELLENT);
        // 5 of 10 for xuất sắc is not more than half; with the 4 for tốt, 9 are for at least tốt
        assertThat(ReviewRules.cellLevel(new LevelVote(5, 4, 1, 0), 10, half)).isEqualTo(ReviewLevel.GOOD);
        // spread votes: at least hoàn thành gathers 7 of 10
        assertThat(ReviewRules.cellLevel(new LevelVote(2, 3, 2, 3), 10, half)).isEqualTo(ReviewLevel.COMPLETED);
        assertThat(ReviewRules.cellLevel(new LevelVote(0, 0, 0, 10), 10, half)).isEqualTo(ReviewLevel.NOT_COMPLETED);
        // a threshold of the base the voters present cannot reach: no proposal
        VoteThreshold twoThirds = new VoteThreshold(2, 3, false, VoteThreshold.Reference.BASE);
        assertThat(ReviewRules.cellLevel(new LevelVote(3, 2, 0, 0), 9, twoThirds)).isNull();
        assertThat(ReviewRules.cellLevel(new LevelVote(3, 3, 0, 0), 9, twoThirds)).isEqualTo(ReviewLevel.GOOD);
        assertThat(ReviewRules.cellLevel(null, 9, twoThirds)).isNull();
    }

    @Test
    void votesThatDoNotAddUpToTheEligibleVotersAreRefused() {
        assertThat(new LevelVote(3, 4, 0, 0).check(7)).isEmpty();
        List<Problem> problems = new LevelVote(3, 4, 1, 0).check(7);
        assertThat(problems).extracting(Problem::messageKey).containsExactly("review.error.voteDoesNotAddUp");
        assertThat(problems.get(0).args()).containsExactly(3, 4, 1, 0, 8, 7);
        assertThat(new LevelVote(-1, 8, 0, 0).check(7)).extracting(Problem::messageKey)
                .containsExactly("review.error.voteNegative");
    }

    private static Member member(LocalDate admitted, StatusEvent... events) {
        return new Member(Ids.newId(), "Lê Văn Bình", Gender.MALE, null, null, null, admitted,
                admitted.plusYears(1), null, null, null, Arrays.asList(events));
    }

    @Test
    void exemptionsAreProposedForTheExemptAndTheRecentlyAdmitted() {
        Member regular = member(LocalDate.of(2010, 1, 1));
        assertThat(ReviewRules.defaultExemption(regular, Y2026, 6)).isEmpty();
        Member exempt = member(LocalDate.of(1970, 1, 1),
                new StatusEvent(Ids.newId(), StatusEventType.EXEMPTION_STARTED, LocalDate.of(2026, 3, 1), "Tuổi cao"));
        assertThat(ReviewRules.defaultExemption(exempt, Y2026, 6)).contains(ExemptionReason.EXEMPT_FROM_DUTIES);
        // admitted exactly six months before the end: not less than six months
        assertThat(ReviewRules.defaultExemption(member(LocalDate.of(2026, 6, 30)), Y2026, 6)).isEmpty();
        assertThat(ReviewRules.defaultExemption(member(LocalDate.of(2026, 7, 1)), Y2026, 6))
                .contains(ExemptionReason.RECENTLY_ADMITTED);
        // the local rule switched off
        assertThat(ReviewRules.defaultExemption(member(LocalDate.of(2026, 7, 1)), Y2026, 0)).isEmpty();
        Member gone = member(LocalDate.of(2000, 1, 1),
                new StatusEvent(Ids.newId(), StatusEventType.TRANSFERRED_OUT, LocalDate.of(2026, 5, 1), null));
        assertThat(ReviewRules.isCandidate(gone, Y2026)).isFalse();
        assertThat(ReviewRules.isCandidate(exempt, Y2026)).isTrue();
    }

    @Test
    void levelCountsGivePercentagesOfTheMembersReviewed() {
        LevelCounts counts = LevelCounts.of(Arrays.asList(ReviewLevel.EXCELLENT, ReviewLevel.GOOD, ReviewLevel.GOOD,
                null));
        assertThat(counts.count(ReviewLevel.GOOD)).isEqualTo(2);
        assertThat(counts.unset()).isEqualTo(1);
        assertThat(counts.percent(ReviewLevel.GOOD)).isEqualTo(50.0);
        assertThat(LevelCounts.of(List.of()).percent(ReviewLevel.GOOD)).isZero();
    }

    @Test
    void theSignsAreThreeGroupsOfNine() {
        assertThat(DegradationSign.values()).hasSize(27);
        assertThat(DegradationSign.of(9).group()).isEqualTo(DegradationSign.Group.POLITICS);
        assertThat(DegradationSign.of(10).group()).isEqualTo(DegradationSign.Group.ETHICS);
        assertThat(DegradationSign.of(27).group()).isEqualTo(DegradationSign.Group.SELF_EVOLUTION);
        assertThat(ReviewRules.checkSelfReview(SelfReview.NONE, java.util.Set.of(0, 28), LocalDate.of(2026, 1, 1)))
                .extracting(Problem::messageKey).containsExactly("review.error.signNumber");
    }
}
