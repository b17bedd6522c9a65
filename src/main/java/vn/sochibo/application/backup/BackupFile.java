package vn.sochibo.application.backup;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
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
 * The script is only ever in memory: nothing in plain text is written to disk for an encrypted backup.
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
    private static final SecureRandom RANDOM = new SecureRandom();
    /** What the keyed fingerprint of a sealed script starts with, before the script. */
    private static final byte[] FINGERPRINT_PREFIX = "sochibo-backup-script\n".getBytes(StandardCharsets.US_ASCII);

    private BackupFile() {
    }

    /** A backup file's entries, read without a password, and what its manifest says. */
    record Parsed(Path zip, BackupInfo info, Properties manifest, byte[] script, byte[] sealed, String envelope) {
        String name() {
            return zip.getFileName().toString();
        }
    }

    /** Writes a backup's script to a stream (not closing it) and says what it holds. */
    interface ScriptSource {
        BackupStore.Contents writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes the zip: version 1 when {@code key} is null, else version 2 sealed under {@code key}. Returns what
     * the file holds.
     */
    static BackupInfo write(Path zip, byte[] script, Instant createdAt, String appVersion, String reason,
            BackupStore.Contents contents, BackupKey key) throws IOException {
        return write(zip, out -> {
            out.write(script);
            return contents;
        }, createdAt, appVersion, reason, key);
    }

    /**
     * Writes the zip as {@link #write(Path, byte[], Instant, String, String, BackupStore.Contents, BackupKey)},
     * streaming the script from {@code source} into its entry (through the cipher when sealed) while its
     * checksums are computed: no copy of the whole script is held. The manifest, written last, gets the counts
     * {@code source} returns.
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
     * Reads every entry and checks what can be checked without a password: the manifest, and the SHA-256 of the
     * script (version 1) or of the sealed script (version 2). Any problem is a {@link StoreException}.
     */
    static Parsed parse(Path zip, boolean withData) {
        Map<String, byte[]> entries = new HashMap<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry entry = z.getNextEntry(); entry != null; entry = z.getNextEntry()) {
                String name = entry.getName();
                boolean wanted = name.equals(MANIFEST_ENTRY) || name.equals(KEY_ENTRY)
                        || withData && (name.equals(SCRIPT_ENTRY) || name.equals(SEALED_ENTRY));
                if (wanted && entries.put(name, readCapped(z)) != null) {
                    throw new IOException("entry twice: " + name);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw notABackup(zip, e);
        }
        byte[] manifestBytes = entries.get(MANIFEST_ENTRY);
        if (manifestBytes == null) {
            throw notABackup(zip, null);
        }
        Properties manifest = new Properties();
        try {
            manifest.load(new StringReader(new String(manifestBytes, StandardCharsets.UTF_8)));
        } catch (IOException | IllegalArgumentException e) {
            throw notABackup(zip, e);
        }
        if (!FORMAT.equals(manifest.getProperty("format"))) {
            throw notABackup(zip, null);
        }
        int version = parseInt(manifest, "version", zip);
        if (version > VERSION) {
            throw new StoreException("backup.error.tooNew", null, zip.getFileName().toString());
        }
        boolean encrypted = "true".equals(manifest.getProperty("encrypted"));
        if (encrypted != (version == 2) || encrypted && !entries.containsKey(KEY_ENTRY)) {
            throw notABackup(zip, null);
        }
        BackupInfo info = info(zip, manifest);
        if (withData) {
            byte[] data = entries.get(encrypted ? SEALED_ENTRY : SCRIPT_ENTRY);
            String expected = manifest.getProperty(encrypted ? "payloadSha256" : "scriptSha256", "");
            if (data == null || !expected.equals(sha256(data))) {
                throw new StoreException("backup.error.checksum", null, zip.getFileName().toString());
            }
        }
        String envelope = encrypted ? new String(entries.get(KEY_ENTRY), StandardCharsets.UTF_8) : null;
        return new Parsed(zip, info, manifest, encrypted ? null : entries.get(SCRIPT_ENTRY),
                encrypted ? entries.get(SEALED_ENTRY) : null, envelope);
    }

    /**
     * The script of an encrypted backup, unsealed with {@code key} (the one it was sealed under), after checking
     * the manifest's seal, the key id and the script's fingerprint. A changed byte anywhere is
     * {@code backup.error.checksum}.
     */
    static byte[] unseal(Parsed parsed, BackupKey key) {
        Properties manifest = parsed.manifest();
        if (!key.id().equals(manifest.getProperty("keyId"))
                || !MessageDigest.isEqual(hmac(key, canonical(manifest)).getBytes(StandardCharsets.US_ASCII),
                        manifest.getProperty("seal", "").getBytes(StandardCharsets.US_ASCII))) {
            throw new StoreException("backup.error.checksum", null, parsed.name());
        }
        char[] password = HexFormat.of().formatHex(key.secret()).toCharArray();
        byte[] script;
        try (InputStream in = ArchiveCipher.decrypting(new ByteArrayInputStream(parsed.sealed()), password)) {
            script = in.readAllBytes();
        } catch (StoreException | IOException e) {
            throw new StoreException("backup.error.checksum", e, parsed.name());
        } finally {
            Arrays.fill(password, '\0');
        }
        if (!MessageDigest.isEqual(fingerprint(script, key).getBytes(StandardCharsets.US_ASCII),
                manifest.getProperty("scriptHmac", "").getBytes(StandardCharsets.US_ASCII))) {
            Arrays.fill(script, (byte) 0);
            throw new StoreException("backup.error.checksum", null, parsed.name());
        }
        return script;
    }

    /** What identifies a script in the manifest: its SHA-256, or for an encrypted backup its HMAC under the key. */
    static String fingerprint(byte[] script, BackupKey key) {
        if (key == null) {
            return sha256(script);
        }
        Mac mac = mac(key);
        mac.update(FINGERPRINT_PREFIX);
        return HexFormat.of().formatHex(mac.doFinal(script));
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

    private static byte[] readCapped(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_ENTRY_BYTES + 1));
        if (bytes.length > MAX_ENTRY_BYTES) {
            throw new IOException("entry too big");
        }
        return bytes;
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
