package vn.sochibo.application.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.sochibo.domain.review.FinalLevel;
import vn.sochibo.domain.review.ReviewAddendum;
import vn.sochibo.domain.review.MemberReview;
import vn.sochibo.domain.review.PeriodKind;
import vn.sochibo.domain.review.ReviewLevel;
import vn.sochibo.domain.review.ReviewPeriod;

/** Review periods, the members' parts and the final levels, in the store (V7). */
public interface ReviewRepository {
    /** A period with its review meeting (roll call, comments). */
    Optional<ReviewPeriod> findPeriod(UUID id);

    /** Every period with its meeting, by end date, then id. */
    List<ReviewPeriod> periods();

    /** The periods as a list shows them, without their meeting's rows, by end date, then id. */
    List<PeriodSummary> summaries();

    /** Inserts or updates a draft period with its roll call and comments (the store refuses a finalized one). */
    void savePeriod(ReviewPeriod period);

    /** Deletes a draft period with everything recorded for it. */
    void deletePeriod(UUID id);

    /** Locks a draft period with its finalization. */
    void finalize(UUID periodId, ReviewPeriod.Finalization finalization);

    /** The highest number given to a period finalized with an end date in [from, to]; 0 when none. */
    int maxNumber(LocalDate from, LocalDate to);

    /** The last finalized period in chain order. */
    Optional<ReviewPeriod> lastFinalized();

    List<MemberReview> memberReviews(UUID periodId);

    Optional<MemberReview> findMemberReview(UUID periodId, UUID memberId);

    /** Every member's part of every period (the exchange file). */
    List<MemberReview> allMemberReviews();

    /** Inserts or updates a member's part with its scores (the store refuses it once the period is finalized). */
    void saveMemberReview(MemberReview review);

    List<FinalLevel> finalLevels(UUID periodId);

    List<FinalLevel> allFinalLevels();

    /** Adds a final level; the store refuses it unless the period is finalized, and refuses any later change. */
    void addFinalLevel(FinalLevel level);

    /** The correction addenda of a period, by number. */
    List<ReviewAddendum> addenda(UUID periodId);

    /** Every correction addendum of every period (the exchange file, verify). */
    List<ReviewAddendum> allAddenda();

    /** Adds a correction addendum; the store refuses it unless the period is finalized, and refuses any later change. */
    void addAddendum(ReviewAddendum addendum);

    /**
     * The levels of the year periods of {@code fromYear..toYear}: one row per member with a part in a period, for
     * the history side by side (a narrow query: no texts, no scores).
     */
    List<LevelRow> levelsOfYears(int fromYear, int toYear);

    /** A period as the list shows it. */
    record PeriodSummary(UUID id, PeriodKind kind, int year, LocalDate startDate, LocalDate endDate, String title,
            LocalDate meetingDate, boolean finalized, Integer number) {
    }

    /** A member's levels in one year period. */
    record LevelRow(UUID periodId, int year, UUID memberId, Boolean included, ReviewLevel selfLevel,
            ReviewLevel cellLevel, ReviewLevel finalLevel) {
    }
}
