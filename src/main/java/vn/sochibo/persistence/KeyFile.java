package vn.sochibo.persistence;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.spec.KeySpec;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import vn.sochibo.application.common.StoreException;
import vn.sochibo.application.common.WrongPasswordException;

/**
 * The key file {@code <data>/sochibo.key} of a password-protected data folder (ADR 0009): the random
 * 32-byte data key, wrapped with AES-256-GCM under a key derived from the password with
 * PBKDF2-HMAC-SHA256. The header lines (format, version, KDF, iterations, salt, cipher, nonce) are the
 * GCM associated data, so none of them can be changed without the unwrap failing.
 *
 * <p>The file is a few lines of {@code name=value} text, written atomically (temporary file, then a move).
 */
final class KeyFile {
    static final String FILE_NAME = "sochibo.key";
    static final String FORMAT = "sochibo-key";
    static final int VERSION = 1;
    static final String KDF = "PBKDF2WithHmacSHA256";
    static final String CIPHER = "AES-256-GCM";
    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; about 230 ms on the machines measured. */
    static final int DEFAULT_ITERATIONS = 600_000;
    static final int DATA_KEY_BYTES = 32;
    private static final int SALT_BYTES = 16;
    private static final int NONCE_BYTES = 12;
    private static final int MAX_ITERATIONS = 50_000_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int iterations;
    private final byte[] salt;
    private final byte[] nonce;
    private final byte[] wrappedKey;

    private KeyFile(int iterations, byte[] salt, byte[] nonce, byte[] wrappedKey) {
        this.iterations = iterations;
        this.salt = salt;
        this.nonce = nonce;
        this.wrappedKey = wrappedKey;
    }

    /** A fresh random data key. */
    static byte[] newDataKey() {
        byte[] key = new byte[DATA_KEY_BYTES];
        RANDOM.nextBytes(key);
        return key;
    }

    /** Wraps {@code dataKey} under {@code password} with a new salt and nonce. */
    static KeyFile wrap(char[] password, byte[] dataKey, int iterations) {
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations: " + iterations);
        }
        byte[] salt = new byte[SALT_BYTES];
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(salt);
        RANDOM.nextBytes(nonce);
        KeyFile header = new KeyFile(iterations, salt, nonce, new byte[0]);
        byte[] kek = header.derive(password);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(128, nonce));
            cipher.updateAAD(header.header().getBytes(StandardCharsets.UTF_8));
            return new KeyFile(iterations, salt, nonce, cipher.doFinal(dataKey));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    /** The data key, or a {@link WrongPasswordException} when {@code password} does not unlock it. */
    byte[] unwrap(char[] password) {
        byte[] kek = derive(password);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(128, nonce));
            cipher.updateAAD(header().getBytes(StandardCharsets.UTF_8));
            byte[] key = cipher.doFinal(wrappedKey);
            if (key.length != DATA_KEY_BYTES) {
                Arrays.fill(key, (byte) 0);
                throw new WrongPasswordException(null);
            }
            return key;
        } catch (AEADBadTagException e) {
            throw new WrongPasswordException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    int iterations() {
        return iterations;
    }

    /**
     * The key backups are sealed with (ADR 0011), derived from the data key so that the data key itself (H2's file
     * password) never leaves the store: HMAC-SHA256(data key, "sochibo-backup-key-v1"); and its public id, the first
     * 16 bytes of HMAC-SHA256(data key, "sochibo-backup-key-id-v1") in hex. {@code envelope} is the key file text
     * the backup carries.
     */
    static vn.sochibo.application.backup.BackupKeys.BackupKey backupKey(byte[] dataKey, String envelope) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(dataKey, "HmacSHA256"));
            byte[] secret = mac.doFinal("sochibo-backup-key-v1".getBytes(StandardCharsets.US_ASCII));
            byte[] id = mac.doFinal("sochibo-backup-key-id-v1".getBytes(StandardCharsets.US_ASCII));
            return new vn.sochibo.application.backup.BackupKeys.BackupKey(secret,
                    java.util.HexFormat.of().formatHex(id, 0, 16), envelope);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private byte[] derive(char[] password) {
        char[] normalized = nfc(password);
        KeySpec spec = new PBEKeySpec(normalized, salt, iterations, 256);
        try {
            return SecretKeyFactory.getInstance(KDF).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(KDF + " is not available", e);
        } finally {
            ((PBEKeySpec) spec).clearPassword();
            if (normalized != password) {
                Arrays.fill(normalized, '\0');
            }
        }
    }

    /**
     * The password in NFC, so that "ệ" typed as one or as several code points unlocks alike. An ASCII or
     * already-NFC password is used as given (no String copy of it is made).
     */
    private static char[] nfc(char[] password) {
        CharBuffer chars = CharBuffer.wrap(password);
        if (Normalizer.isNormalized(chars, Normalizer.Form.NFC)) {
            return password;
        }
        return Normalizer.normalize(chars, Normalizer.Form.NFC).toCharArray();
    }

    private String header() {
        Base64.Encoder b64 = Base64.getEncoder();
        return "format=" + FORMAT + "\n"
                + "version=" + VERSION + "\n"
                + "kdf=" + KDF + "\n"
                + "iterations=" + iterations + "\n"
                + "salt=" + b64.encodeToString(salt) + "\n"
                + "cipher=" + CIPHER + "\n"
                + "nonce=" + b64.encodeToString(nonce) + "\n";
    }

    String text() {
        return "# Sổ Chi Bộ: the wrapped key of this data folder. Without it and the password the data cannot be read.\n"
                + header() + "wrappedKey=" + Base64.getEncoder().encodeToString(wrappedKey) + "\n";
    }

    /** Writes the file atomically: a temporary file beside it, forced to disk, then moved over it. */
    void write(Path file) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        byte[] bytes = text().getBytes(StandardCharsets.UTF_8);
        try (var channel = java.nio.channels.FileChannel.open(temp, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.TRUNCATE_EXISTING, java.nio.file.StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Reads a key file; anything but a well-formed one is a {@link StoreException} "store.error.keyFile". */
    static KeyFile read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("store.error.keyFile", e, file.toString());
        }
        try {
            return parse(text);
        } catch (RuntimeException e) {
            throw new StoreException("store.error.keyFile", e, file.toString());
        }
    }

    static KeyFile parse(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : text.split("\r?\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("not a name=value line");
            }
            if (fields.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim()) != null) {
                throw new IllegalArgumentException("a field twice");
            }
        }
        require(fields, "format", FORMAT);
        require(fields, "version", Integer.toString(VERSION));
        require(fields, "kdf", KDF);
        require(fields, "cipher", CIPHER);
        int iterations = Integer.parseInt(field(fields, "iterations"));
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations out of range");
        }
        Base64.Decoder b64 = Base64.getDecoder();
        byte[] salt = b64.decode(field(fields, "salt"));
        byte[] nonce = b64.decode(field(fields, "nonce"));
        byte[] wrapped = b64.decode(field(fields, "wrappedKey"));
        if (salt.length != SALT_BYTES || nonce.length != NONCE_BYTES || wrapped.length != DATA_KEY_BYTES + 16) {
            throw new IllegalArgumentException("field of the wrong length");
        }
        return new KeyFile(iterations, salt, nonce, wrapped);
    }

    private static String field(Map<String, String> fields, String name) {
        String value = fields.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing " + name);
        }
        return value;
    }

    private static void require(Map<String, String> fields, String name, String expected) {
        if (!expected.equals(field(fields, name))) {
            throw new IllegalArgumentException("unsupported " + name);
        }
    }
}
