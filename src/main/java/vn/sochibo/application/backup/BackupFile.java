package vn.sochibo.application.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import vn.sochibo.application.common.StoreException;

/**
 * The backup file: a zip with the database as an SQL script ({@code sochibo.sql}) and a manifest
 * ({@code manifest.properties}: format, version, when, why, app version, schema version, counts, and the SHA-256 of
 * the script). The manifest is written last, so a file cut short has none and is refused.
 */
final class BackupFile {
    static final String FORMAT = "sochibo-backup";
    static final int VERSION = 1;
    static final String SCRIPT_ENTRY = "sochibo.sql";
    static final String MANIFEST_ENTRY = "manifest.properties";

    private BackupFile() {
    }

    /** Writes the zip from a script file and the manifest values; returns the script's SHA-256. */
    static String write(Path zip, Path script, Instant createdAt, String appVersion, String reason,
            BackupStore.Contents contents) throws IOException {
        String sha;
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(SCRIPT_ENTRY));
            MessageDigest digest = sha256();
            try (InputStream in = new DigestInputStream(Files.newInputStream(script), digest)) {
                in.transferTo(z);
            }
            z.closeEntry();
            sha = HexFormat.of().formatHex(digest.digest());
            Properties manifest = new Properties();
            manifest.setProperty("format", FORMAT);
            manifest.setProperty("version", Integer.toString(VERSION));
            manifest.setProperty("createdAt", createdAt.toString());
            manifest.setProperty("appVersion", appVersion);
            manifest.setProperty("reason", reason);
            manifest.setProperty("schemaVersion", contents.schemaVersion());
            manifest.setProperty("members", Integer.toString(contents.members()));
            manifest.setProperty("meetings", Integer.toString(contents.meetings()));
            manifest.setProperty("scriptSha256", sha);
            StringWriter text = new StringWriter();
            manifest.store(text, null);
            z.putNextEntry(new ZipEntry(MANIFEST_ENTRY));
            z.write(text.toString().getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return sha;
    }

    /**
     * Reads the manifest and, when {@code scriptTarget} is not null, extracts the script there checking its
     * SHA-256 against the manifest. Any problem is a {@link StoreException} with a message key.
     */
    static BackupInfo read(Path zip, Path scriptTarget) {
        Properties manifest = null;
        String actualSha = null;
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry entry = z.getNextEntry(); entry != null; entry = z.getNextEntry()) {
                if (entry.getName().equals(MANIFEST_ENTRY)) {
                    manifest = new Properties();
                    manifest.load(new StringReader(new String(z.readAllBytes(), StandardCharsets.UTF_8)));
                } else if (entry.getName().equals(SCRIPT_ENTRY) && scriptTarget != null) {
                    MessageDigest digest = sha256();
                    try (OutputStream out = Files.newOutputStream(scriptTarget)) {
                        new DigestInputStream(z, digest).transferTo(out);
                    }
                    actualSha = HexFormat.of().formatHex(digest.digest());
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new StoreException("backup.error.notABackup", e, zip.getFileName().toString());
        }
        if (manifest == null || !FORMAT.equals(manifest.getProperty("format"))) {
            throw new StoreException("backup.error.notABackup", null, zip.getFileName().toString());
        }
        if (parseInt(manifest, "version", zip) > VERSION) {
            throw new StoreException("backup.error.tooNew", null, zip.getFileName().toString());
        }
        String sha = manifest.getProperty("scriptSha256", "");
        if (scriptTarget != null && !sha.equals(actualSha)) {
            throw new StoreException("backup.error.checksum", null, zip.getFileName().toString());
        }
        Instant createdAt;
        try {
            createdAt = Instant.parse(manifest.getProperty("createdAt", ""));
        } catch (DateTimeParseException e) {
            throw new StoreException("backup.error.notABackup", e, zip.getFileName().toString());
        }
        long size;
        try {
            size = Files.size(zip);
        } catch (IOException e) {
            size = -1;
        }
        return new BackupInfo(zip, createdAt, manifest.getProperty("appVersion", ""),
                manifest.getProperty("reason", ""), manifest.getProperty("schemaVersion", ""),
                parseInt(manifest, "members", zip), parseInt(manifest, "meetings", zip), sha, size);
    }

    /** The SHA-256 of a script file, as the manifest records it. */
    static String sha256Of(Path script) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(script), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static int parseInt(Properties manifest, String key, Path zip) {
        try {
            return Integer.parseInt(manifest.getProperty(key, ""));
        } catch (NumberFormatException e) {
            throw new StoreException("backup.error.notABackup", e, zip.getFileName().toString());
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
