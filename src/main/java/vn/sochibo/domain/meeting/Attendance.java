package vn.sochibo.domain.meeting;

/** How a member took part in a meeting, as the roll call records it. */
public enum Attendance {
    PRESENT,
    /** Đến muộn: counted present. */
    LATE,
    /** Về sớm: counted present. */
    LEFT_EARLY,
    /** Vắng có lý do (the reason is recorded beside it). */
    ABSENT_WITH_REASON,
    /** Vắng không lý do. */
    ABSENT_WITHOUT_REASON;

    public boolean isPresent() {
        return this == PRESENT || this == LATE || this == LEFT_EARLY;
    }
}
