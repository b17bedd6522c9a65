package vn.sochibo.domain.meeting;

/** The kinds of chi bộ meeting (domain.md §3). */
public enum MeetingKind {
    /** Sinh hoạt thường kỳ: the monthly meeting. */
    REGULAR,
    /** Sinh hoạt chuyên đề: on one topic, at least once a quarter; never replaces the regular one. */
    THEMATIC,
    /** Thường kỳ kết hợp chuyên đề: both in one sitting (longer minimum duration). */
    COMBINED,
    /** Sinh hoạt bất thường: called when needed. */
    EXTRAORDINARY;

    public boolean hasTopic() {
        return this == THEMATIC || this == COMBINED;
    }
}
