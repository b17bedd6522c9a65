package vn.sochibo.application.audit;

/** What kind of record an audit entry concerns. */
public enum AuditKind {
    MEMBER,
    STATUS_EVENT,
    CELL,
    MEETING,
    CORRECTION,
    /** A member's yearly pledge with its items. */
    PLEDGE,
    /** A follow-up (dated check) of a pledge item. */
    PLEDGE_FOLLOW_UP,
    /** An annual review period with its review meeting (issue 6). */
    REVIEW_PERIOD,
    /** One member's part of an annual review: inclusion, self-review, scores, the cell's vote. */
    MEMBER_REVIEW,
    /** The level the upper committee decided for a member, recorded after the review was finalized. */
    REVIEW_FINAL_LEVEL,
    /** A key/value setting; the entry's entity id is the setting's key. */
    SETTING,
    /** The whole data set (import, restore, backup). */
    DATA
}
