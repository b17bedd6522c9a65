package vn.sochibo.application.archive;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import vn.sochibo.application.common.StoreException;

/**
 * The password encryption of a handover archive (ADR 0008): the whole zip as one stream, cut into segments of
 * 64 KiB, each sealed with AES-256-GCM under a key derived from the password by PBKDF2-HMAC-SHA256.
 *
 * <pre>
 * header  = "SOCHIBO-ARCHIVE-ENC1" | kdf id (1 byte, 1 = PBKDF2-HMAC-SHA256) | iterations (int32)
 *           | salt (16 bytes) | segment size (int32) | base nonce (12 bytes)
 * segment = AES-256-GCM(key, nonce_i, plaintext_i) with its 16-byte tag
 * nonce_i = base nonce XOR (i as int64 in its last 8 bytes)
 * AAD_i   = header | i (int64) | final flag (1 byte: 1 on the last segment, else 0)
 * </pre>
 *
 * Every segment but the last holds exactly one segment of plaintext; the last one holds the rest (possibly
 * nothing) and is marked final. A file cut at a segment boundary therefore fails (its last segment was sealed as
 * not final), and so does one with segments swapped, dropped or appended, or any byte of the header changed.
 * A segment's plaintext is released only after its tag checked.
 *
 * <p>Backups of a password-protected folder seal their SQL script with the same stream (ADR 0011), with the
 * backup key in hex as the "password" and one PBKDF2 iteration: that key is 256 random bits and needs no
 * stretching.
 */
public final class ArchiveCipher {
    static final byte[] MAGIC = "SOCHIBO-ARCHIVE-ENC1".getBytes(StandardCharsets.US_ASCII);
    static final int KDF_PBKDF2_SHA256 = 1;
    static final int SALT_BYTES = 16;
    static final int NONCE_BYTES = 12;
    static final int TAG_BYTES = 16;
    static final int SEGMENT_BYTES = 64 * 1024;
    /** A header asking for more is refused rather than left to keep the computer busy for minutes. */
    static final int MAX_ITERATIONS = 10_000_000;
    private static final int MIN_SEGMENT = 1024;
    private static final int MAX_SEGMENT = 1024 * 1024;
    private static final String DECRYPT_FAILED = "archive.error.decrypt";

    private ArchiveCipher() {
    }

    /** True when the first bytes of a file are the magic of an encrypted archive. */
    static boolean isEncrypted(byte[] head) {
        return head.length >= MAGIC.length && Arrays.equals(Arrays.copyOf(head, MAGIC.length), MAGIC);
    }

    /**
     * An output stream that encrypts everything written to it onto {@code out}; {@code close()} seals the final
     * segment and leaves {@code out} open. The password is not kept (the key is derived here).
     */
    public static OutputStream encrypting(OutputStream out, char[] password, int iterations, SecureRandom random)
            throws IOException {
        byte[] salt = new byte[SALT_BYTES];
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(salt);
        random.nextBytes(nonce);
        byte[] header = header(KDF_PBKDF2_SHA256, iterations, salt, SEGMENT_BYTES, nonce);
        SecretKeySpec key = deriveKey(password, salt, iterations);
        out.write(header);
        return new EncryptingStream(out, key, header, nonce, SEGMENT_BYTES);
    }

    /**
     * Reads the header from {@code in} and returns a stream of the checked plaintext. A wrong password, a changed
     * byte, or a file cut short end in a {@link StoreException} ("archive.error.decrypt") from its reads.
     */
    public static InputStream decrypting(InputStream in, char[] password) throws IOException {
        DataInputStream data = new DataInputStream(in);
        byte[] magic = new byte[MAGIC.length];
        int kdf;
        int iterations;
        byte[] salt = new byte[SALT_BYTES];
        int segment;
        byte[] nonce = new byte[NONCE_BYTES];
        try {
            data.readFully(magic);
            kdf = data.readUnsignedByte();
            iterations = data.readInt();
            data.readFully(salt);
            segment = data.readInt();
            data.readFully(nonce);
        } catch (EOFException e) {
            throw new StoreException(DECRYPT_FAILED, e);
        }
        if (!Arrays.equals(magic, MAGIC) || kdf != KDF_PBKDF2_SHA256 || iterations < 1
                || iterations > MAX_ITERATIONS || segment < MIN_SEGMENT || segment > MAX_SEGMENT) {
            throw new StoreException(DECRYPT_FAILED, null);
        }
        byte[] header = header(kdf, iterations, salt, segment, nonce);
        return new DecryptingStream(in, deriveKey(password, salt, iterations), header, nonce, segment);
    }

