package vn.sochibo.domain.pledge;

/** What a follow-up recorded about an item: đang thực hiện / hoàn thành / chưa đạt. "Quá hạn" is derived, never stored. */
public enum FollowUpStatus {
    DANG_THUC_HIEN,
    HOAN_THANH,
    CHUA_DAT
}
