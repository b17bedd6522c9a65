package vn.sochibo.domain.meeting;

import java.util.ArrayList;
import java.util.List;
import vn.sochibo.domain.common.Problem;

/** The counts of a vote: tán thành / không tán thành / ý kiến khác. */
public record VoteTally(int inFavour, int against, int other) {
    public int total() {
        return inFavour + against + other;
    }

    /**
     * The counts must be non-negative and add up to the official members present, who alone may vote; a
     * mismatch usually means a miscount at the meeting and is refused.
     */
    public List<Problem> check(int eligibleVoters) {
        List<Problem> problems = new ArrayList<>();
        if (inFavour < 0 || against < 0 || other < 0) {
            problems.add(Problem.of("tally", "vote.error.negative"));
        } else if (total() != eligibleVoters) {
            problems.add(Problem.of("tally", "vote.error.doesNotAddUp", inFavour, against, other, total(),
                    eligibleVoters));
        }
        return problems;
    }
}
