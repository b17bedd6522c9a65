package vn.sochibo.application.review;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.sochibo.domain.member.MemberStatus;
import vn.sochibo.domain.pledge.YearFigures;
import vn.sochibo.domain.review.ExcellentCondition;
import vn.sochibo.domain.review.ExemptionReason;
import vn.sochibo.domain.review.FinalLevel;
import vn.sochibo.domain.review.LevelCounts;
import vn.sochibo.domain.review.MemberReview;
import vn.sochibo.domain.review.QuotaRule;
import vn.sochibo.domain.review.ReviewLevel;
import vn.sochibo.domain.review.ReviewPeriod;
import vn.sochibo.domain.review.ReviewScoreSheet;

/** What {@link ReviewService} hands to screens, the CLI and the documents: read-only views. */
public final class ReviewViews {
    private ReviewViews() {
    }

    /**
     * A member of the roster at the end of the period (or with a part recorded), with the default proposal and the
     * secretary's override: {@code included} is what counts.
     */
    public record Participant(UUID memberId, String fullName, MemberStatus status, ExemptionReason proposedExemption,
            MemberReview.Inclusion override, boolean included) {
    }

    /**
     * Facts from the records for the period, to prefill the self-review and the scores.
     *
     * @param meetingsExpected meetings of the period the member was called to (on the roster, not exempt, not
     *                         attached elsewhere that day)
     * @param meetingsAttended of those, the ones the roll call marks present
     * @param contributions    times the member spoke at the period's meetings
     * @param tasksAssigned    tasks assigned to the member at the period's meetings
     * @param tasksDone        of those, the ones a later meeting recorded as done (the minutes keep no completion
     *                         date, so "on time" cannot be told apart)
     * @param pledges          the pledge figures of the period's year (null: no pledge expected nor recorded)
     */
    public record Facts(int meetingsExpected, int meetingsAttended, int contributions, int tasksAssigned,
            int tasksDone, YearFigures pledges) {
    }

    /** The score on the sheet the member was scored on, the level it implies, and the checklist for xuất sắc. */
    public record Score(ReviewScoreSheet sheet, BigDecimal total, ReviewLevel impliedLevel,
            Map<ExcellentCondition, Boolean> excellentChecklist) {
        /** True when every condition is known to be met (a null, unknown, one is not met). */
        public boolean meetsExcellent() {
            return excellentChecklist.values().stream().allMatch(Boolean.TRUE::equals);
        }
    }

    /** Everything one member's screen needs. */
    public record MemberSheet(ReviewPeriod period, Participant participant, MemberReview review, Facts facts,
            Score score, int eligibleVoters, FinalLevel finalLevel) {
    }

    /** A row of the summary table for the upper committee. */
    public record SummaryRow(UUID memberId, String fullName, ReviewLevel selfLevel, ReviewLevel scoreLevel,
            ReviewLevel cellLevel, ReviewLevel finalLevel, FinalLevel decision) {
    }

    /**
     * The period's summary: the members reviewed in roster order and the counts per level (of the members
     * reviewed), the quota on the cell's levels and, once entered, on the final ones.
     */
    public record Summary(ReviewPeriod period, List<SummaryRow> rows, List<Participant> excluded,
            LevelCounts selfCounts, LevelCounts cellCounts, LevelCounts finalCounts, QuotaRule.QuotaCheck cellQuota,
            QuotaRule.QuotaCheck finalQuota) {
    }

    /** One member's levels in the last three years, oldest first (a year without a review is absent). */
    public record HistoryRow(UUID memberId, String fullName, List<YearLevels> years) {
    }

    public record YearLevels(int year, boolean included, ReviewLevel selfLevel, ReviewLevel cellLevel,
            ReviewLevel finalLevel) {
    }

    /** A finalized review (or one of its final levels) whose stored content no longer matches its hash. */
    public record TamperFinding(UUID periodId, int number, String title, UUID memberId, Kind kind) {
        public enum Kind {
            CONTENT_CHANGED,
            CHAIN_BROKEN,
            FINAL_LEVEL_CHANGED,
            FINAL_LEVEL_CHAIN_BROKEN,
            ADDENDUM_CHANGED,
            ADDENDUM_CHAIN_BROKEN
        }
    }
}
