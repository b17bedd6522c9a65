package vn.sochibo.domain.review;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.sochibo.domain.common.Problem;

/** The cell's vote on one member's level: how many voted for each level (biểu quyết đề nghị mức xếp loại). */
public record LevelVote(int excellent, int good, int completed, int notCompleted) {
    public int total() {
        return excellent + good + completed + notCompleted;
    }

    public int votesFor(ReviewLevel level) {
        return switch (level) {
            case EXCELLENT -> excellent;
            case GOOD -> good;
            case COMPLETED -> completed;
            case NOT_COMPLETED -> notCompleted;
        };
    }

    /** The votes for {@code level} or any better level (the cumulative count the vote rule uses). */
    public int votesForAtLeast(ReviewLevel level) {
        int sum = 0;
        for (ReviewLevel l : ReviewLevel.values()) {
            if (l.isAtLeast(level)) {
                sum += votesFor(l);
            }
        }
        return sum;
    }

    public Map<ReviewLevel, Integer> asMap() {
        Map<ReviewLevel, Integer> map = new EnumMap<>(ReviewLevel.class);
        for (ReviewLevel l : ReviewLevel.values()) {
            map.put(l, votesFor(l));
        }
        return map;
    }

    /**
     * Counts must be non-negative and add up to the eligible voters (official members present at the review
     * meeting, as in meetings); a mismatch is a miscount and is refused.
     */
    public List<Problem> check(int eligibleVoters) {
        List<Problem> problems = new ArrayList<>();
        if (excellent < 0 || good < 0 || completed < 0 || notCompleted < 0) {
            problems.add(Problem.of("vote", "review.error.voteNegative"));
        } else if (total() != eligibleVoters) {
            problems.add(Problem.of("vote", "review.error.voteDoesNotAddUp", excellent, good, completed,
                    notCompleted, total(), eligibleVoters));
        }
        return problems;
    }
}
