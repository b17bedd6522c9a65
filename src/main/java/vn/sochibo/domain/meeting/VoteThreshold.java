package vn.sochibo.domain.meeting;

/**
 * When a vote passes: more than (or at least) a fraction of a reference number of members. Defaults come
 * from settings (domain.md §3); nothing here is a fixed rule.
 *
 * @param numerator   e.g. 1 for "1/2", 2 for "2/3"
 * @param denominator e.g. 2 or 3
 * @param strict      true for "more than" (&gt; 1/2), false for "at least" (≥ 2/3)
 * @param of          what the fraction is taken of
 */
public record VoteThreshold(int numerator, int denominator, boolean strict, Reference of) {
    /** The number the fraction is of. */
    public enum Reference {
        /** The meeting's base: official members minus those attached elsewhere and exempt absentees. */
        BASE,
        /** The official members present (the eligible voters). */
        PRESENT
    }

    public VoteThreshold {
        if (numerator <= 0 || denominator <= 0 || numerator > denominator) {
            throw new IllegalArgumentException("threshold must be a fraction in (0, 1]: " + numerator + "/" + denominator);
        }
        if (of == null) {
            throw new IllegalArgumentException("threshold needs a reference");
        }
    }

    /** Ordinary resolution: more than half of the base. */
    public static final VoteThreshold MAJORITY_OF_BASE = new VoteThreshold(1, 2, true, Reference.BASE);
    /** Admission, recognition as official, striking off a probationary member: at least 2/3 of the base. */
    public static final VoteThreshold TWO_THIRDS_OF_BASE = new VoteThreshold(2, 3, false, Reference.BASE);

    /** Whether {@code inFavour} votes pass against the reference number, in exact integer arithmetic. */
    public boolean isMet(int inFavour, int reference) {
        long lhs = (long) inFavour * denominator;
        long rhs = (long) reference * numerator;
        return strict ? lhs > rhs : lhs >= rhs;
    }
}
