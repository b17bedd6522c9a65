package vn.sochibo.application.backup;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.sochibo.application.audit.AuditAction;
import vn.sochibo.application.audit.AuditKind;
import vn.sochibo.application.audit.AuditSummary;
import vn.sochibo.application.audit.AuditTrail;
import vn.sochibo.application.common.AppInfo;
import vn.sochibo.application.common.PasswordPrompt;
import vn.sochibo.application.common.StoreException;
import vn.sochibo.application.common.WrongPasswordException;
import vn.sochibo.application.settings.SettingsService;

/**
 * Automatic and manual backups of the data folder: the database as an SQL script in a zip with a manifest
 * ({@link BackupFile}; encrypted when the folder is password-protected, ADR 0011), written into {@code <data>/backups/} and, when set, copied to a second folder (a USB
 * stick). Every backup is verified after writing (its checksum matches and it loads into a throwaway database
 * with the counts of its manifest, see {@link #verify(Path)}) before the oldest ones beyond the number to keep are removed; a backup that
 * fails its check is deleted and reported, and older good ones are never removed for it.
 */
public class BackupService {
    public static final String FOLDER = "backups";
    /** The message key of a wrong password for an encrypted backup (a screen asks again on it). */
    public static final String WRONG_PASSWORD = "backup.error.wrongPassword";
    static final String PREFIX = "sochibo-backup-";
    static final String SUFFIX = ".zip";
    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final Duration DAILY = Duration.ofHours(24);

    private final BackupStore store;
    private final BackupKeys keys;
    private final Path dataFolder;
    private final Supplier<SettingsService> settings;
    private final AuditTrail audit;
    private final Clock clock;
    /** How many backups are written and not yet finished; its monitor is waited on by {@link #awaitChecks}. */
    private final int[] checks = new int[1];

    public BackupService(BackupStore store, Path dataFolder, Supplier<SettingsService> settings, AuditTrail audit,
            Clock clock) {
        this(store, BackupKeys.NONE, dataFolder, settings, audit, clock);
    }

