package vn.sochibo.application.audit;

/** What kind of record an audit entry concerns. */
public enum AuditKind {
    MEMBER,
    STATUS_EVENT,
    CELL,
    MEETING,
    CORRECTION,
    /** A key/value setting; the entry's entity id is the setting's key. */
    SETTING,
    /** The whole data set (import, restore, backup). */
    DATA
}
