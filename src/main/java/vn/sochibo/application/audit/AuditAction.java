package vn.sochibo.application.audit;

/** What was done, as the audit trail records it. */
public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE,
    FINALIZE,
    /** A correction addendum recorded for a finalized meeting. */
    CORRECT,
    /** A whole data set imported (exchange format). */
    IMPORT,
    /** The data folder restored from a backup (recorded by the restore, after loading). */
    RESTORE,
    BACKUP
}
