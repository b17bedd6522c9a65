package vn.sochibo.application.backup;

/**
 * Port: the store's side of a backup. A backup holds the database as an SQL script, which any later version of
 * the store can load (unlike the raw database file), and which is checked by loading it into a throwaway
 * in-memory database. Scripts are handed over in memory (UTF-8 bytes), never as files: the script of a
 * password-protected folder must not reach the disk in plain text (ADR 0011).
 */
public interface BackupStore {
    /** The whole database, as one consistent snapshot, as an SQL script in UTF-8. */
    byte[] script();

    /**
     * Loads a script into a throwaway in-memory database and counts what it holds. Throws a
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
