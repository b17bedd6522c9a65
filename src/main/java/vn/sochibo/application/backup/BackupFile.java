package vn.sochibo.application.backup;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import vn.sochibo.application.archive.ArchiveCipher;
import vn.sochibo.application.backup.BackupKeys.BackupKey;
import vn.sochibo.application.common.StoreException;

/**
 * The backup file, a zip whose manifest ({@code manifest.properties}: format, version, when, why, app version,
 * schema version, counts) is written last, so that a file cut short has none and is refused.
 * <ul>
 * <li>Version 1, a folder without a password: the database as an SQL script ({@code sochibo.sql}) and its
 * SHA-256 in the manifest.</li>
 * <li>Version 2, a password-protected folder (ADR 0011): the folder's key envelope ({@code key.properties}, the
 * data key wrapped under the password as in {@code sochibo.key}), the script sealed with {@link ArchiveCipher}
 * under the backup key ({@code sochibo.sql.enc}), and in the manifest {@code encrypted=true}, the key's public
 * id, the SHA-256 of the sealed entry (checked without a password), the keyed fingerprint of the script, and a
 * keyed seal over every other manifest field.</li>
 * </ul>
 * The script is streamed in and out, never held whole in memory nor written to disk in plain text for an
 * encrypted backup.
 */
final class BackupFile {
    static final String FORMAT = "sochibo-backup";
    static final int VERSION = 2;
    static final String SCRIPT_ENTRY = "sochibo.sql";
    static final String SEALED_ENTRY = "sochibo.sql.enc";
    static final String KEY_ENTRY = "key.properties";
    static final String MANIFEST_ENTRY = "manifest.properties";
    /** No entry of a backup is bigger: a crafted file inflating to gigabytes stops here. */
    private static final long MAX_ENTRY_BYTES = 512L * 1024 * 1024;
    /** The manifest and the key envelope are a few hundred bytes. */
    private static final int MAX_SMALL_ENTRY_BYTES = 1024 * 1024;
    /** The entries read; any of them twice refuses the file. */
    private static final Set<String> WANTED = Set.of(MANIFEST_ENTRY, KEY_ENTRY, SCRIPT_ENTRY, SEALED_ENTRY);
    private static final SecureRandom RANDOM = new SecureRandom();
    /** What the keyed fingerprint of a sealed script starts with, before the script. */
    private static final byte[] FINGERPRINT_PREFIX = "sochibo-backup-script\n".getBytes(StandardCharsets.US_ASCII);

    private BackupFile() {
    }

    /**
     * What a backup file's manifest says and its key envelope (version 2), read without a password; the script
     * itself is read as a stream ({@link #openScript}).
     */
    record Parsed(Path zip, BackupInfo info, Properties manifest, String envelope) {
        String name() {
            return zip.getFileName().toString();
        }
    }

