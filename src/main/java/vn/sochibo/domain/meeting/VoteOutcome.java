package vn.sochibo.domain.meeting;

import vn.sochibo.domain.common.ValidationException;

/**
 * A vote decided against its threshold.
 *
 * @param eligibleVoters official members present
 * @param reference      the number the threshold is a fraction of (the base, or those present)
 */
public record VoteOutcome(VoteTally tally, int eligibleVoters, int reference, VoteThreshold threshold, boolean passed) {

    /** Decides a vote; refuses counts that do not add up to the eligible voters. */
    public static VoteOutcome decide(VoteTally tally, AttendanceCounts counts, VoteThreshold threshold) {
        ValidationException.throwIfAny(tally.check(counts.eligibleVoters()));
        int reference = threshold.of() == VoteThreshold.Reference.BASE ? counts.base() : counts.eligibleVoters();
        return new VoteOutcome(tally, counts.eligibleVoters(), reference, threshold,
                threshold.isMet(tally.inFavour(), reference));
    }

    /** Share of the eligible voters in favour, in percent, as printed in the vote line ("đạt 90%"). */
    public double percentInFavour() {
        return eligibleVoters == 0 ? 0 : 100.0 * tally.inFavour() / eligibleVoters;
    }
}
