package vn.sochibo.application.archive;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.sochibo.application.audit.AuditSummary;
import vn.sochibo.application.common.AppInfo;
import vn.sochibo.application.common.StoreException;
import vn.sochibo.application.exchange.ExchangeData;
import vn.sochibo.application.exchange.ExchangeService;
import vn.sochibo.application.meeting.MeetingDocuments;
import vn.sochibo.domain.meeting.Meeting;

/**
 * The handover archive (hồ sơ bàn giao): one file for the next secretary or another computer. A zip holding
 * {@code data.json} (the exchange format, exactly what {@link ExchangeService} exports), the PDF of the minutes
 * and of the resolution of every finalized meeting with their correction addenda
 * ({@code documents/<yyyy-MM-dd>-bien-ban-<NN>.pdf}, {@code …-nghi-quyet-<NN>.pdf}), and, written last,
 * {@code manifest.json} with the size and SHA-256 of every other entry. With a password the whole zip is
 * encrypted ({@link ArchiveCipher}, ADR 0008).
 *
 * <p>Reading checks everything before anything is written: the password, the manifest, every entry's size and
 * SHA-256, no entry missing or extra, no unsafe entry name, no entry beyond its size cap. Import then hands
 * {@code data.json} to {@link ExchangeService#importFrom}, which checks every record and fills an empty data
 * folder, all or nothing. The PDFs are checked but not imported: the app prints them again from the records.
 *
 * <p>Passwords are {@code char[]}; every method here clears the array it was given once done with it.
 */
public class ArchiveService {
    /** PBKDF2-HMAC-SHA256 iterations for a new encrypted archive (OWASP 2023: at least 600,000). */
    public static final int DEFAULT_ITERATIONS = 600_000;
    static final String DATA_ENTRY = "data.json";
    static final String MANIFEST_ENTRY = "manifest.json";
    static final String DOCUMENTS = "documents/";
    static final long MAX_DATA_BYTES = 256L * 1024 * 1024;
    static final long MAX_DOCUMENT_BYTES = 64L * 1024 * 1024;
    static final long MAX_MANIFEST_BYTES = 4L * 1024 * 1024;
    static final int MAX_ENTRIES = 20_000;
    private static final Logger LOG = LoggerFactory.getLogger(ArchiveService.class);

    private final ExchangeService exchange;
    private final MeetingDocuments documents;
    private final Clock clock;
    private final int iterations;
    private final SecureRandom random = new SecureRandom();

    public ArchiveService(ExchangeService exchange, MeetingDocuments documents, Clock clock) {
        this(exchange, documents, clock, DEFAULT_ITERATIONS);
    }

    /** With fewer KDF iterations, for fast tests only. */
    ArchiveService(ExchangeService exchange, MeetingDocuments documents, Clock clock, int iterations) {
        this.exchange = exchange;
        this.documents = documents;
        this.clock = clock;
        this.iterations = iterations;
    }

    /**
     * Writes the archive to {@code target}: into a file beside it first, checked by reading it back, then moved
     * into place, so that an interrupted export never leaves half a file.
     *
     * @param password null for an archive without password; cleared when done
     */
    public ArchiveInfo exportTo(Path target, char[] password) {
        if (password != null && password.length == 0) {
            throw new StoreException("archive.error.emptyPassword", null);
        }
        Path file = target.toAbsolutePath();
        Path partial = null;
        char[] check = password == null ? null : password.clone();
        try {
            Files.createDirectories(file.getParent());
            partial = Files.createTempFile(file.getParent(), ".sochibo-archive-", ".part");
            ArchiveInfo info;
            try (OutputStream out = Files.newOutputStream(partial)) {
                info = exportTo(out, password);
            }
            read(partial, check, file.getFileName().toString());
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            LOG.info("Wrote the handover archive {} ({} members, {} meetings, {} documents, encrypted: {})", file,
                    info.members(), info.meetings(), info.documents(), info.encrypted());
            return info;
        } catch (IOException e) {
            throw new StoreException("archive.error.write", e, file.toString());
        } finally {
            wipe(password);
            wipe(check);
            if (partial != null) {
                try {
                    Files.deleteIfExists(partial);
                } catch (IOException e) {
                    LOG.warn("Could not delete {}", partial, e);
                }
            }
        }
    }

