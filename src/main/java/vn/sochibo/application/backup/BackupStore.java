package vn.sochibo.application.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Port: the store's side of a backup. A backup holds the database as an SQL script, which any later version of
 * the store can load (unlike the raw database file), and which is checked by loading it into a throwaway
 * database. Scripts are handed over as streams (UTF-8), never whole in memory nor as plain files: the script of a
 * password-protected folder must not reach the disk in plain text (ADR 0011); the throwaway database a script is
 * checked in is encrypted with a one-time key.
 */
public interface BackupStore {
    /**
     * Writes the whole database as an SQL script in UTF-8 to {@code out}, statement by statement, and returns what
     * it holds, counted in the same unit of work (one consistent snapshot). Nothing but {@code out} receives the
     * script; {@code out} is not closed.
     */
    Contents writeScript(OutputStream out) throws IOException;

    /**
     * Loads a script, read from {@code script} to its end, into a throwaway database and counts what it holds.
     * Throws a {@link vn.sochibo.application.common.StoreException} ({@code backup.error.unreadable}) when the
     * script does not load or is not a Sổ Chi Bộ database, and refuses ({@code backup.error.foreignStatement})
     * a statement a backup never contains before it runs (so that a crafted file cannot run code); the throwaway
     * database is deleted either way. An unchecked exception thrown by {@code script}'s reads (a backup found
     * changed on the way) passes unchanged. {@code script} is not closed.
     *
     * @param name the backup file's name, for messages
     */
    Contents readScript(InputStream script, String name);

    /**
     * The SHA-256 of the script {@code script} writes, without what changes on its own: the audit trail's rows
     * (every backup adds one) and the script's comments (row counts). Two scripts with the same digest this way
     * hold the same records, so the exit backup can be skipped. The script is digested as it is written: no copy
     * of it is held.
     */
    byte[] recordsDigest(ScriptWriter script) throws IOException;

    /** Writes a script to a stream (not closing it). */
    @FunctionalInterface
    interface ScriptWriter {
        void writeTo(OutputStream out) throws IOException;
    }

    /** What a backup holds. {@code schemaVersion} is the store's migration version, e.g. "3". */
    record Contents(String schemaVersion, int members, int meetings) {
    }
}
