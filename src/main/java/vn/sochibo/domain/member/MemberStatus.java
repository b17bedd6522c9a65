package vn.sochibo.domain.member;

/** What a member is, in this cell, on a given day. */
public enum MemberStatus {
    /** Đảng viên dự bị. */
    PROBATIONARY,
    /** Đảng viên chính thức. */
    OFFICIAL,
    /** Miễn công tác và sinh hoạt đảng. */
    EXEMPT,
    /** Sinh hoạt tạm thời nơi khác. */
    TEMPORARILY_ATTACHED_ELSEWHERE,
    /** Đã chuyển sinh hoạt đi. */
    TRANSFERRED_OUT,
    /** Từ trần. */
    DECEASED,
    /** Đã xóa tên. */
    STRUCK_OFF,
    /** Not yet in this cell on that day: not yet admitted, or admitted elsewhere and not yet transferred in. */
    NOT_YET_MEMBER;

    /** Still on this cell's roster (counted at home), whether or not attending. */
    public boolean isOnRoster() {
        return this == PROBATIONARY || this == OFFICIAL || this == EXEMPT || this == TEMPORARILY_ATTACHED_ELSEWHERE;
    }
}
