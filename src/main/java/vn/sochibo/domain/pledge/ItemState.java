package vn.sochibo.domain.pledge;

/**
 * Where an item stands on a given day, derived by {@link PledgeRules#state}: the last follow-up's status, except
 * that an item whose deadline has passed without being completed is overdue (quá hạn).
 */
public enum ItemState {
    /** No follow-up yet and not overdue (chưa kiểm tra). */
    NOT_CHECKED,
    /** Đang thực hiện. */
    IN_PROGRESS,
    /** Chưa đạt (at the last check; not yet past the deadline). */
    NOT_MET,
    /** Hoàn thành. */
    DONE,
    /** Quá hạn: the deadline has passed and the last status is not "hoàn thành". */
    OVERDUE
}
