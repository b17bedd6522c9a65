package vn.sochibo.application.backup;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.sochibo.application.audit.AuditLog;
import vn.sochibo.application.audit.AuditSummary;
import vn.sochibo.application.audit.AuditTrail;
import vn.sochibo.application.common.PasswordPrompt;
import vn.sochibo.application.common.StoreException;
import vn.sochibo.application.common.Transactions;

/**
 * Restores the data folder from a backup file. In this order, and nothing is overwritten or deleted:
 * <ol>
 * <li>the backup is verified fully ({@link BackupService#verify}); a damaged, cut short, edited, foreign or
 * newer file is refused;</li>
 * <li>the current data is backed up (reason {@code before-restore}); when that fails the restore is refused;
 * (a folder whose database does not open has nothing to back up: its file is only set aside);</li>
 * <li>a new database is built from the backup beside the current one and brought up to this version's
 * schema, and must hold what the backup's manifest says;</li>
 * <li>the restore is recorded (RESTORE) in the new database's audit trail: the backup, its date and counts, and
 * the backup of the data it replaces;</li>
 * <li>the store is closed, the current database moves into {@code <data>/set-aside/before-restore-…/}, the new
 * one into place.</li>
 * </ol>
 * An encrypted backup (ADR 0011) is opened with the open folder's key when it was made under it, else with its
 * password. A password-protected folder stays protected under its current password and key; a folder without a
 * password gets the data back without one, even from an encrypted backup.
 * Any failure up to the last step leaves the current data in place, open and unchanged. After a restore (and
 * after a failure of the last step) the store is closed: open the data folder again.
 */
public class RestoreService {
    public static final String BEFORE_RESTORE = "before-restore";
    private static final Logger LOG = LoggerFactory.getLogger(RestoreService.class);

    private final BackupService backups;
    private final RestoreStore store;
    private final boolean backUpFirst;
    private final BiFunction<AuditLog, Transactions, AuditTrail> auditOf;

    private RestoreService(BackupService backups, RestoreStore store, boolean backUpFirst,
            BiFunction<AuditLog, Transactions, AuditTrail> auditOf) {
        this.backups = backups;
        this.store = store;
        this.backUpFirst = backUpFirst;
        this.auditOf = auditOf;
    }

    /**
     * Over an open data folder: the current data is backed up before it is replaced.
     *
     * @param auditOf the audit trail over the restored database (its log and units of work)
     */
    public static RestoreService ofOpenFolder(BackupService backups, RestoreStore store,
            BiFunction<AuditLog, Transactions, AuditTrail> auditOf) {
        return new RestoreService(backups, store, true, auditOf);
    }

    /**
     * Over a data folder whose database does not open (damaged or foreign): nothing can be backed up, the file
     * is set aside as it is. {@code backups} only lists and checks backup files.
     */
    public static RestoreService ofUnreadableFolder(BackupService backups, RestoreStore store,
            BiFunction<AuditLog, Transactions, AuditTrail> auditOf) {
        return new RestoreService(backups, store, false, auditOf);
    }

    /**
     * Whether a failure to open the data folder is one a restore cures: its database file is damaged, cut short
     * or not this app's ({@code store.error.unreadable}). Not a folder in use, a newer version's data or a
     * folder that cannot be written: restoring an older backup over those would only lose work.
     */
    public static boolean curesOpenFailure(Throwable failure) {
        return failure instanceof StoreException store && store.messageKey().equals("store.error.unreadable");
    }

    /**
     * What a restore did.
     *
     * @param folderProtected the restored database is encrypted under the folder's password (it was protected)
     */
    public record Restored(BackupInfo backup, BackupInfo backupOfPrevious, Path previousSetAside,
            boolean folderProtected) {
    }

    /** The backups in the data folder's backups folder, newest first. */
    public List<BackupInfo> list() {
        return backups.list();
    }

    /** Verifies a backup file fully and says what it holds. */
    public BackupInfo verify(Path file) {
        return backups.verify(file);
    }

    /** {@link #verify}, asking {@code password} for the password of an encrypted backup that needs one. */
    public BackupInfo verify(Path file, PasswordPrompt password) {
        return backups.verify(file, password);
    }

    /** Whether opening this backup needs its password (encrypted under another key than the open folder's). */
    public boolean needsPassword(BackupInfo backup) {
        return backups.needsPassword(backup);
    }

    /** The newest backup of the data folder that verifies (as far as it can without a password). */
    public Optional<BackupInfo> newestGoodBackup() {
        return backups.newestGood();
    }

    /** {@link #restore(Path, PasswordPrompt)} of a plain backup or one made under the open folder's key. */
    public Restored restore(Path file) {
        return restore(file, PasswordPrompt.NONE);
    }

    /**
     * Restores the data folder from {@code file} (the one entry point of a restore, from the window, the start-up
     * recovery or the command line). {@code backupPassword} is asked for the password of an encrypted backup made
     * under another key than the open folder's. Throws a {@link StoreException} with a message key when refused or
     * failed; a wrong password changes nothing.
     */
    public Restored restore(Path file, PasswordPrompt backupPassword) {
        try (BackupService.Checked checked = backups.checked(file, backupPassword)) {
            BackupInfo info = checked.info();
            BackupInfo previous = null;
            if (backUpFirst) {
                try {
                    previous = backups.backUp(BEFORE_RESTORE).backup();
                } catch (RuntimeException e) {
                    LOG.error("Could not back up the current data before restoring; nothing restored", e);
                    throw new StoreException("restore.error.backupFirst", e, backups.folder().toString());
                }
            }
            // The backup is read again from its file, as a stream, checked again on the way: it may have changed
            // since it was verified.
            RestoreStore.Built built = null;
            try (BackupFile.ScriptStream script = checked.open()) {
                built = store.build(script, file.getFileName().toString());
                script.requireChecked();
            } catch (IOException | RuntimeException e) {
                if (built != null) {
                    store.discard(built);
                }
                throw e instanceof RuntimeException r ? r
                        : new StoreException("backup.error.checksum", e, file.getFileName().toString());
            }
            Path aside;
            try {
                if (built.contents().members() != info.members() || built.contents().meetings() != info.meetings()) {
                    throw new StoreException("backup.error.checksum", null, file.getFileName().toString());
                }
                String summary = AuditSummary.create().put("file", file.getFileName().toString())
                        .put("createdAt", info.createdAt().toString()).put("reason", info.reason())
                        .put("members", info.members()).put("meetings", info.meetings())
                        .put("encrypted", info.encrypted()).put("protected", built.encrypted())
                        .put("previousBackup", previous == null ? null : previous.file().getFileName().toString())
                        .toString();
                store.inBuilt(built, (log, tx) -> auditOf.apply(log, tx).recordRestore(summary));
                aside = store.swapIn(built);
            } catch (RuntimeException e) {
                store.discard(built);
                throw e;
            }
            LOG.info("Restored {} ({} members, {} meetings{}); the previous database is in {}", file,
                    info.members(), info.meetings(), built.encrypted() ? ", protected" : "", aside);
            return new Restored(info, previous, aside, built.encrypted());
        }
    }
}
