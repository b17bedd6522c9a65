package vn.sochibo.domain.review;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * One member's part of a review: whether the default exemption was overridden, the self-review, the signs of
 * degradation ticked (1–27, {@link DegradationSigns}), the self-proposed level, the criteria scores, the conditions
 * for "xuất sắc" ticked, and the cell's vote with the level it proposes.
 *
 * @param inclusion  null when the default proposal stands, else the secretary's decision with its reason
 * @param cellLevel  the level the vote gives ({@link ReviewRules#cellLevel}); null without a vote or a majority
 */
public record MemberReview(UUID id, UUID periodId, UUID memberId, Inclusion inclusion, SelfReview selfReview,
        Set<Integer> signs, ReviewLevel selfLevel, Map<String, BigDecimal> scores, Set<String> excellentConditions,
        LevelVote vote, ReviewLevel cellLevel) {

    public MemberReview {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(periodId, "periodId");
        Objects.requireNonNull(memberId, "memberId");
        selfReview = selfReview == null ? SelfReview.NONE : selfReview;
        signs = signs == null ? Set.of() : java.util.Collections.unmodifiableSortedSet(new TreeSet<>(signs));
        scores = scores == null ? Map.of() : java.util.Collections.unmodifiableSortedMap(new TreeMap<>(scores));
        excellentConditions = excellentConditions == null ? Set.of()
                : java.util.Collections.unmodifiableSortedSet(new TreeSet<>(excellentConditions));
    }

    /** Nothing recorded yet for the member. */
    public static MemberReview empty(UUID id, UUID periodId, UUID memberId) {
        return new MemberReview(id, periodId, memberId, null, SelfReview.NONE, Set.of(), null, Map.of(), Set.of(),
                null, null);
    }

    public MemberReview withInclusion(Inclusion i) {
        return new MemberReview(id, periodId, memberId, i, selfReview, signs, selfLevel, scores, excellentConditions,
                vote, cellLevel);
    }

    public MemberReview withSelfReview(SelfReview s, Set<Integer> newSigns, ReviewLevel level) {
        return new MemberReview(id, periodId, memberId, inclusion, s, newSigns, level, scores, excellentConditions,
                vote, cellLevel);
    }

    public MemberReview withScores(Map<String, BigDecimal> newScores, Set<String> conditions) {
        return new MemberReview(id, periodId, memberId, inclusion, selfReview, signs, selfLevel, newScores, conditions,
                vote, cellLevel);
    }

    public MemberReview withVote(LevelVote v, ReviewLevel level) {
        return new MemberReview(id, periodId, memberId, inclusion, selfReview, signs, selfLevel, scores,
                excellentConditions, v, level);
    }

    /** The secretary's decision to include or leave out a member against (or confirming) the default. */
    public record Inclusion(boolean included, String reason) {
    }
}
