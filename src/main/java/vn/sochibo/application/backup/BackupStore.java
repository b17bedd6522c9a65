package vn.sochibo.application.backup;

/**
 * Port: the store's side of a backup. A backup holds the database as an SQL script, which any later version of
 * the store can load (unlike the raw database file), and which is checked by loading it into a throwaway
 * database. Scripts are handed over in memory or as streams (UTF-8), never as plain files: the script of a
 * password-protected folder must not reach the disk in plain text (ADR 0011); the throwaway database a script is
 * checked in is encrypted with a one-time key.
 */
public interface BackupStore {
    /** The whole database, as one consistent snapshot, as an SQL script in UTF-8. */
    byte[] script();

    /**
     * Writes the whole database as an SQL script in UTF-8 to {@code out} (the same text as {@link #script()}),
     * statement by statement, and returns what it holds, counted in the same unit of work (one consistent
     * snapshot). Nothing but {@code out} receives the script; {@code out} is not closed.
     */
    Contents writeScript(java.io.OutputStream out) throws java.io.IOException;

    /**
     * Loads a script into a throwaway database and counts what it holds. Throws a
     * {@link vn.sochibo.application.common.StoreException} ({@code backup.error.unreadable}) when the script does
     * not load or is not a Sổ Chi Bộ database, and refuses, without running it, a script holding statements a
     * backup never contains (so that a crafted file cannot run code).
     *
     * @param name the backup file's name, for messages
     */
    Contents readScript(byte[] script, String name);

    /**
     * The script without what changes on its own: the audit trail's rows (every backup adds one) and the
     * script's comments (row counts). Two scripts that are equal this way hold the same records, so the exit
     * backup can be skipped. A new copy; the caller wipes it.
     */
    byte[] withoutAuditTrail(byte[] script);

    /** What a backup holds. {@code schemaVersion} is the store's migration version, e.g. "3". */
    record Contents(String schemaVersion, int members, int meetings) {
    }
}