    /**
     * Writes the archive to {@code out} (left open): one snapshot of the store, its documents rendered from it.
     *
     * @param password null for an archive without password; cleared when done
     */
    public ArchiveInfo exportTo(OutputStream out, char[] password) {
        if (password != null && password.length == 0) {
            throw new StoreException("archive.error.emptyPassword", null);
        }
        try {
            ExchangeData data = exchange.snapshot();
            Instant now = clock.instant();
            OutputStream target = new KeepOpen(out);
            OutputStream sink = password == null ? target
                    : ArchiveCipher.encrypting(target, password, iterations, random);
            wipe(password);
            List<Meeting> finalized = data.meetings().stream().filter(Meeting::isFinalized)
                    .sorted(Comparator.comparing(Meeting::date)
                            .thenComparingInt(m -> m.finalization().minutesNumber()).thenComparing(Meeting::id))
                    .toList();
            List<ArchiveManifest.Entry> entries = new ArrayList<>();
            try (ZipOutputStream zip = new ZipOutputStream(sink)) {
                entries.add(entry(zip, DATA_ENTRY, now, o -> exchange.exportTo(data, o)));
                Set<String> names = new HashSet<>();
                for (Meeting m : finalized) {
                    entries.add(entry(zip, documentName(m, "bien-ban", m.finalization().minutesNumber(), names), now,
                            o -> documents.writeMinutesPdf(m.id(), o)));
                    entries.add(entry(zip, documentName(m, "nghi-quyet", m.finalization().resolutionNumber(), names),
                            now, o -> documents.writeResolutionPdf(m.id(), o)));
                }
                String cellName = data.cell() == null ? "" : data.cell().cellName();
                ArchiveManifest manifest = new ArchiveManifest(now, AppInfo.version(), cellName,
                        data.members().size(), data.meetings().size(), finalized.size(), entries);
                ZipEntry manifestEntry = new ZipEntry(MANIFEST_ENTRY);
                manifestEntry.setTime(now.toEpochMilli());
                zip.putNextEntry(manifestEntry);
                zip.write(manifest.toJson());
                zip.closeEntry();
            }
            // Closing the zip closed the encrypting stream, which sealed its final segment; out stays open.
            out.flush();
            return new ArchiveInfo(now, AppInfo.version(), data.cell() == null ? "" : data.cell().cellName(),
                    data.members().size(), data.meetings().size(), finalized.size(), entries.size() - 1,
                    password != null);
        } catch (IOException e) {
            throw new StoreException("archive.error.write", e, "");
        } finally {
            wipe(password);
        }
    }

    /**
     * Reads and checks an archive fully (password, manifest, every entry) and says what it holds; writes nothing.
     *
     * @param password null when none was given; cleared when done
     */
    public ArchiveInfo inspect(Path file, char[] password) {
        return read(file, password, file.getFileName().toString()).info();
    }

