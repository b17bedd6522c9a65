package vn.sochibo.application.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.app.Services;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.common.Messages;
import vn.sochibo.application.common.StoreException;
import vn.sochibo.domain.meeting.Meeting;

/**
 * The handover archive on the demo cell (two years of meetings): round trips plain and encrypted, every finalized
 * document inside as a PDF, and refusal of changed, cut, crafted or wrongly unlocked archives with nothing written.
 */
class ArchiveServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T03:00:00Z"),
            ZoneId.of("Asia/Ho_Chi_Minh"));
    /** Few KDF iterations keep the suite fast; the production default is checked below. */
    private static final int TEST_ITERATIONS = 1_000;

    @TempDir
    static Path shared;
    @TempDir
    Path temp;

    private static Path plain;
    private static Path encrypted;
    private static String sourceExport;
    private static List<Meeting> finalized;
    private static int memberCount;

    @BeforeAll
    static void makeArchives() throws IOException {
        try (AppServices s = Services.open(shared.resolve("source"), CLOCK)) {
            s.demo().create();
            plain = shared.resolve("hoso.zip");
            encrypted = shared.resolve("hoso-mat-khau.zip");
            archives(s).exportTo(plain, null);
            archives(s).exportTo(encrypted, password());
            sourceExport = exchangeExport(s);
            finalized = s.meetings().all().stream().filter(Meeting::isFinalized).toList();
            memberCount = s.members().all().size();
        }
    }

    private static ArchiveService archives(AppServices s) {
        return new ArchiveService(s.exchange(), s.meetingDocuments(), CLOCK, TEST_ITERATIONS);
    }

    private static char[] password() {
        return "Mật khẩu bàn giao 2026".toCharArray();
    }

    private static String exchangeExport(AppServices s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        s.exchange().exportTo(out);
        return out.toString(StandardCharsets.UTF_8).replaceAll("\"exportedAt\" : \"[^\"]*\"", "");
    }

    @Test
    void roundTripIntoAnEmptyFolderGivesTheSameData() {
        assertThat(finalized).hasSizeGreaterThan(10);
        try (AppServices target = Services.open(temp.resolve("target"), CLOCK)) {
            ArchiveService.Imported imported = archives(target).importFrom(plain, null);

            assertThat(imported.summary().members()).isEqualTo(memberCount);
            assertThat(imported.archive().encrypted()).isFalse();
            assertThat(imported.archive().documents()).isEqualTo(2 * finalized.size());
            assertThat(exchangeExport(target)).isEqualTo(sourceExport);
            // One audit entry for the import, in its transaction, naming the archive it was checked in.
            var imports = target.audit().list(new vn.sochibo.application.audit.AuditTrail.Filter(
                    vn.sochibo.application.audit.AuditAction.IMPORT, null, null, null), 0, 10).entries();
            assertThat(imports).singleElement().satisfies(e -> assertThat(e.summary())
                    .startsWith("archive=\"hoso.zip\"; archiveCreatedAt=\"2026-11-26T03:00:00Z\"")
                    .contains("archiveEncrypted=false").contains("members=" + memberCount));
            assertThat(target.audit().verify()).isEmpty();
        }
    }

    @Test
    void theArchiveHoldsDataEveryFinalizedDocumentAsAPdfAndTheManifestLast() throws IOException {
        Map<String, byte[]> entries = entries(plain);
        List<String> names = new ArrayList<>(entries.keySet());
        assertThat(names.get(0)).isEqualTo("data.json");
        assertThat(names.get(names.size() - 1)).isEqualTo("manifest.json");
        assertThat(new String(entries.get("data.json"), StandardCharsets.UTF_8)
                .replaceAll("\"exportedAt\" : \"[^\"]*\"", "")).isEqualTo(sourceExport);
        assertThat(names).hasSize(2 + 2 * finalized.size());
        for (Meeting m : finalized) {
            String minutesNumber = String.format(Locale.ROOT, "%02d", m.finalization().minutesNumber());
            String resolutionNumber = String.format(Locale.ROOT, "%02d", m.finalization().resolutionNumber());
            String minutes = "documents/" + m.date() + "-bien-ban-" + minutesNumber + ".pdf";
            String resolution = "documents/" + m.date() + "-nghi-quyet-" + resolutionNumber + ".pdf";
            assertThat(pdfText(entries.get(minutes))).as(minutes).contains("BIÊN BẢN")
                    .contains("Số " + minutesNumber + "-BB/CB");
            assertThat(pdfText(entries.get(resolution))).as(resolution).contains("NGHỊ QUYẾT")
                    .contains("Số " + resolutionNumber + "-NQ/CB");
        }
        String manifest = new String(entries.get("manifest.json"), StandardCharsets.UTF_8);
        assertThat(manifest).contains("\"format\" : \"sochibo-archive\"", "\"formatVersion\" : 1",
                "\"createdAt\" : \"2026-11-26T03:00:00Z\"", "\"path\" : \"data.json\"", "\"sha256\" : \"");
    }

    @Test
    void inspectSaysWhatTheArchiveHolds() {
        try (AppServices s = Services.open(temp.resolve("any"), CLOCK)) {
            ArchiveInfo info = archives(s).inspect(plain, null);
            assertThat(info.createdAt()).isEqualTo(CLOCK.instant());
            assertThat(info.cellName()).isNotBlank();
            assertThat(info.members()).isEqualTo(memberCount);
            assertThat(info.finalizedMeetings()).isEqualTo(finalized.size());
            assertThat(info.documents()).isEqualTo(2 * finalized.size());
            assertThat(info.encrypted()).isFalse();
            assertThat(archives(s).inspect(encrypted, password()).encrypted()).isTrue();
            assertThat(archives(s).isEncrypted(encrypted)).isTrue();
            assertThat(archives(s).isEncrypted(plain)).isFalse();
        }
    }

    @Test
    void aChangedByteInTheDataIsRefusedNamingTheEntryAndNothingIsWritten() throws IOException {
        Path bad = rewrite(plain, (name, bytes) -> name.equals("data.json") ? flip(bytes, bytes.length / 2) : bytes,
                z -> { });
        assertRefused(bad, null, "archive.error.entryChanged", "data.json");
    }

    @Test
    void aChangedByteInAPdfIsRefusedNamingTheEntry() throws IOException {
        String pdf = firstPdf();
        Path bad = rewrite(plain, (name, bytes) -> name.equals(pdf) ? flip(bytes, bytes.length / 3) : bytes, z -> { });
        assertRefused(bad, null, "archive.error.entryChanged", pdf);
    }

    @Test
    void aChangedByteInsideTheCompressedFileIsRefusedNamingTheEntry() throws IOException {
        String pdf = firstPdf();
        byte[] file = Files.readAllBytes(plain);
        int header = indexOf(file, pdf.getBytes(StandardCharsets.US_ASCII)) - 30;
        assertThat(file[header]).isEqualTo((byte) 'P');
        int nameLength = ByteBuffer.wrap(file, header + 26, 2).order(java.nio.ByteOrder.LITTLE_ENDIAN).getShort();
        int extraLength = ByteBuffer.wrap(file, header + 28, 2).order(java.nio.ByteOrder.LITTLE_ENDIAN).getShort();
        int data = header + 30 + nameLength + extraLength;
        Path bad = temp.resolve("flipped.zip");
        Files.write(bad, flip(file, data + 200));
        StoreException e = refuse(bad, null);
        assertThat(e.messageKey()).isIn("archive.error.entryDamaged", "archive.error.entryChanged");
        assertThat(e.args()).containsExactly(pdf);
        assertEmpty(temp.resolve("target"));
    }

    @Test
    void aTruncatedArchiveIsRefused() throws IOException {
        byte[] file = Files.readAllBytes(plain);
        for (int length : new int[] {file.length / 2, file.length - 30, 10, 0}) {
            Path cut = temp.resolve("cut-" + length + ".zip");
            Files.write(cut, Arrays.copyOf(file, length));
            StoreException e = refuse(cut, null);
            assertThat(e.messageKey()).as("cut at " + length).isIn("archive.error.damaged", "archive.error.noManifest",
                    "archive.error.entryDamaged");
        }
        assertEmpty(temp.resolve("target"));
    }

    @Test
    void anExtraEntryIsRefused() throws IOException {
        Path extra = rewrite(plain, (name, bytes) -> bytes, z -> put(z, "documents/them.pdf", new byte[] {1, 2, 3}));
        assertRefused(extra, null, "archive.error.entryExtra", "documents/them.pdf");
    }

    @Test
    void aMissingEntryIsRefused() throws IOException {
        String pdf = firstPdf();
        Path missing = rewrite(plain, (name, bytes) -> name.equals(pdf) ? null : bytes, z -> { });
        assertRefused(missing, null, "archive.error.entryMissing", pdf);
    }

    @Test
    void unsafeEntryNamesAreRefused() throws IOException {
        for (String name : List.of("../evil.txt", "documents/../../evil.txt", "/etc/passwd", "documents\\evil.pdf",
                "C:/evil.txt", "documents//x.pdf")) {
            Path crafted = rewrite(plain, (n, bytes) -> bytes, z -> put(z, name, new byte[] {1}));
            StoreException e = refuse(crafted, null);
            assertThat(e.messageKey()).as(name).isEqualTo("archive.error.badEntryName");
        }
        assertThat(ArchiveService.isSafeName("documents/2026-01-05-bien-ban-01.pdf")).isTrue();
        assertThat(ArchiveService.isSafeName("..")).isFalse();
        assertThat(ArchiveService.isSafeName("a/./b")).isFalse();
        assertThat(ArchiveService.isSafeName("a/")).isFalse();
        assertThat(ArchiveService.isSafeName("")).isFalse();
        assertEmpty(temp.resolve("target"));
    }

    @Test
    void anEntryBeyondItsSizeCapIsRefusedWithoutReadingItAll() throws IOException {
        Path bomb = rewrite(plain, (name, bytes) -> bytes, z -> {
            try {
                z.putNextEntry(new ZipEntry("documents/bom.pdf"));
                byte[] zeros = new byte[1024 * 1024];
                for (long i = 0; i <= ArchiveService.MAX_DOCUMENT_BYTES / zeros.length; i++) {
                    z.write(zeros);
                }
                z.closeEntry();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(Files.size(bomb)).isLessThan(Files.size(plain) + 1024 * 1024);
        assertRefused(bomb, null, "archive.error.entryTooLarge", "documents/bom.pdf");
    }

    @Test
    void aManifestOfANewerVersionIsRefused() throws IOException {
        Path newer = rewrite(plain, (name, bytes) -> name.equals("manifest.json")
                ? new String(bytes, StandardCharsets.UTF_8).replace("\"formatVersion\" : 1", "\"formatVersion\" : 2")
                        .getBytes(StandardCharsets.UTF_8)
                : bytes, z -> { });
        assertRefused(newer, null, "archive.error.tooNew", newer.getFileName().toString());
    }

    @Test
    void aFileThatIsNotAnArchiveIsRefused() throws IOException {
        Path json = temp.resolve("data.json");
        Files.write(json, entries(plain).get("data.json"));
        assertRefused(json, null, "archive.error.noManifest", "data.json");
    }

    @Test
    void anArchiveIsOnlyImportedIntoAnEmptyFolder() {
        try (AppServices s = Services.open(temp.resolve("target"), CLOCK)) {
            s.demo().create();
            int before = s.members().all().size();
            assertThatThrownBy(() -> archives(s).importFrom(plain, null))
                    .isInstanceOf(vn.sochibo.domain.common.ValidationException.class);
            assertThat(s.members().all()).hasSize(before);
        }
    }

    @Test
    void encryptedRoundTripGivesTheSameData() throws IOException {
        byte[] head = Arrays.copyOf(Files.readAllBytes(encrypted), 64);
        assertThat(new String(head, 0, 20, StandardCharsets.US_ASCII)).isEqualTo("SOCHIBO-ARCHIVE-ENC1");
        assertThat(ByteBuffer.wrap(head, 21, 4).getInt()).isEqualTo(TEST_ITERATIONS);
        assertThat(indexOf(Files.readAllBytes(encrypted), "data.json".getBytes(StandardCharsets.US_ASCII)))
                .as("nothing readable without the password").isNegative();
        try (AppServices target = Services.open(temp.resolve("target"), CLOCK)) {
            char[] password = password();
            ArchiveService.Imported imported = archives(target).importFrom(encrypted, password);
            assertThat(imported.archive().encrypted()).isTrue();
            assertThat(password).as("the password is wiped after use").containsOnly('\0');
            assertThat(exchangeExport(target)).isEqualTo(sourceExport);
        }
    }

    @Test
    void aWrongPasswordIsRefusedInWordsAndNothingIsWritten() {
        StoreException e = refuse(encrypted, "mat khau sai".toCharArray());
        assertThat(e.messageKey()).isEqualTo("archive.error.decrypt");
        assertThat(Messages.vietnamese().describe(e)).startsWith("Mật khẩu không đúng hoặc tệp đã bị sửa");
        assertEmpty(temp.resolve("target"));
    }

    @Test
    void anEncryptedArchiveWithoutPasswordIsRefused() {
        assertThat(refuse(encrypted, null).messageKey()).isEqualTo("archive.error.passwordRequired");
    }

    @Test
    void aChangedByteOfTheCiphertextOrTheHeaderIsRefused() throws IOException {
        byte[] file = Files.readAllBytes(encrypted);
        int headerLength = ArchiveCipher.MAGIC.length + 1 + 4 + 16 + 4 + 12;
        for (int at : new int[] {25, headerLength - 1, headerLength + 5, file.length / 2, file.length - 1}) {
            Path bad = temp.resolve("bad-" + at);
            Files.write(bad, flip(file, at));
            assertThat(refuse(bad, password()).messageKey()).as("byte " + at).isEqualTo("archive.error.decrypt");
        }
        assertEmpty(temp.resolve("target"));
    }

    @Test
    void aTruncatedOrExtendedEncryptedArchiveIsRefused() throws IOException {
        byte[] file = Files.readAllBytes(encrypted);
        int headerLength = ArchiveCipher.MAGIC.length + 1 + 4 + 16 + 4 + 12;
        int sealedSegment = ArchiveCipher.SEGMENT_BYTES + ArchiveCipher.TAG_BYTES;
        assertThat(file.length).as("several segments").isGreaterThan(headerLength + 2 * sealedSegment);
        for (int length : new int[] {headerLength + sealedSegment, headerLength + 2 * sealedSegment,
                file.length - 1, file.length / 2, headerLength, 30}) {
            Path cut = temp.resolve("cut-" + length);
            Files.write(cut, Arrays.copyOf(file, length));
            assertThat(refuse(cut, password()).messageKey()).as("cut at " + length).isEqualTo("archive.error.decrypt");
        }
        Path longer = temp.resolve("longer");
        Files.write(longer, Arrays.copyOf(file, file.length + 17));
        assertThat(refuse(longer, password()).messageKey()).isEqualTo("archive.error.decrypt");
        assertEmpty(temp.resolve("target"));
    }

    @Test
    void theCipherRoundTripsAnyLengthAcrossSegmentBoundaries() throws IOException {
        for (int length : new int[] {0, 1, ArchiveCipher.SEGMENT_BYTES - 1, ArchiveCipher.SEGMENT_BYTES,
                ArchiveCipher.SEGMENT_BYTES + 1, 3 * ArchiveCipher.SEGMENT_BYTES}) {
            byte[] plainBytes = new byte[length];
            new java.util.Random(length).nextBytes(plainBytes);
            ByteArrayOutputStream sealed = new ByteArrayOutputStream();
            try (OutputStream out = ArchiveCipher.encrypting(sealed, "pw".toCharArray(), 10,
                    new java.security.SecureRandom())) {
                out.write(plainBytes);
            }
            try (InputStream in = ArchiveCipher.decrypting(new java.io.ByteArrayInputStream(sealed.toByteArray()),
                    "pw".toCharArray())) {
                assertThat(in.readAllBytes()).as("length " + length).isEqualTo(plainBytes);
            }
        }
    }

    @Test
    void theProductionKeyDerivationIsSlow() {
        assertThat(ArchiveService.DEFAULT_ITERATIONS).isGreaterThanOrEqualTo(600_000);
    }

    @Test
    void exportWipesThePassword() {
        try (AppServices s = Services.open(temp.resolve("small"), CLOCK)) {
            char[] pw = password();
            archives(s).exportTo(new ByteArrayOutputStream(), pw);
            assertThat(pw).containsOnly('\0');
        }
    }

    // --- helpers ---

    private StoreException refuse(Path archive, char[] password) {
        try (AppServices target = Services.open(temp.resolve("target"), CLOCK)) {
            Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                    () -> archives(target).importFrom(archive, password));
            assertThat(thrown).isInstanceOf(StoreException.class);
            return (StoreException) thrown;
        }
    }

    private void assertRefused(Path archive, char[] password, String key, String named) {
        StoreException e = refuse(archive, password);
        assertThat(e.messageKey()).isEqualTo(key);
        assertThat(e.args()).containsExactly(named);
        assertThat(Messages.vietnamese().describe(e)).contains(named).doesNotContain("!");
        assertEmpty(temp.resolve("target"));
    }

    private static void assertEmpty(Path folder) {
        try (AppServices s = Services.open(folder, CLOCK)) {
            assertThat(s.members().all()).isEmpty();
            assertThat(s.meetings().all()).isEmpty();
            assertThat(s.cell().profile()).isEmpty();
        }
    }

    private static String firstPdf() throws IOException {
        return entries(plain).keySet().stream().filter(n -> n.endsWith(".pdf")).findFirst().orElseThrow();
    }

    private static Map<String, byte[]> entries(Path zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private interface EntryChange {
        byte[] apply(String name, byte[] bytes);
    }

    /** Copies an archive entry by entry (null drops one); {@code more} adds entries before the manifest. */
    private Path rewrite(Path source, EntryChange change, Consumer<ZipOutputStream> more) throws IOException {
        Path target = temp.resolve("rewritten-" + System.nanoTime() + ".zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (Map.Entry<String, byte[]> e : entries(source).entrySet()) {
                if (e.getKey().equals("manifest.json")) {
                    more.accept(out);
                }
                byte[] bytes = change.apply(e.getKey(), e.getValue());
                if (bytes != null) {
                    put(out, e.getKey(), bytes);
                }
            }
        }
        return target;
    }

    private static void put(ZipOutputStream out, String name, byte[] bytes) {
        try {
            out.putNextEntry(new ZipEntry(name));
            out.write(bytes);
            out.closeEntry();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] flip(byte[] bytes, int at) {
        byte[] copy = bytes.clone();
        copy[at] ^= 0x5a;
        return copy;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static String pdfText(byte[] pdf) {
        assertThat(pdf).isNotNull();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
