package vn.sochibo.domain.pledge;

/** What a pledge item is about (domain.md §6); the printed form groups the items by kind, in this order. */
public enum PledgeKind {
    /** Tu dưỡng, rèn luyện. */
    TU_DUONG_REN_LUYEN,
    /** Làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh. */
    LAM_THEO_BAC,
    /** Nêu gương. */
    NEU_GUONG,
    /** Nhiệm vụ chuyên môn. */
    CHUYEN_MON
}
