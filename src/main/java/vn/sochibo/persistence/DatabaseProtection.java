package vn.sochibo.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import org.h2.tools.ChangeFileEncryption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.sochibo.application.backup.BackupKeys;
import vn.sochibo.application.common.PasswordPrompt;
import vn.sochibo.application.common.PasswordRequiredException;
import vn.sochibo.application.common.StoreException;
import vn.sochibo.application.common.WrongPasswordException;

/**
 * The password protection of a data folder (ADR 0009), split out of {@link Database}: unlocking the key file at
 * open, protecting, changing and removing the password of an open folder, and the keys its backups are sealed
 * with (ADR 0011). It holds the data key of a protected folder (null when the folder is not protected) and wipes
 * it when the store closes.
 *
 * <p>A protected folder holds an H2 file encrypted (CIPHER=AES) with a random data key, and {@code sochibo.key},
 * that key wrapped under the password. Whether a folder is protected is read from the database file itself (H2's
 * encrypted-file header), so a key file left behind by an interrupted change never locks anyone out.
 *
 * <p>Every instance method is called from a {@code synchronized} method of its {@link Database} (the same monitor
 * as before the split); the connection is closed and reopened through the database.
 */
final class DatabaseProtection {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseProtection.class);
    private static final String DATABASE_NAME = Database.DATABASE_NAME;
    /** Where the database file is rewritten (encrypted or decrypted) before it replaces the original. */
    private static final String WORK_FOLDER = "password-work";
    /** The first bytes of an H2 file written with CIPHER=AES (org.h2.store.fs.encrypt.FileEncrypt). */
    private static final byte[] ENCRYPTED_HEADER = "H2encrypt\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final Database database;
    private final Path dataDir;
    private final int kdfIterations;
    /** The data key of a protected folder, wiped on close; null when the folder is not protected. */
    private byte[] dataKey;
    /** For tests: the step of a password change at which to fail, as a disk failure would. */
    private String failAtStep;

    DatabaseProtection(Database database, Path dataDir, byte[] dataKey, int kdfIterations) {
        this.database = database;
        this.dataDir = dataDir;
        this.dataKey = dataKey;
        this.kdfIterations = kdfIterations;
    }

    /** Wipes the data key (the store is closing). */
    void wipeKey() {
        wipe(dataKey);
    }

    private static char[] filePassword(byte[] dataKey) {
        return java.util.HexFormat.of().formatHex(dataKey).toCharArray();
    }

    /**
     * The data key of a protected folder, asking the prompt for the password until it unlocks the key file or
     * the prompt gives up; null for a folder that is not protected. Writes nothing.
     */
    static byte[] unlock(Path dir, PasswordPrompt prompt) {
        Path keyPath = dir.resolve(KeyFile.FILE_NAME);
        if (!isEncrypted(dir.resolve(DATABASE_NAME + ".mv.db"))) {
            if (Files.exists(keyPath)) {
                // A change of protection was interrupted before or after the swap of the file: the plain
                // database file is the valid one; the key file encrypts nothing here.
                LOG.warn("Ignoring {}: the database file in {} is not encrypted", keyPath, dir);
            }
            return null;
        }
        if (!Files.exists(keyPath)) {
            throw new StoreException("store.error.keyMissing", null, dir.toString());
        }
        KeyFile keyFile = KeyFile.read(keyPath);
        boolean wrong = false;
        while (true) {
            char[] password = prompt == null ? null : prompt.password(dir, wrong);
            if (password == null) {
                if (wrong) {
                    throw new WrongPasswordException(null);
                }
                throw new PasswordRequiredException(dir.toString());
            }
            try {
                return keyFile.unwrap(password);
            } catch (WrongPasswordException e) {
                LOG.info("Wrong password for {}", dir);
                wrong = true;
            } finally {
                Arrays.fill(password, '\0');
            }
        }
    }

    /** True when {@code file} starts with H2's encrypted-file header. */
    static boolean isEncrypted(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        byte[] start = new byte[ENCRYPTED_HEADER.length];
        try (var in = Files.newInputStream(file)) {
            return in.readNBytes(start, 0, start.length) == start.length && Arrays.equals(start, ENCRYPTED_HEADER);
        } catch (IOException e) {
            throw new StoreException("store.error.folder", e, file.getParent().toString());
        }
    }

    static void wipe(byte[] bytes) {
        if (bytes != null) {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** A copy of the data key (the caller wipes it); null when the folder is not protected. */
    byte[] dataKeyCopy() {
        return dataKey == null ? null : dataKey.clone();
    }

    /**
     * The data key of a protected folder whose database does not open (for a restore into it, which keeps it
     * protected), asking {@code prompt} for the password; null when the folder is not protected (its file is not
     * encrypted, or no key file is left to open it with).
     */
    static byte[] closedFolderKey(Path dir, PasswordPrompt prompt) {
        if (!isEncrypted(dir.resolve(DATABASE_NAME + ".mv.db")) || !Files.exists(dir.resolve(KeyFile.FILE_NAME))) {
            return null;
        }
        return unlock(dir, prompt);
    }

    /** The keys backups of this folder are sealed with (ADR 0011): none while the folder is not protected. */
    BackupKeys backupKeys() {
        return new BackupKeys() {
            @Override
            public java.util.Optional<BackupKeys.BackupKey> sealing() {
                byte[] key = database.dataKeyCopy();
                if (key == null) {
                    return java.util.Optional.empty();
                }
                try {
                    return java.util.Optional.of(KeyFile.backupKey(key, KeyFile.read(dataDir.resolve(KeyFile.FILE_NAME)).text()));
                } finally {
                    wipe(key);
                }
            }

            @Override
            public BackupKeys.BackupKey open(String envelope, char[] password) {
                return openBackupEnvelope(envelope, password);
            }
        };
    }

    /** Opens the key envelopes of backups without any folder open (the start-up recovery). */
    static BackupKeys backupKeyOpener() {
        return new BackupKeys() {
            @Override
            public java.util.Optional<BackupKeys.BackupKey> sealing() {
                return java.util.Optional.empty();
            }

            @Override
            public BackupKeys.BackupKey open(String envelope, char[] password) {
                return openBackupEnvelope(envelope, password);
            }
        };
    }

    private static BackupKeys.BackupKey openBackupEnvelope(String envelope, char[] password) {
        try {
            KeyFile keyFile;
            try {
                keyFile = KeyFile.parse(envelope);
            } catch (RuntimeException e) {
                throw new StoreException("backup.error.notABackup", e, "key.properties");
            }
            byte[] key = keyFile.unwrap(password);
            try {
                return KeyFile.backupKey(key, keyFile.text());
            } finally {
                wipe(key);
            }
        } finally {
            wipeChars(password);
        }
    }

    boolean isProtected() {
        return dataKey != null;
    }

    /**
     * Encrypts the database: it is closed (the folder lock kept), copied into {@code <data>/password-work/},
     * the copy encrypted and checked to open, the key file written, and only then the encrypted copy moved over
     * the original in one step. Before that step any failure leaves the plain database as it was (a key file
     * already written is removed; it would be ignored anyway); the store is open again either way.
     */
    void protect(char[] password) {
        database.requireOpen();
        if (dataKey != null) {
            wipeChars(password);
            throw new IllegalStateException("the data folder is already protected");
        }
        byte[] newKey = KeyFile.newDataKey();
        KeyFile keyFile;
        try {
            keyFile = KeyFile.wrap(password, newKey, kdfIterations);
        } finally {
            wipeChars(password);
        }
        database.jdbcTransactions().exclusively(() -> {
            Path keyPath = dataDir.resolve(KeyFile.FILE_NAME);
            Path work = null;
            boolean swapped = false;
            try {
                database.shutDownForRewrite();
                work = freshWorkFolder();
                Files.copy(databaseFile(), work.resolve(DATABASE_NAME + ".mv.db"));
                step("encrypt");
                ChangeFileEncryption.execute(work.toString(), DATABASE_NAME, "AES", null, filePassword(newKey), true);
                checkOpens(work, newKey);
                step("writeKey");
                keyFile.write(keyPath);
                step("swap");
                replace(work.resolve(DATABASE_NAME + ".mv.db"), databaseFile());
                swapped = true;
            } catch (IOException | SQLException | RuntimeException e) {
                if (!swapped) {
                    deleteQuietly(keyPath);
                    wipe(newKey);
                    reconnectAfterFailure(e);
                    throw new StoreException("store.error.password", e, dataDir.toString());
                }
                throw new StoreException("store.error.password", e, dataDir.toString());
            } finally {
                deleteWorkFolder(work);
            }
            dataKey = newKey;
            database.reconnect(dataKey);
            LOG.info("Protected the data folder {} with a password", dataDir);
        });
    }

    /** Unwraps the key with the old password and wraps it with the new one; the database file is untouched. */
    void changePassword(char[] oldPassword, char[] newPassword) {
        database.requireOpen();
        try {
            if (dataKey == null) {
                throw new IllegalStateException("the data folder is not protected");
            }
            Path keyPath = dataDir.resolve(KeyFile.FILE_NAME);
            byte[] key = KeyFile.read(keyPath).unwrap(oldPassword);
            try {
                if (!java.security.MessageDigest.isEqual(key, dataKey)) {
                    throw new StoreException("store.error.keyFile", null, keyPath.toString());
                }
                KeyFile next = KeyFile.wrap(newPassword, key, kdfIterations);
                step("writeKey");
                next.write(keyPath);
            } catch (IOException e) {
                throw new StoreException("store.error.password", e, dataDir.toString());
            } finally {
                wipe(key);
            }
            LOG.info("Changed the password of the data folder {}", dataDir);
        } finally {
            wipeChars(oldPassword);
            wipeChars(newPassword);
        }
    }

    /**
     * Unwraps the key file with {@code password} and compares the key with the one in use. A key file that
     * unwraps to another key (replaced behind the app's back) is refused as a damaged key file.
     */
    boolean checkPassword(char[] password) {
        database.requireOpen();
        Path keyPath = dataDir.resolve(KeyFile.FILE_NAME);
        try {
            if (dataKey == null) {
                throw new IllegalStateException("the data folder is not protected");
            }
            byte[] key;
            try {
                key = KeyFile.read(keyPath).unwrap(password);
            } catch (WrongPasswordException e) {
                return false;
            }
            boolean same = java.security.MessageDigest.isEqual(key, dataKey);
            wipe(key);
            if (!same) {
                throw new StoreException("store.error.keyFile", null, keyPath.toString());
            }
            return true;
        } finally {
            wipeChars(password);
        }
    }

    /**
     * Decrypts the database back to a plain file (copy, decrypt, check, swap, as in {@link #protect}); the key
     * file is deleted only once the plain file is open. A wrong password changes nothing.
     */
    void unprotect(char[] currentPassword) {
        database.requireOpen();
        Path keyPath = dataDir.resolve(KeyFile.FILE_NAME);
        try {
            if (dataKey == null) {
                throw new IllegalStateException("the data folder is not protected");
            }
            byte[] key = KeyFile.read(keyPath).unwrap(currentPassword);
            boolean same = java.security.MessageDigest.isEqual(key, dataKey);
            wipe(key);
            if (!same) {
                throw new StoreException("store.error.keyFile", null, keyPath.toString());
            }
        } finally {
            wipeChars(currentPassword);
        }
        database.jdbcTransactions().exclusively(() -> {
            Path work = null;
            try {
                database.shutDownForRewrite();
                work = freshWorkFolder();
                Files.copy(databaseFile(), work.resolve(DATABASE_NAME + ".mv.db"));
                step("decrypt");
                ChangeFileEncryption.execute(work.toString(), DATABASE_NAME, "AES", filePassword(dataKey), null, true);
                checkOpens(work, null);
                step("swap");
                replace(work.resolve(DATABASE_NAME + ".mv.db"), databaseFile());
            } catch (IOException | SQLException | RuntimeException e) {
                reconnectAfterFailure(e);
                throw new StoreException("store.error.password", e, dataDir.toString());
            } finally {
                deleteWorkFolder(work);
            }
            wipe(dataKey);
            dataKey = null;
            database.reconnect(dataKey);
            // Only now that the plain file is open: a key file left behind would be ignored anyway.
            try {
                step("deleteKey");
                Files.deleteIfExists(keyPath);
            } catch (IOException e) {
                LOG.warn("Could not delete {}; it is ignored since the database is not encrypted", keyPath, e);
            }
            LOG.info("Removed the password of the data folder {}", dataDir);
        });
    }

    /** For tests: makes the next password change fail at {@code stepName}, as a full disk would. */
    void failAtStep(String stepName) {
        this.failAtStep = stepName;
    }

    private void step(String name) throws IOException {
        if (name.equals(failAtStep)) {
            failAtStep = null;
            throw new IOException("injected failure at " + name);
        }
    }

    private Path databaseFile() {
        return dataDir.resolve(DATABASE_NAME + ".mv.db");
    }

    private Path freshWorkFolder() throws IOException {
        Path work = dataDir.resolve(WORK_FOLDER);
        // Only ever holds copies made by an earlier, interrupted change: the database in the folder is the valid one.
        deleteWorkFolder(work);
        return Files.createDirectories(work);
    }

    private static void deleteWorkFolder(Path work) {
        if (work == null || !Files.exists(work)) {
            return;
        }
        try (var files = Files.walk(work)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.warn("Could not delete the work folder {}", work, e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete {}", file, e);
        }
    }

    /** Opens the rewritten copy in {@code work} once, read-only, to be sure it is readable with {@code key}. */
    private static void checkOpens(Path work, byte[] key) throws SQLException {
        String url = Database.jdbcUrl(work, key != null) + ";ACCESS_MODE_DATA=r";
        try (Connection c = DriverManager.getConnection(url, "sa", Database.h2Password(key)); Statement s = c.createStatement()) {
            s.executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\"").close();
        }
    }

    private static void replace(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void reconnectAfterFailure(Exception failure) {
        LOG.error("Changing the password protection of {} failed; the database is as it was", dataDir, failure);
        try {
            database.reconnect(dataKey);
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private static void wipeChars(char[] chars) {
        if (chars != null) {
            Arrays.fill(chars, '\0');
        }
    }
}