    /** Writes a backup's script to a stream (not closing it) and says what it holds. */
    interface ScriptSource {
        BackupStore.Contents writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes the zip: version 1 when {@code key} is null, else version 2 sealed under {@code key}, streaming the
     * script from {@code source} into its entry (through the cipher when sealed) while its checksums are computed:
     * no copy of the whole script is held. The manifest, written last, gets the counts {@code source} returns.
     * Returns what the file holds.
     */
    static BackupInfo write(Path zip, ScriptSource source, Instant createdAt, String appVersion, String reason,
            BackupKey key) throws IOException {
        Properties manifest = new Properties();
        manifest.setProperty("format", FORMAT);
        manifest.setProperty("createdAt", createdAt.toString());
        manifest.setProperty("appVersion", appVersion);
        manifest.setProperty("reason", reason);
        try (OutputStream out = Files.newOutputStream(zip);
                ZipOutputStream z = new ZipOutputStream(new BufferedOutputStream(out, 1 << 16))) {
            OutputStream entry = new FilterOutputStream(z) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    z.write(b, off, len);
                }

                @Override
                public void close() {
                    // The zip stays open for its next entry.
                }
            };
            BackupStore.Contents contents;
            if (key == null) {
                MessageDigest sha = sha256();
                z.putNextEntry(new ZipEntry(SCRIPT_ENTRY));
                contents = source.writeTo(new DigestOutputStream(entry, sha));
                manifest.setProperty("version", "1");
                manifest.setProperty("scriptSha256", HexFormat.of().formatHex(sha.digest()));
            } else {
                z.putNextEntry(new ZipEntry(KEY_ENTRY));
                z.write(key.envelope().getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
                z.putNextEntry(new ZipEntry(SEALED_ENTRY));
                MessageDigest payload = sha256();
                Mac fingerprint = mac(key);
                fingerprint.update(FINGERPRINT_PREFIX);
                char[] password = HexFormat.of().formatHex(key.secret()).toCharArray();
                try (OutputStream sealed = ArchiveCipher.encrypting(new DigestOutputStream(entry, payload), password,
                        1, RANDOM)) {
                    contents = source.writeTo(new FilterOutputStream(sealed) {
                        @Override
                        public void write(int b) throws IOException {
                            fingerprint.update((byte) b);
                            sealed.write(b);
                        }

                        @Override
                        public void write(byte[] b, int off, int len) throws IOException {
                            fingerprint.update(b, off, len);
                            sealed.write(b, off, len);
                        }
                    });
                } finally {
                    Arrays.fill(password, '\0');
                }
                manifest.setProperty("version", Integer.toString(VERSION));
                manifest.setProperty("encrypted", "true");
                manifest.setProperty("keyId", key.id());
                manifest.setProperty("payloadSha256", HexFormat.of().formatHex(payload.digest()));
                manifest.setProperty("scriptHmac", HexFormat.of().formatHex(fingerprint.doFinal()));
            }
            z.closeEntry();
            manifest.setProperty("schemaVersion", contents.schemaVersion());
            manifest.setProperty("members", Integer.toString(contents.members()));
            manifest.setProperty("meetings", Integer.toString(contents.meetings()));
            if (key != null) {
                manifest.setProperty("seal", hmac(key, canonical(manifest)));
            }
            StringWriter text = new StringWriter();
            manifest.store(text, null);
            z.putNextEntry(new ZipEntry(MANIFEST_ENTRY));
            z.write(text.toString().getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return info(zip, manifest);
    }

    /** What the manifest says, without reading the data (listing; no password needed). */
    static BackupInfo read(Path zip) {
        return parse(zip, false).info();
    }

    /**
     * Reads the manifest (and the key envelope) and checks what can be checked without a password: the manifest,
     * and with {@code withData} the SHA-256 of the script (version 1) or of the sealed script (version 2), computed
     * on the stream (nothing of the data is kept). Any problem is a {@link StoreException}.
     */
    static Parsed parse(Path zip, boolean withData) {
        Properties manifest = new Properties();
        String envelope = null;
        BackupInfo info;
        try (ZipFile z = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
            Set<String> seen = new HashSet<>();
            for (Enumeration<? extends ZipEntry> all = z.entries(); all.hasMoreElements();) {
                String name = all.nextElement().getName();
                if (WANTED.contains(name) && !seen.add(name)) {
                    throw new IOException("entry twice: " + name);
                }
            }
            byte[] manifestBytes = readCapped(z, MANIFEST_ENTRY);
            if (manifestBytes == null) {
                throw notABackup(zip, null);
            }
            manifest.load(new StringReader(new String(manifestBytes, StandardCharsets.UTF_8)));
            if (!FORMAT.equals(manifest.getProperty("format"))) {
                throw notABackup(zip, null);
            }
            int version = parseInt(manifest, "version", zip);
            if (version > VERSION) {
                throw new StoreException("backup.error.tooNew", null, zip.getFileName().toString());
            }
            boolean encrypted = "true".equals(manifest.getProperty("encrypted"));
            byte[] envelopeBytes = encrypted ? readCapped(z, KEY_ENTRY) : null;
            if (encrypted != (version == 2) || encrypted && envelopeBytes == null) {
                throw notABackup(zip, null);
            }
            envelope = encrypted ? new String(envelopeBytes, StandardCharsets.UTF_8) : null;
            info = info(zip, manifest);
            if (withData) {
                ZipEntry data = z.getEntry(encrypted ? SEALED_ENTRY : SCRIPT_ENTRY);
                String expected = manifest.getProperty(encrypted ? "payloadSha256" : "scriptSha256", "");
                if (data == null || !expected.equals(sha256(z, data))) {
                    throw new StoreException("backup.error.checksum", null, zip.getFileName().toString());
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw notABackup(zip, e);
        }
        return new Parsed(zip, info, manifest, envelope);
    }

    /**
     * The script of a backup as a stream, checked on the way. For version 1 the SHA-256 of the script is compared
     * with the manifest's at its end; for version 2 ({@code key}: the one it was sealed under) the manifest's seal
     * and the key id are checked first, every segment's GCM tag before its plaintext is released, and the keyed
     * fingerprint of the script and the SHA-256 of the sealed entry at its end. A changed byte anywhere is
     * {@code backup.error.checksum}, thrown (unchecked) from the read that finds it: whatever consumes the stream
     * must read it to its end and then ask {@link ScriptStream#requireChecked()}.
     */
    static ScriptStream openScript(Parsed parsed, BackupKey key) {
        Properties manifest = parsed.manifest();
        boolean encrypted = parsed.info().encrypted();
        if (encrypted && (key == null || !key.id().equals(manifest.getProperty("keyId"))
                || !MessageDigest.isEqual(hmac(key, canonical(manifest)).getBytes(StandardCharsets.US_ASCII),
                        manifest.getProperty("seal", "").getBytes(StandardCharsets.US_ASCII)))) {
            throw new StoreException("backup.error.checksum", null, parsed.name());
        }
        ZipFile z = null;
        char[] password = null;
        try {
            z = new ZipFile(parsed.zip().toFile(), StandardCharsets.UTF_8);
            ZipEntry entry = z.getEntry(encrypted ? SEALED_ENTRY : SCRIPT_ENTRY);
            if (entry == null) {
                throw new StoreException("backup.error.checksum", null, parsed.name());
            }
            InputStream stored = z.getInputStream(entry);
            if (!encrypted) {
                MessageDigest sha = sha256();
                return new ScriptStream(z, stored, parsed.name(), sha::update,
                        () -> HexFormat.of().formatHex(sha.digest()), manifest.getProperty("scriptSha256", ""),
                        () -> true);
            }
            MessageDigest payload = sha256();
            DigestInputStream sealed = new DigestInputStream(stored, payload);
            password = HexFormat.of().formatHex(key.secret()).toCharArray();
            InputStream plain = ArchiveCipher.decrypting(sealed, password);
            Mac fingerprint = mac(key);
            fingerprint.update(FINGERPRINT_PREFIX);
            String expectedPayload = manifest.getProperty("payloadSha256", "");
            return new ScriptStream(z, plain, parsed.name(), fingerprint::update,
                    () -> HexFormat.of().formatHex(fingerprint.doFinal()), manifest.getProperty("scriptHmac", ""),
                    () -> {
                        // Whatever follows the final segment counts too (the whole entry is what was checksummed).
                        sealed.transferTo(OutputStream.nullOutputStream());
                        return expectedPayload.equals(HexFormat.of().formatHex(payload.digest()));
                    });
        } catch (IOException | RuntimeException e) {
            closeQuietly(z);
            if (e instanceof StoreException s && s.messageKey().startsWith("backup.")) {
                throw s;
            }
            throw new StoreException("backup.error.checksum", e, parsed.name());
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    /** Feeds what was read to a digest or a MAC. */
    private interface Feed {
        void update(byte[] bytes, int off, int len);
    }

    /** A check made at the end of the stream. */
    private interface EndCheck {
        boolean passes() throws IOException;
    }

    /**
     * A backup's script read from its file ({@link #openScript}): every byte read is fed to the script's
     * fingerprint, which is compared with the manifest's when the stream ends. Failures are
     * {@code backup.error.checksum} {@link StoreException}s (unchecked, so that they pass unchanged through the
     * readers of whoever consumes the stream). Closing it closes the file.
     */
    static final class ScriptStream extends InputStream {
        private final ZipFile zip;
        private final InputStream in;
        private final String name;
        private final Feed feed;
        private final java.util.function.Supplier<String> fingerprint;
        private final String expected;
        private final EndCheck endCheck;
        private final byte[] one = new byte[1];
        private long read;
        private boolean checked;

        private ScriptStream(ZipFile zip, InputStream in, String name, Feed feed,
                java.util.function.Supplier<String> fingerprint, String expected, EndCheck endCheck) {
            this.zip = zip;
            this.in = in;
            this.name = name;
            this.feed = feed;
            this.fingerprint = fingerprint;
            this.expected = expected;
            this.endCheck = endCheck;
        }

        @Override
        public int read() {
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (checked) {
                return -1;
            }
            int n;
            try {
                n = in.read(b, off, len);
                if (n < 0) {
                    boolean same = MessageDigest.isEqual(fingerprint.get().getBytes(StandardCharsets.US_ASCII),
                            expected.getBytes(StandardCharsets.US_ASCII));
                    if (!same || !endCheck.passes()) {
                        throw new StoreException("backup.error.checksum", null, name);
                    }
                    checked = true;
                    return -1;
                }
            } catch (IOException | RuntimeException e) {
                throw e instanceof StoreException s && s.messageKey().startsWith("backup.") ? s
                        : new StoreException("backup.error.checksum", e, name);
            }
            read += n;
            if (read > MAX_ENTRY_BYTES) {
                throw new StoreException("backup.error.checksum", new IOException("entry too big"), name);
            }
            feed.update(b, off, n);
            return n;
        }

        /** Refuses a script not read to its end (and so not checked): {@code backup.error.checksum}. */
        void requireChecked() {
            if (!checked) {
                throw new StoreException("backup.error.checksum", null, name);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                in.close();
            } finally {
                zip.close();
            }
        }
    }

    private static void closeQuietly(ZipFile z) {
        if (z != null) {
            try {
                z.close();
            } catch (IOException e) {
                // Only read from; nothing to lose.
            }
        }
    }

    /** The manifest's fields but the seal, one {@code name=value} line each, in name order. */
    private static String canonical(Properties manifest) {
        StringBuilder text = new StringBuilder("sochibo-backup-manifest\n");
        for (String name : new TreeSet<>(manifest.stringPropertyNames())) {
            if (!name.equals("seal")) {
                text.append(name).append('=').append(manifest.getProperty(name)).append('\n');
            }
        }
        return text.toString();
    }

    private static String hmac(BackupKey key, String text) {
        return HexFormat.of().formatHex(mac(key).doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static Mac mac(BackupKey key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.secret(), "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static BackupInfo info(Path zip, Properties manifest) {
        Instant createdAt;
        try {
            createdAt = Instant.parse(manifest.getProperty("createdAt", ""));
        } catch (DateTimeParseException e) {
            throw notABackup(zip, e);
        }
        long size;
        try {
            size = Files.size(zip);
        } catch (IOException e) {
            size = -1;
        }
        boolean encrypted = "true".equals(manifest.getProperty("encrypted"));
        return new BackupInfo(zip, createdAt, manifest.getProperty("appVersion", ""),
                manifest.getProperty("reason", ""), manifest.getProperty("schemaVersion", ""),
                parseInt(manifest, "members", zip), parseInt(manifest, "meetings", zip),
                manifest.getProperty(encrypted ? "scriptHmac" : "scriptSha256", ""), size, encrypted,
                encrypted ? manifest.getProperty("keyId", "") : "");
    }

    /** The bytes of a small entry (manifest, key envelope), or null when there is none. */
    private static byte[] readCapped(ZipFile z, String name) throws IOException {
        ZipEntry entry = z.getEntry(name);
        if (entry == null) {
            return null;
        }
        try (InputStream in = z.getInputStream(entry)) {
            byte[] bytes = in.readNBytes(MAX_SMALL_ENTRY_BYTES + 1);
            if (bytes.length > MAX_SMALL_ENTRY_BYTES) {
                throw new IOException("entry too big: " + name);
            }
            return bytes;
        }
    }

    /** The SHA-256 of an entry, read as a stream (at most {@link #MAX_ENTRY_BYTES}). */
    private static String sha256(ZipFile z, ZipEntry entry) throws IOException {
        MessageDigest sha = sha256();
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        try (InputStream in = z.getInputStream(entry)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (total > MAX_ENTRY_BYTES) {
                    throw new IOException("entry too big");
                }
                sha.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static StoreException notABackup(Path zip, Exception cause) {
        return new StoreException("backup.error.notABackup", cause, zip.getFileName().toString());
    }

    private static int parseInt(Properties manifest, String key, Path zip) {
        try {
            return Integer.parseInt(manifest.getProperty(key, ""));
        } catch (NumberFormatException e) {
            throw notABackup(zip, e);
        }
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
