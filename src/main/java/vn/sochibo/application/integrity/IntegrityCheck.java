package vn.sochibo.application.integrity;

/**
 * One part of the integrity check of a data folder: the database file itself, or one chain of records that must
 * not change once made (finalized meetings with their correction addenda, the audit trail; annual reviews and
 * pledges when they come). {@link IntegrityService} runs them all, in order, for the CLI and for the window alike.
 */
public interface IntegrityCheck {
    /**
     * A short stable name: "database", "meetings", "audit". The check is named in words by the message
     * {@code integrity.check.<id>}.
     */
    String id();

    /** Checks and says what was checked and what was found; writes nothing. */
    CheckResult run();
}
