package vn.sochibo.application.backup;

import java.nio.file.Path;
import java.util.function.BiConsumer;
import vn.sochibo.application.audit.AuditLog;
import vn.sochibo.application.common.Transactions;

/**
 * Port: the store's side of a restore. A new database is built from a backup's script beside the current one
 * (inside the data folder, so that putting it in place is a rename), then swapped in: the current database is
 * moved aside, never deleted. A password-protected folder stays protected under its current key and password:
 * the new database is built encrypted with the folder's data key and the key file stays in place (ADR 0011).
 */
public interface RestoreStore {
    /**
     * Builds a new database from a verified backup's script, read from {@code script} to its end, in a folder of
     * its own inside the data folder, encrypted with the folder's data key when the folder is protected, and
     * brings its schema up to this version of the app. Refuses ({@code store.error.tooNew}) a script from a newer
     * version, and refuses a statement a backup never holds before it runs ({@code backup.error.foreignStatement});
     * an unchecked exception from {@code script}'s reads passes unchanged. On any failure the new database is
     * deleted; the current database is not touched. {@code script} is not closed.
     *
     * @param name the backup file's name, for messages
     */
    Built build(java.io.InputStream script, String name);

    /** Runs {@code work} in one unit of work over the built database (to record the restore in its audit trail). */
    void inBuilt(Built built, BiConsumer<AuditLog, Transactions> work);

    /**
     * Puts a built database in place of the current one: closes the store when it is open, moves the current
     * database files into {@code <data>/set-aside/before-restore-<yyyyMMdd-HHmmss>/} (the key file of a protected
     * folder is copied there and stays in place) and the built file into place. When the built file cannot be
     * moved in, the current database is moved back.
     *
     * @return the folder the replaced database is now in; null when the folder held no database file
     */
    Path swapIn(Built built);

    /** Removes a built database that was not put in place (it is a temporary copy, not the user's data). */
    void discard(Built built);

    /**
     * A database built from a script, not yet in place, and what it holds.
     *
     * @param encrypted built encrypted with the data key of the (protected) folder
     */
    record Built(Path folder, BackupStore.Contents contents, boolean encrypted) {
    }
}