    static byte[] header(int kdf, int iterations, byte[] salt, int segment, byte[] nonce) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.write(MAGIC);
            out.writeByte(kdf);
            out.writeInt(iterations);
            out.write(salt);
            out.writeInt(segment);
            out.write(nonce);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory", e);
        }
    }

    /**
     * The AES-256 key of a password. The password counts in NFC, so that "Hòa" typed precomposed on one computer
     * and decomposed on another is the same password (a rare copy as a String is made only for decomposed input).
     */
    static SecretKeySpec deriveKey(char[] password, byte[] salt, int iterations) {
        char[] nfc = Normalizer.isNormalized(CharBuffer.wrap(password), Normalizer.Form.NFC) ? password
                : Normalizer.normalize(CharBuffer.wrap(password), Normalizer.Form.NFC).toCharArray();
        PBEKeySpec spec = new PBEKeySpec(nfc, salt, iterations, 256);
        if (nfc != password) {
            Arrays.fill(nfc, '\0');
        }
        byte[] raw = null;
        try {
            raw = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return new SecretKeySpec(raw, "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java runtime", e);
        } finally {
            spec.clearPassword();
            if (raw != null) {
                Arrays.fill(raw, (byte) 0);
            }
        }
    }

    private static byte[] nonce(byte[] base, long counter) {
        byte[] nonce = base.clone();
        for (int i = 0; i < 8; i++) {
            nonce[NONCE_BYTES - 1 - i] ^= (byte) (counter >>> (8 * i));
        }
        return nonce;
    }

    private static byte[] aad(byte[] header, long counter, boolean last) {
        byte[] aad = Arrays.copyOf(header, header.length + 9);
        for (int i = 0; i < 8; i++) {
            aad[header.length + i] = (byte) (counter >>> (56 - 8 * i));
        }
        aad[header.length + 8] = (byte) (last ? 1 : 0);
        return aad;
    }

    private static Cipher gcm() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM is part of every Java runtime", e);
        }
    }

    /** Buffers one segment; a full segment goes out (as not final) only once more bytes follow it. */
    private static final class EncryptingStream extends OutputStream {
        private final OutputStream out;
        private final SecretKeySpec key;
        private final byte[] header;
        private final byte[] baseNonce;
        private final byte[] buffer;
        private final Cipher cipher = gcm();
        private int filled;
        private long counter;
        private boolean closed;

        EncryptingStream(OutputStream out, SecretKeySpec key, byte[] header, byte[] baseNonce, int segment) {
            this.out = out;
            this.key = key;
            this.header = header;
            this.baseNonce = baseNonce;
            this.buffer = new byte[segment];
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (closed) {
                throw new IOException("closed");
            }
            while (len > 0) {
                if (filled == buffer.length) {
                    seal(false);
                }
                int n = Math.min(len, buffer.length - filled);
                System.arraycopy(b, off, buffer, filled, n);
                filled += n;
                off += n;
                len -= n;
            }
        }

        private void seal(boolean last) throws IOException {
            try {
                cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BYTES * 8, nonce(baseNonce, counter)));
                cipher.updateAAD(aad(header, counter, last));
                out.write(cipher.doFinal(buffer, 0, filled));
            } catch (GeneralSecurityException e) {
                throw new IOException("AES-GCM failed", e);
            }
            Arrays.fill(buffer, (byte) 0);
            filled = 0;
            counter++;
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        /** Seals the final segment; the underlying stream stays open. */
        @Override
        public void close() throws IOException {
            if (!closed) {
                seal(true);
                closed = true;
                out.flush();
            }
        }
    }

    /** Reads one sealed segment ahead, checks its tag, then hands out its plaintext. */
    private static final class DecryptingStream extends InputStream {
        private final PushbackInputStream in;
        private final SecretKeySpec key;
        private final byte[] header;
        private final byte[] baseNonce;
        private final int segment;
        private final Cipher cipher = gcm();
        private byte[] plain = new byte[0];
        private int position;
        private long counter;
        private boolean finished;

        DecryptingStream(InputStream in, SecretKeySpec key, byte[] header, byte[] baseNonce, int segment) {
            this.in = new PushbackInputStream(in, 1);
            this.key = key;
            this.header = header;
            this.baseNonce = baseNonce;
            this.segment = segment;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            while (position == plain.length) {
                if (finished) {
                    return -1;
                }
                openNext();
            }
            int n = Math.min(len, plain.length - position);
            System.arraycopy(plain, position, b, off, n);
            position += n;
            return n;
        }

        private void openNext() throws IOException {
            byte[] sealed = in.readNBytes(segment + TAG_BYTES);
            boolean last = sealed.length < segment + TAG_BYTES;
            if (!last) {
                int next = in.read();
                if (next < 0) {
                    last = true;
                } else {
                    in.unread(next);
                }
            }
            if (sealed.length < TAG_BYTES) {
                throw new StoreException(DECRYPT_FAILED, null);
            }
            try {
                cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BYTES * 8, nonce(baseNonce, counter)));
                cipher.updateAAD(aad(header, counter, last));
                plain = cipher.doFinal(sealed);
            } catch (AEADBadTagException e) {
                throw new StoreException(DECRYPT_FAILED, e);
            } catch (GeneralSecurityException e) {
                throw new IOException("AES-GCM failed", e);
            }
            position = 0;
            counter++;
            finished = last;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
