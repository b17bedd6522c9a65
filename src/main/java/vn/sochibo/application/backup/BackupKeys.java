package vn.sochibo.application.backup;

import java.util.Arrays;
import java.util.Optional;

/**
 * Port: the keys backups of a password-protected folder are sealed with (ADR 0011), implemented by the store,
 * which keeps the folder's data key. The application never sees the data key itself, only a backup key derived
 * from it, and the folder's key envelope ({@code sochibo.key}: the data key wrapped under the password), which
 * every encrypted backup carries so that it can be opened on another computer with the password alone.
 */
public interface BackupKeys {
    /** The key new backups are sealed with: the open folder's; empty when the folder is not protected. */
    Optional<BackupKey> sealing();

    /**
     * The backup key inside a backup's key envelope, unlocked with {@code password} (which is wiped): a
     * {@link vn.sochibo.application.common.WrongPasswordException} when it does not unlock it, a
     * {@link vn.sochibo.application.common.StoreException} ({@code backup.error.notABackup}) for a damaged envelope.
     */
    BackupKey open(String envelope, char[] password);

    /** For a folder that is not protected and opens no envelope (tests of plain backups). */
    BackupKeys NONE = new BackupKeys() {
        @Override
        public Optional<BackupKey> sealing() {
            return Optional.empty();
        }

        @Override
        public BackupKey open(String envelope, char[] password) {
            Arrays.fill(password, '\0');
            throw new vn.sochibo.application.common.WrongPasswordException(null);
        }
    };

    /**
     * A backup key.
     *
     * @param secret 32 bytes derived from the folder's data key (never the data key itself); wipe with {@link #wipe}
     * @param id a public name of the data key (a keyed hash of it), so that a backup sealed under the open folder's
     *        key is recognised without a password
     * @param envelope the key file text the backup carries (the data key wrapped under the password)
     */
    record BackupKey(byte[] secret, String id, String envelope) {
        public void wipe() {
            Arrays.fill(secret, (byte) 0);
        }
    }
}
