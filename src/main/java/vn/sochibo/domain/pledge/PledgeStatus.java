package vn.sochibo.domain.pledge;

/** A pledge is a draft until the member has signed it and the secretary records it as registered (đã đăng ký). */
public enum PledgeStatus {
    DRAFT,
    REGISTERED
}
