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
    /** A key/value setting; the entry's entity id is the setting's key. */
    SETTING,
    /** The whole data set (import, restore, backup). */
    DATA
}
