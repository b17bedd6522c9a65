package vn.sochibo.domain.review;

import java.math.BigDecimal;

/**
 * The four quality levels of a member's annual review (domain.md §5), best first. The score bands are defaults
 * ({@link ReviewScoreSheet}); the ordinal order (best first) is relied on by the vote rule.
 */
public enum ReviewLevel {
    /** Hoàn thành xuất sắc nhiệm vụ: ≥ 90 points, all tasks done and clearly beyond. */
    EXCELLENT,
    /** Hoàn thành tốt nhiệm vụ: 70 to < 90 points, all tasks on time. */
    GOOD,
    /** Hoàn thành nhiệm vụ: 50 to < 70 points. */
    COMPLETED,
    /** Không hoàn thành nhiệm vụ: < 50 points. */
    NOT_COMPLETED;

    /** Whether this level is at least as good as {@code other}. */
    public boolean isAtLeast(ReviewLevel other) {
        return ordinal() <= other.ordinal();
    }

    /** The level a score implies with the default bands (90 / 70 / 50). */
    public static ReviewLevel ofScore(BigDecimal score) {
        return ReviewScoreSheet.standard().levelOf(score);
    }
}