    /** With the keys of a folder that may be password-protected: its backups are then encrypted (ADR 0011). */
    public BackupService(BackupStore store, BackupKeys keys, Path dataFolder, Supplier<SettingsService> settings,
            AuditTrail audit, Clock clock) {
        this.store = store;
        this.keys = keys;
        this.dataFolder = dataFolder;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** The folder backups are written to first. */
    public Path folder() {
        return dataFolder.resolve(FOLDER);
    }

    /**
     * Makes a verified backup now into the backups folder and the second folder when one is set, then removes the
     * oldest ones beyond the number to keep. A second folder that cannot be written (USB stick missing) does not
     * fail the backup: the result says so. The backup of a password-protected folder is encrypted; its script is
     * streamed from the store through the cipher into the file, never written in plain.
     */
    public Result backUp(String reason) {
        return finish(write(reason));
    }

    /**
     * The first part of {@link #backUp}: the script written (sealed when the folder is protected) into the backup's
     * {@code .part} file, in one unit of work: the only part that holds the store. The rest, {@link #finish}, may run
     * on another thread while the store serves other work; until it ends, {@link #awaitChecks} waits for it.
     */
    public Written write(String reason) {
        Instant now = clock.instant();
        Path folder = folder();
        String name = freeName(folder, now);
        Path partial = folder.resolve(name + ".part");
        Optional<BackupKeys.BackupKey> key = keys.sealing();
        boolean done = false;
        try {
            Files.createDirectories(folder);
            // The script goes straight from the store into the zip (sealed on the way when protected); the counts
            // in the manifest are the store's, read in the same snapshot. The check then loads the file as
            // written, independently of those counts.
            long started = System.nanoTime();
            BackupFile.write(partial, store::writeScript, now, AppInfo.version(), reason, key.orElse(null));
            synchronized (checks) {
                checks[0]++;
            }
            done = true;
            return new Written(partial, name, reason, (System.nanoTime() - started) / 1_000_000);
        } catch (IOException e) {
            throw new StoreException("backup.error.write", e, folder.toString());
        } finally {
            key.ifPresent(BackupKeys.BackupKey::wipe);
            if (!done) {
                deleteQuietly(partial);
            }
        }
    }

    /** A backup written by {@link #write}, not checked yet: hand it to {@link #finish}, once. */
    public static final class Written {
        private final Path partial;
        private final String name;
        private final String reason;
        private final long scriptMillis;

        private Written(Path partial, String name, String reason, long scriptMillis) {
            this.partial = partial;
            this.name = name;
            this.reason = reason;
            this.scriptMillis = scriptMillis;
        }
    }

    /**
     * The rest of {@link #backUp}: checks the written file (loaded into a throwaway database; the store is not used),
     * gives it its name, removes the oldest backups beyond the number to keep, copies it to the second folder and
     * records it in the audit trail (a short unit of work). A file that fails its check is deleted and reported.
     */
    public Result finish(Written backup) {
        try {
            return finished(backup);
        } finally {
            synchronized (checks) {
                checks[0]--;
                checks.notifyAll();
            }
        }
    }

    /**
     * Waits until no backup written by {@link #write} is still being finished (at most {@code max}): what closes or
     * replaces the store calls it first, so that a backup's audit line is not lost under it.
     */
    public void awaitChecks(Duration max) {
        long until = System.nanoTime() + max.toNanos();
        synchronized (checks) {
            while (checks[0] > 0) {
                long left = until - System.nanoTime();
                if (left <= 0) {
                    LOG.warn("A backup is still being checked after {}; going on", max);
                    return;
                }
                try {
                    checks.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private Result finished(Written backup) {
        Path folder = backup.partial.getParent();
        String name = backup.name;
        String reason = backup.reason;
        BackupInfo written;
        try {
            long started = System.nanoTime();
            written = verify(backup.partial);
            LOG.info("Backup {}: script written in {} ms (the store held), checked in {} ms", name,
                    backup.scriptMillis, (System.nanoTime() - started) / 1_000_000);
            Files.move(backup.partial, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            written = withFile(written, folder.resolve(name));
        } catch (IOException e) {
            throw new StoreException("backup.error.write", e, folder.toString());
        } finally {
            deleteQuietly(backup.partial);
        }
        int keep = settings.get().backupKeep();
        rotate(folder, keep);
        Optional<String> second = settings.get().backupSecondFolder();
        String secondProblem = null;
        if (second.isPresent()) {
            secondProblem = copyTo(written.file(), Path.of(second.get()), keep);
        }
        LOG.info("Backed up the data folder to {} ({}, {} members, {} meetings{})", written.file(), reason,
                written.members(), written.meetings(), written.encrypted() ? ", encrypted" : "");
        // Recorded after the backup was written and checked, so the backup itself does not hold this line.
        audit.record(AuditAction.BACKUP, AuditKind.DATA, null, AuditSummary.create()
                .put("file", written.file().getFileName().toString()).put("reason", reason)
                .put("members", written.members()).put("meetings", written.meetings()).put("sha256", written.sha256())
                .put("encrypted", written.encrypted())
                .put("secondFolder", second.orElse(null)).put("secondFolderProblem", secondProblem).toString());
        return new Result(written, second.orElse(null), secondProblem);
    }

    /**
     * For the store: writes an encrypted backup file sealed under {@code key} (the script written before a schema
     * migration of a protected folder, which is not a listed backup: {@code before-migration-<stamp>.zip}), the
     * script streamed from {@code store} through the cipher as a daily backup's is.
     */
    public static BackupInfo writeSealed(Path zip, BackupStore store, Instant createdAt, String reason,
            BackupKeys.BackupKey key) throws IOException {
        return BackupFile.write(zip, store::writeScript, createdAt, AppInfo.version(), reason, key);
    }

    /** The file name for a backup made at {@code now}; a later millisecond when that name is taken (never replaced). */
    private static String freeName(Path folder, Instant now) {
        for (int ms = 0; ; ms++) {
            String name = PREFIX + STAMP.format(now.plusMillis(ms).atZone(ZoneId.systemDefault())) + SUFFIX;
            if (!Files.exists(folder.resolve(name))) {
                return name;
            }
        }
    }

    /** A backup made, and what happened with the copy in the second folder (null folder: none set). */
    public record Result(BackupInfo backup, String secondFolder, String secondFolderProblem) {
        public boolean copiedToSecondFolder() {
            return secondFolder != null && secondFolderProblem == null;
        }
    }

    /** Makes the daily backup when the newest one is more than a day old (or there is none). */
    public Optional<Result> backUpIfDue() {
        return writeIfDue().map(this::finish);
    }

    /** The first part of {@link #backUpIfDue}: the daily backup's script written when due ({@link #write}). */
    public Optional<Written> writeIfDue() {
        Optional<BackupInfo> newest = list().stream().findFirst();
        if (newest.isPresent() && Duration.between(newest.get().createdAt(), clock.instant()).compareTo(DAILY) < 0) {
            return Optional.empty();
        }
        return Optional.of(write("daily"));
    }

    /**
     * Checks a backup file fully: a Sổ Chi Bộ backup, not cut short, its script matching the manifest's checksum,
     * loading into a throwaway database that holds what the manifest says. Returns what it holds. An encrypted
     * backup is opened with the open folder's key when it was sealed under it; one sealed under another key needs
     * its password ({@link #verify(Path, PasswordPrompt)}; here {@code backup.error.passwordNeeded}).
     */
    public BackupInfo verify(Path file) {
        return verify(file, PasswordPrompt.NONE);
    }

    /**
     * {@link #verify(Path)}, asking {@code password} for the password of an encrypted backup sealed under another
     * key than the open folder's (the password of the folder when the backup was made). A wrong one is asked again
     * until the prompt gives up ({@code backup.error.wrongPassword}).
     */
    public BackupInfo verify(Path file, PasswordPrompt password) {
        try (Checked checked = checked(file, password)) {
            return checked.info();
        }
    }

    /**
     * What the manifest says, with the checksum of the stored data checked, without a password (for an encrypted
     * backup the SHA-256 of its sealed script): what can be known of a backup before its password is given.
     */
    public BackupInfo inspect(Path file) {
        requireFile(file);
        return BackupFile.parse(file, true).info();
    }

    /** Whether opening this backup needs a password: encrypted, and not under the open folder's key. */
    public boolean needsPassword(BackupInfo backup) {
        if (!backup.encrypted()) {
            return false;
        }
        Optional<BackupKeys.BackupKey> own = keys.sealing();
        own.ifPresent(BackupKeys.BackupKey::wipe);
        return own.map(k -> !k.id().equals(backup.keyId())).orElse(true);
    }

    /**
     * A verified backup, which can be read again (a restore loads it next) without asking its password again:
     * it keeps the key of an encrypted one until closed.
     */
    static final class Checked implements AutoCloseable {
        private final BackupFile.Parsed parsed;
        private final BackupKeys.BackupKey key;

        private Checked(BackupFile.Parsed parsed, BackupKeys.BackupKey key) {
            this.parsed = parsed;
            this.key = key;
        }

        BackupInfo info() {
            return parsed.info();
        }

        /** The backup's script, checked again on the way (the file may have changed since). */
        BackupFile.ScriptStream open() {
            return BackupFile.openScript(parsed, key);
        }

        @Override
        public void close() {
            if (key != null) {
                key.wipe();
            }
        }
    }

    /**
     * {@link #verify} keeping what is needed to read the backup again (for a restore, which loads it next); the
     * caller closes it.
     */
    Checked checked(Path file, PasswordPrompt password) {
        requireFile(file);
        BackupFile.Parsed parsed = BackupFile.parse(file, true);
        BackupInfo info = parsed.info();
        Checked checked = new Checked(parsed, info.encrypted() ? key(parsed, password) : null);
        try {
            BackupStore.Contents contents;
            try (BackupFile.ScriptStream script = checked.open()) {
                contents = store.readScript(script, parsed.name());
                script.requireChecked();
            } catch (IOException e) {
                throw new StoreException("backup.error.checksum", e, parsed.name());
            }
            if (contents.members() != info.members() || contents.meetings() != info.meetings()) {
                throw new StoreException("backup.error.checksum", null, parsed.name());
            }
            return checked;
        } catch (RuntimeException e) {
            checked.close();
            throw e;
        }
    }

    /**
     * The key an encrypted backup was sealed under: the open folder's when it is that one, else the one its
     * envelope gives with the password {@code password} is asked for (again after a wrong one, until it gives up;
     * null: none is asked).
     */
    private BackupKeys.BackupKey key(BackupFile.Parsed parsed, PasswordPrompt password) {
        Optional<BackupKeys.BackupKey> own = keys.sealing();
        if (own.isPresent() && own.get().id().equals(parsed.info().keyId())) {
            return own.get();
        }
        own.ifPresent(BackupKeys.BackupKey::wipe);
        boolean wrong = false;
        while (true) {
            char[] given = password == null ? null : password.password(parsed.zip(), wrong);
            if (given == null) {
                throw new StoreException(wrong ? WRONG_PASSWORD : "backup.error.passwordNeeded", null,
                        parsed.name());
            }
            try {
                return keys.open(parsed.envelope(), given);
            } catch (WrongPasswordException e) {
                LOG.info("Wrong password for the backup {}", parsed.zip());
                wrong = true;
            }
        }
    }

    private static void requireFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new StoreException("backup.error.notABackup", null, String.valueOf(file.getFileName()));
        }
    }

    /**
     * The newest backup in the backups folder that passes {@link #verify}, if any. An encrypted one that needs a
     * password is checked as far as it can be without it ({@link #inspect}); its restore checks the rest.
     */
    public Optional<BackupInfo> newestGood() {
        for (BackupInfo candidate : list()) {
            try {
                return Optional.of(needsPassword(candidate) ? inspect(candidate.file()) : verify(candidate.file()));
            } catch (RuntimeException e) {
                LOG.warn("Backup {} does not verify; trying an older one", candidate.file(), e);
            }
        }
        return Optional.empty();
    }

    /**
     * The backup made when the app ends: skipped when the data is the same as in the newest backup (so that
     * opening and closing the app does not push older backups out of the number kept).
     */
    public Optional<Result> backUpOnExit() {
        Optional<BackupInfo> newest = list().stream().findFirst();
        if (newest.isPresent() && sameRecordsAs(newest.get())) {
            LOG.info("No change since the backup {}; none made on exit", newest.get().file());
            return Optional.empty();
        }
        return Optional.of(backUp("exit"));
    }

    /**
     * Whether the database holds the same records as {@code backup}, its audit trail aside (each backup adds a line
     * to it, so a whole-script comparison would never find the two equal). A backup this folder cannot read
     * without a password, or that does not read at all, counts as different: a new backup is made.
     */
    private boolean sameRecordsAs(BackupInfo backup) {
        try {
            BackupFile.Parsed parsed = BackupFile.parse(backup.file(), false);
            byte[] then;
            try (Checked readable = new Checked(parsed, parsed.info().encrypted() ? key(parsed, null) : null);
                    BackupFile.ScriptStream script = readable.open()) {
                then = store.recordsDigest(script::transferTo);
                script.requireChecked();
            }
            byte[] now = store.recordsDigest(store::writeScript);
            return java.security.MessageDigest.isEqual(now, then);
        } catch (StoreException e) {
            LOG.info("Could not compare with the backup {} ({}); making one on exit", backup.file(), e.messageKey());
            return false;
        } catch (IOException e) {
            LOG.info("Could not compare with the backup {}; making one on exit", backup.file(), e);
            return false;
        }
    }

    /** The backups in the backups folder, newest first, as their manifests describe them (unreadable ones left out). */
    public List<BackupInfo> list() {
        List<BackupInfo> found = new ArrayList<>();
        for (Path file : backupFiles(folder())) {
            try {
                found.add(BackupFile.read(file));
            } catch (StoreException e) {
                LOG.warn("Skipping unreadable backup {}: {}", file, e.messageKey());
            }
        }
        found.sort(Comparator.comparing(BackupInfo::createdAt).reversed());
        return found;
    }

    private String copyTo(Path backup, Path secondFolder, int keep) {
        Path target = secondFolder.resolve(backup.getFileName());
        Path partial = secondFolder.resolve(backup.getFileName() + ".part");
        try {
            Files.createDirectories(secondFolder);
            Files.copy(backup, partial, StandardCopyOption.REPLACE_EXISTING);
            verify(partial);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            rotate(secondFolder, keep);
            return null;
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not copy the backup to the second folder {}", secondFolder, e);
            return e instanceof StoreException s ? s.messageKey() : "backup.error.secondFolder";
        } finally {
            deleteQuietly(partial);
        }
    }

    /** Removes the oldest backups beyond {@code keep} (by name, which sorts by time); never touches other files. */
    private static void rotate(Path folder, int keep) {
        List<Path> files = backupFiles(folder);
        files.sort(Comparator.comparing(p -> p.getFileName().toString()));
        for (int i = 0; i < files.size() - keep; i++) {
            deleteQuietly(files.get(i));
        }
    }

    private static List<Path> backupFiles(Path folder) {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder, PREFIX + "*" + SUFFIX)) {
            dir.forEach(files::add);
        } catch (IOException e) {
            throw new StoreException("backup.error.write", e, folder.toString());
        }
        return files;
    }

    private static BackupInfo withFile(BackupInfo i, Path file) {
        return new BackupInfo(file, i.createdAt(), i.appVersion(), i.reason(), i.schemaVersion(), i.members(),
                i.meetings(), i.sha256(), i.size(), i.encrypted(), i.keyId());
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete {}", file, e);
        }
    }
}
