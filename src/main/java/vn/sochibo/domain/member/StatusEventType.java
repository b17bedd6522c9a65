package vn.sochibo.domain.member;

/**
 * Dated events in a member's history besides admission and recognition as official (which are fields of
 * the member). Each event changes what the member is doing in this cell from its date on.
 */
public enum StatusEventType {
    /** Miễn công tác và sinh hoạt đảng: from this date. */
    EXEMPTION_STARTED,
    /** The exemption ends; the member takes part again. */
    EXEMPTION_ENDED,
    /** Sinh hoạt tạm thời: attached to another cell for a while (counted at home, attends elsewhere). */
    TEMPORARY_ATTACHMENT_STARTED,
    /** Back from the temporary attachment. */
    TEMPORARY_ATTACHMENT_ENDED,
    /** Chuyển sinh hoạt đảng chính thức đi: leaves this cell. */
    TRANSFERRED_OUT,
    /** Chuyển sinh hoạt đến: joins this cell (or comes back to it). */
    TRANSFERRED_IN,
    /** Từ trần. */
    DECEASED,
    /** Xóa tên (or khai trừ): no longer a member. */
    STRUCK_OFF;

    public boolean isFinal() {
        return this == DECEASED || this == STRUCK_OFF;
    }
}