    /** True when the file starts like an encrypted archive (then a password is needed to read it). */
    public boolean isEncrypted(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return ArchiveCipher.isEncrypted(in.readNBytes(ArchiveCipher.MAGIC.length));
        } catch (IOException e) {
            throw new StoreException("archive.error.read", e, file.getFileName().toString());
        }
    }

    /**
     * Checks the archive fully, then imports its data into the empty data folder, all or nothing. Refused, with
     * nothing written, on any problem: a wrong password, a changed, missing, extra or unsafe entry, a file cut
     * short, a bad record in the data, or a data folder that is not empty.
     *
     * @param password null when none was given; cleared when done
     */
    public Imported importFrom(Path file, char[] password) {
        Verified verified = read(file, password, file.getFileName().toString());
        // The audit entry of the import says it came from this archive, made when and by which version.
        ExchangeService.ImportSummary summary = exchange.importFrom(new ByteArrayInputStream(verified.data()),
                AuditSummary.create().put("archive", file.getFileName().toString())
                        .put("archiveCreatedAt", verified.info().createdAt().toString())
                        .put("archiveAppVersion", verified.info().appVersion())
                        .put("archiveEncrypted", verified.info().encrypted()));
        LOG.info("Imported the handover archive {} ({} members, {} meetings)", file, summary.members(),
                summary.meetings());
        return new Imported(verified.info(), summary);
    }

    /** What an import brought in, and what the archive held. */
    public record Imported(ArchiveInfo archive, ExchangeService.ImportSummary summary) {
    }

    private record Verified(ArchiveInfo info, byte[] data) {
    }

    private interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private static ArchiveManifest.Entry entry(ZipOutputStream zip, String name, Instant time, Writer writer)
            throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(time.toEpochMilli());
        zip.putNextEntry(entry);
        Hashing hashing = new Hashing(new KeepOpen(zip));
        writer.write(hashing);
        hashing.flush();
        zip.closeEntry();
        return new ArchiveManifest.Entry(name, hashing.size, hashing.hex());
    }

    private static String documentName(Meeting m, String kind, int number, Set<String> taken) {
        String base = DOCUMENTS + m.date() + "-" + kind + "-" + String.format(Locale.ROOT, "%02d", number);
        String name = base + ".pdf";
        if (!taken.add(name)) {
            name = base + "-" + m.id().toString().substring(0, 8) + ".pdf";
            taken.add(name);
        }
        return name;
    }

    private Verified read(Path file, char[] password, String shownName) {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file))) {
            raw.mark(ArchiveCipher.MAGIC.length);
            byte[] head = raw.readNBytes(ArchiveCipher.MAGIC.length);
            raw.reset();
            boolean encrypted = ArchiveCipher.isEncrypted(head);
            InputStream plain = raw;
            if (encrypted) {
                if (password == null || password.length == 0) {
                    throw new StoreException("archive.error.passwordRequired", null, shownName);
                }
                plain = ArchiveCipher.decrypting(raw, password);
            }
            wipe(password);
            return readZip(plain, encrypted, shownName);
        } catch (IOException e) {
            throw new StoreException("archive.error.read", e, shownName);
        } finally {
            wipe(password);
        }
    }

    private static Verified readZip(InputStream in, boolean encrypted, String file) throws IOException {
        Map<String, ArchiveManifest.Entry> found = new LinkedHashMap<>();
        byte[] data = null;
        byte[] manifestJson = null;
        Tail tail = new Tail(in);
        ZipInputStream zip = new ZipInputStream(tail);
        int count = 0;
        while (true) {
            ZipEntry entry;
            try {
                entry = zip.getNextEntry();
            } catch (ZipException | EOFException e) {
                throw new StoreException("archive.error.damaged", e, file);
            }
            if (entry == null) {
                break;
            }
            String name = entry.getName();
            if (++count > MAX_ENTRIES) {
                throw new StoreException("archive.error.tooManyEntries", null, file);
            }
            if (!isSafeName(name) || entry.isDirectory()) {
                throw new StoreException("archive.error.badEntryName", null, name);
            }
            if (found.containsKey(name) || (MANIFEST_ENTRY.equals(name) && manifestJson != null)) {
                throw new StoreException("archive.error.duplicateEntry", null, name);
            }
            long cap = MANIFEST_ENTRY.equals(name) ? MAX_MANIFEST_BYTES
                    : DATA_ENTRY.equals(name) ? MAX_DATA_BYTES : MAX_DOCUMENT_BYTES;
            boolean keep = MANIFEST_ENTRY.equals(name) || DATA_ENTRY.equals(name);
            ByteArrayOutputStream kept = keep ? new ByteArrayOutputStream() : null;
            Hashing hashing = new Hashing(kept == null ? OutputStream.nullOutputStream() : kept);
            try {
                copyCapped(zip, hashing, cap, name);
            } catch (ZipException | EOFException e) {
                throw new StoreException("archive.error.entryDamaged", e, name);
            }
            if (MANIFEST_ENTRY.equals(name)) {
                manifestJson = kept.toByteArray();
            } else {
                if (DATA_ENTRY.equals(name)) {
                    data = kept.toByteArray();
                }
                found.put(name, new ArchiveManifest.Entry(name, hashing.size, hashing.hex()));
            }
        }
        if (manifestJson == null) {
            throw new StoreException("archive.error.noManifest", null, file);
        }
        // The local entries are all read; the zip must still end with its central directory, whole.
        if (!tail.endsWithDirectoryOf(count)) {
            throw new StoreException("archive.error.damaged", null, file);
        }
        ArchiveManifest manifest = ArchiveManifest.parse(manifestJson, file);
        Set<String> listed = new HashSet<>();
        for (ArchiveManifest.Entry expected : manifest.entries()) {
            if (!isSafeName(expected.path()) || MANIFEST_ENTRY.equals(expected.path())) {
                throw new StoreException("archive.error.badEntryName", null, expected.path());
            }
            if (!listed.add(expected.path())) {
                throw new StoreException("archive.error.duplicateEntry", null, expected.path());
            }
            ArchiveManifest.Entry actual = found.get(expected.path());
            if (actual == null) {
                throw new StoreException("archive.error.entryMissing", null, expected.path());
            }
            if (actual.size() != expected.size() || !actual.sha256().equals(expected.sha256())) {
                throw new StoreException("archive.error.entryChanged", null, expected.path());
            }
        }
        for (String name : found.keySet()) {
            if (!listed.contains(name)) {
                throw new StoreException("archive.error.entryExtra", null, name);
            }
        }
        if (data == null) {
            throw new StoreException("archive.error.entryMissing", null, DATA_ENTRY);
        }
        int documentCount = (int) found.keySet().stream().filter(n -> n.startsWith(DOCUMENTS)).count();
        ArchiveInfo info = new ArchiveInfo(manifest.createdAt(), manifest.appVersion(), manifest.cellName(),
                manifest.members(), manifest.meetings(), manifest.finalizedMeetings(), documentCount, encrypted);
        return new Verified(info, data);
    }

    private static void copyCapped(InputStream in, OutputStream out, long cap, String name) throws IOException {
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            total += n;
            if (total > cap) {
                throw new StoreException("archive.error.entryTooLarge", null, name);
            }
            out.write(buffer, 0, n);
        }
    }

    /**
     * A relative path of plain segments: no "..", ".", or empty segment, no absolute path, no backslash, no
     * drive letter or other colon, no control character.
     */
    static boolean isSafeName(String name) {
        if (name == null || name.isEmpty() || name.length() > 255 || name.startsWith("/") || name.contains("\\")
                || name.contains(":")) {
            return false;
        }
        if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return false;
        }
        for (String segment : name.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    static void wipe(char[] password) {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }

    /**
     * Keeps the last bytes read through it, so that once the zip's entries are read the rest of the file can be
     * drained and its end checked: the end-of-central-directory record, no comment, the number of entries read.
     */
    private static final class Tail extends java.io.FilterInputStream {
        private static final int END_RECORD = 22;
        private static final long MAX_DIRECTORY = 16L * 1024 * 1024;
        private final byte[] last = new byte[END_RECORD];
        private long total;

        Tail(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                keep(new byte[] {(byte) b}, 0, 1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                keep(b, off, n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] buffer = new byte[(int) Math.min(n, 8192)];
            int read = read(buffer, 0, buffer.length);
            return Math.max(read, 0);
        }

        private void keep(byte[] b, int off, int n) {
            total += n;
            if (n >= END_RECORD) {
                System.arraycopy(b, off + n - END_RECORD, last, 0, END_RECORD);
            } else {
                System.arraycopy(last, n, last, 0, END_RECORD - n);
                System.arraycopy(b, off, last, END_RECORD - n, n);
            }
        }

        boolean endsWithDirectoryOf(int entries) throws IOException {
            long before = total;
            byte[] buffer = new byte[8192];
            while (read(buffer, 0, buffer.length) >= 0) {
                if (total - before > MAX_DIRECTORY) {
                    return false;
                }
            }
            if (total < END_RECORD) {
                return false;
            }
            java.nio.ByteBuffer end = java.nio.ByteBuffer.wrap(last).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            return end.getInt(0) == 0x06054b50 && (end.getShort(10) & 0xffff) == entries
                    && (end.getShort(20) & 0xffff) == 0;
        }
    }

    /** Counts and hashes what goes through it. */
    private static final class Hashing extends FilterOutputStream {
        private final MessageDigest digest = sha256();
        private long size;

        Hashing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            digest.update((byte) b);
            size++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            digest.update(b, off, len);
            size += len;
        }

        String hex() {
            return HexFormat.of().formatHex(digest.digest());
        }
    }

    /** Passes writes through and ignores close, so that a writer closing its stream leaves the zip open. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
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
