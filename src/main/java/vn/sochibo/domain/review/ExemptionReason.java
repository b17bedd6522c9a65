package vn.sochibo.domain.review;

/** Why a member is proposed to be left out of a review (domain.md §5); each proposal may be overridden. */
public enum ExemptionReason {
    /** Miễn công tác và sinh hoạt đảng at the end of the period. */
    EXEMPT_FROM_DUTIES,
    /**
     * Đình chỉ sinh hoạt: the roster keeps no such status, so the app never proposes it; the secretary excludes such a
     * member by hand with this reason's wording in the override reason.
     */
    SUSPENDED,
    /** Admitted less than the set number of months (6 by default, a local rule) before the period's end. */
    RECENTLY_ADMITTED
}
