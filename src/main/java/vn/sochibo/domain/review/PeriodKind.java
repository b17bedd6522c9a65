package vn.sochibo.domain.review;

/** What a review covers: a year (the usual one), the committee's term, a quarter, or a period set when needed. */
public enum PeriodKind {
    YEAR,
    TERM,
    QUARTER,
    AD_HOC
}
