package vn.sochibo.application.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.sochibo.application.common.StoreException;

/**
 * Restores the data folder from a backup file. In this order, and nothing is overwritten or deleted:
 * <ol>
 * <li>the backup is verified fully ({@link BackupService#verify}); a damaged, cut short, edited, foreign or
 * newer file is refused;</li>
 * <li>the current data is backed up (reason {@code before-restore}); when that fails the restore is refused;
 * (a folder whose database does not open has nothing to back up: its file is only set aside);</li>
 * <li>a new database is built from the backup beside the current one and brought up to this version's
 * schema, and must hold what the backup's manifest says;</li>
 * <li>the store is closed, the current database moves into {@code <data>/set-aside/before-restore-…/}, the new
 * one into place.</li>
 * </ol>
 * Any failure up to the last step leaves the current data in place, open and unchanged. After a restore (and
 * after a failure of the last step) the store is closed: open the data folder again.
 */
public class RestoreService {
    public static final String BEFORE_RESTORE = "before-restore";
    private static final Logger LOG = LoggerFactory.getLogger(RestoreService.class);

    private final BackupService backups;
    private final RestoreStore store;
    private final boolean backUpFirst;

    private RestoreService(BackupService backups, RestoreStore store, boolean backUpFirst) {
        this.backups = backups;
        this.store = store;
        this.backUpFirst = backUpFirst;
    }

    /** Over an open data folder: the current data is backed up before it is replaced. */
    public static RestoreService ofOpenFolder(BackupService backups, RestoreStore store) {
        return new RestoreService(backups, store, true);
    }

    /**
     * Over a data folder whose database does not open (damaged or foreign): nothing can be backed up, the file
     * is set aside as it is. {@code backups} only lists and checks backup files.
     */
    public static RestoreService ofUnreadableFolder(BackupService backups, RestoreStore store) {
        return new RestoreService(backups, store, false);
    }

    /**
     * Whether a failure to open the data folder is one a restore cures: its database file is damaged, cut short
     * or not this app's ({@code store.error.unreadable}). Not a folder in use, a newer version's data or a
     * folder that cannot be written: restoring an older backup over those would only lose work.
     */
    public static boolean curesOpenFailure(Throwable failure) {
        return failure instanceof StoreException store && store.messageKey().equals("store.error.unreadable");
    }

    /** What a restore did. */
    public record Restored(BackupInfo backup, BackupInfo backupOfPrevious, Path previousSetAside) {
    }

    /** The backups in the data folder's backups folder, newest first. */
    public List<BackupInfo> list() {
        return backups.list();
    }

    /** Verifies a backup file fully and says what it holds. */
    public BackupInfo verify(Path file) {
        return backups.verify(file);
    }

    /** The newest backup of the data folder that verifies. */
    public Optional<BackupInfo> newestGoodBackup() {
        return backups.newestGood();
    }

    /**
     * Restores the data folder from {@code file} (the one entry point of a restore, from the window, the start-up
     * recovery or the command line). Throws a {@link StoreException} with a message key when refused or failed.
     */
    public Restored restore(Path file) {
        Path script = null;
        try {
            script = Files.createTempFile("sochibo-restore-", ".sql");
            BackupInfo info = backups.verifyInto(file, script);
            BackupInfo previous = null;
            if (backUpFirst) {
                try {
                    previous = backups.backUp(BEFORE_RESTORE).backup();
                } catch (RuntimeException e) {
                    LOG.error("Could not back up the current data before restoring; nothing restored", e);
                    throw new StoreException("restore.error.backupFirst", e, backups.folder().toString());
                }
            }
            RestoreStore.Built built = store.build(script);
            if (built.contents().members() != info.members() || built.contents().meetings() != info.meetings()) {
                store.discard(built);
                throw new StoreException("backup.error.checksum", null, file.getFileName().toString());
            }
            Path aside;
            try {
                aside = store.swapIn(built);
            } catch (RuntimeException e) {
                store.discard(built);
                throw e;
            }
            LOG.info("Restored {} ({} members, {} meetings); the previous database is in {}", file,
                    info.members(), info.meetings(), aside);
            return new Restored(info, previous, aside);
        } catch (IOException e) {
            throw new StoreException("restore.error.build", e, file.toString());
        } finally {
            if (script != null) {
                try {
                    Files.deleteIfExists(script);
                } catch (IOException e) {
                    LOG.warn("Could not delete {}", script, e);
                }
            }
        }
    }
}
