package vn.sochibo.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.application.common.PasswordPrompt;
import vn.sochibo.application.common.PasswordRequiredException;
import vn.sochibo.application.common.StoreException;
import vn.sochibo.application.common.WrongPasswordException;
import vn.sochibo.domain.common.Ids;
import vn.sochibo.domain.member.Gender;
import vn.sochibo.domain.member.Member;

/** The optional password (ADR 0009) on real H2 files, with a low KDF iteration count. */
class DatabasePasswordTest {
    private static final int FAST = 1_000;
    private static final String NAME = "Trần Thị Bích Ngọc";
    /** H2 stores non-ASCII characters in its own encoding: look for the ASCII phone number, in UTF-8. */
    private static final String PLAIN_MARKER = "0912 777 654";

    @TempDir
    Path dir;

    private static Member member(String name) {
        return new Member(Ids.newId(), name, Gender.FEMALE, LocalDate.of(1980, 4, 30), "Hải Lăng", "Giáo viên",
                LocalDate.of(2010, 5, 19), LocalDate.of(2011, 5, 19), null, PLAIN_MARKER, "", List.of());
    }

    private Path dbFile() {
        return dir.resolve("sochibo.mv.db");
    }

    private Path keyFile() {
        return dir.resolve("sochibo.key");
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private boolean fileContainsName() throws IOException {
        byte[] haystack = Files.readAllBytes(dbFile());
        byte[] needle = PLAIN_MARKER.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** A prompt that gives these passwords in turn, then gives up; records what it was asked. */
    private static final class Answers implements PasswordPrompt {
        private final List<String> answers;
        final List<Boolean> askedAfterWrong = new ArrayList<>();

        Answers(String... answers) {
            this.answers = new ArrayList<>(List.of(answers));
        }

        @Override
        public char[] password(Path folder, boolean previousWasWrong) {
            askedAfterWrong.add(previousWasWrong);
            return answers.isEmpty() ? null : answers.remove(0).toCharArray();
        }
    }

    private static Database open(Path dir, String... answers) {
        return Database.open(dir, new Answers(answers), FAST);
    }

    private void createProtected(String password) {
        try (Database db = open(dir)) {
            if (db.transactions().inTransaction(() -> db.memberRepository().findAll()).isEmpty()) {
                db.transactions().run(() -> db.memberRepository().save(member(NAME)));
            }
            db.syncToDisk();
            assertThat(db.isProtected()).isFalse();
            db.protect(password.toCharArray());
            assertThat(db.isProtected()).isTrue();
            // Still usable after the file was encrypted under it.
            assertThat(db.transactions().inTransaction(() -> db.memberRepository().findAll())).hasSize(1);
        }
    }

    @Test
    void settingAPasswordEncryptsTheFileAndOnlyThatPasswordOpensIt() throws Exception {
        try (Database db = open(dir)) {
            db.transactions().run(() -> db.memberRepository().save(member(NAME)));
        }
        assertThat(fileContainsName()).isTrue();

        createProtected("mật khẩu đủ dài");

        assertThat(fileContainsName()).isFalse();
        assertThat(DatabaseProtection.isEncrypted(dbFile())).isTrue();
        assertThat(Files.readString(keyFile())).contains("kdf=PBKDF2WithHmacSHA256").contains("iterations=1000")
                .doesNotContain("mật khẩu");
        assertThat(dir.resolve("password-work")).doesNotExist();
        String hash = sha256(dbFile());

        assertThatThrownBy(() -> Database.open(dir)).isInstanceOf(PasswordRequiredException.class)
                .extracting(e -> ((StoreException) e).messageKey()).isEqualTo("store.error.passwordRequired");
        assertThatThrownBy(() -> open(dir, "sai mật khẩu")).isInstanceOf(WrongPasswordException.class)
                .extracting(e -> ((StoreException) e).messageKey()).isEqualTo("store.error.wrongPassword");
        assertThat(sha256(dbFile())).isEqualTo(hash);

        Answers answers = new Answers("sai mật khẩu", "mật khẩu đủ dài");
        try (Database db = Database.open(dir, answers, FAST)) {
            assertThat(answers.askedAfterWrong).containsExactly(false, true);
            assertThat(db.isProtected()).isTrue();
            assertThat(db.transactions().inTransaction(() -> db.memberRepository().findAll()))
                    .extracting(Member::fullName).containsExactly(NAME);
        }
        // The refusals released the folder: it opened above, and opens again.
        try (Database db = open(dir, "mật khẩu đủ dài")) {
            assertThat(db.isProtected()).isTrue();
        }
    }

    @Test
    void aPasswordTypedInAnotherUnicodeFormStillUnlocks() {
        createProtected("Mật khẩu 123");
        String decomposed = java.text.Normalizer.normalize("Mật khẩu 123", java.text.Normalizer.Form.NFD);
        try (Database db = open(dir, decomposed)) {
            assertThat(db.isProtected()).isTrue();
        }
    }

    @Test
    void changingThePasswordRewrapsTheKeyAndLeavesTheFileAsItIs() throws Exception {
        createProtected("mật khẩu cũ 1");
        try (Database db = open(dir, "mật khẩu cũ 1")) {
            String hash = sha256(dbFile());
            String key = Files.readString(keyFile());
            assertThatThrownBy(() -> db.changePassword("không phải".toCharArray(), "mới mới mới".toCharArray()))
                    .isInstanceOf(WrongPasswordException.class);
            assertThat(Files.readString(keyFile())).isEqualTo(key);
            db.changePassword("mật khẩu cũ 1".toCharArray(), "mật khẩu mới 2".toCharArray());
            // Only the key file changed: the database file was not rewritten.
            assertThat(sha256(dbFile())).isEqualTo(hash);
            assertThat(Files.readString(keyFile())).isNotEqualTo(key);
        }
        assertThatThrownBy(() -> open(dir, "mật khẩu cũ 1")).isInstanceOf(WrongPasswordException.class);
        try (Database db = open(dir, "mật khẩu mới 2")) {
            assertThat(db.transactions().inTransaction(() -> db.memberRepository().findAll())).hasSize(1);
        }
    }

    @Test
    void removingThePasswordDecryptsTheFileAndDeletesTheKeyFile() throws Exception {
        createProtected("mật khẩu đủ dài");
        try (Database db = open(dir, "mật khẩu đủ dài")) {
            assertThatThrownBy(() -> db.unprotect("sai sai sai".toCharArray())).isInstanceOf(WrongPasswordException.class);
            assertThat(db.isProtected()).isTrue();
            db.unprotect("mật khẩu đủ dài".toCharArray());
            assertThat(db.isProtected()).isFalse();
            assertThat(db.transactions().inTransaction(() -> db.memberRepository().findAll())).hasSize(1);
        }
        assertThat(keyFile()).doesNotExist();
        assertThat(DatabaseProtection.isEncrypted(dbFile())).isFalse();
        assertThat(fileContainsName()).isTrue();
        try (Database db = Database.open(dir)) {
            assertThat(db.isProtected()).isFalse();
        }
    }

    @Test
    void aFailedSetLeavesThePlainDatabaseOpenableWithoutPassword() throws Exception {
        for (String step : List.of("encrypt", "writeKey", "swap")) {
            try (Database db = open(dir)) {
                db.transactions().run(() -> db.memberRepository().save(member(NAME + " " + step)));
                db.failAtStep(step);
                assertThatThrownBy(() -> db.protect("mật khẩu đủ dài".toCharArray()))
                        .isInstanceOf(StoreException.class)
                        .extracting(e -> ((StoreException) e).messageKey()).isEqualTo("store.error.password");
                assertThat(db.isProtected()).isFalse();
                // The store is open again and still writable.
                db.transactions().run(() -> db.memberRepository().save(member("Sau lỗi " + step)));
            }
            assertThat(DatabaseProtection.isEncrypted(dbFile())).as(step).isFalse();
            assertThat(keyFile()).as(step).doesNotExist();
            try (Database db = Database.open(dir)) {
                assertThat(db.transactions().inTransaction(() -> db.memberRepository().findAll()))
                        .extracting(Member::fullName).contains(NAME + " " + step, "Sau lỗi " + step);
            }
        }
    }

    @Test
    void aFailedChangeOrRemoveLeavesTheOldPasswordWorking() throws Exception {
        createProtected("mật khẩu cũ 1");
        String hash = sha256(dbFile());
        try (Database db = open(dir, "mật khẩu cũ 1")) {
            db.failAtStep("writeKey");
            assertThatThrownBy(() -> db.changePassword("mật khẩu cũ 1".toCharArray(), "mật khẩu mới 2".toCharArray()))
                    .isInstanceOf(StoreException.class);
            for (String step : List.of("decrypt", "swap")) {
                db.failAtStep(step);
                assertThatThrownBy(() -> db.unprotect("mật khẩu cũ 1".toCharArray()))
                        .isInstanceOf(StoreException.class)
                        .extracting(e -> ((StoreException) e).messageKey()).isEqualTo("store.error.password");
                assertThat(db.isProtected()).isTrue();
                assertThat(db.transactions().inTransaction(() -> db.memberRepository().findAll())).hasSize(1);
            }
        }
        assertThat(DatabaseProtection.isEncrypted(dbFile())).isTrue();
        assertThat(fileContainsName()).isFalse();
        try (Database db = open(dir, "mật khẩu cũ 1")) {
            assertThat(db.isProtected()).isTrue();
        }
        // A key file left behind by a removal interrupted after the swap is ignored: the plain file opens.
        try (Database db = open(dir, "mật khẩu cũ 1")) {
            db.failAtStep("deleteKey");
            db.unprotect("mật khẩu cũ 1".toCharArray());
        }
        assertThat(keyFile()).exists();
        try (Database db = Database.open(dir)) {
            assertThat(db.isProtected()).isFalse();
            assertThat(db.transactions().inTransaction(() -> db.memberRepository().findAll())).hasSize(1);
        }
        assertThat(hash).isNotNull();
    }

    @Test
    void aDamagedOrMissingKeyFileIsRefusedClearlyAndNothingIsDeleted() throws Exception {
        createProtected("mật khẩu đủ dài");
        String hash = sha256(dbFile());
        String good = Files.readString(keyFile());

        Files.writeString(keyFile(), "rác không phải tệp khoá");
        assertThatThrownBy(() -> open(dir, "mật khẩu đủ dài")).isInstanceOf(StoreException.class)
                .extracting(e -> ((StoreException) e).messageKey()).isEqualTo("store.error.keyFile");
        // A header field changed (fewer iterations): the wrapped key no longer authenticates.
        Files.writeString(keyFile(), good.replace("iterations=1000", "iterations=999"));
        assertThatThrownBy(() -> open(dir, "mật khẩu đủ dài")).isInstanceOf(WrongPasswordException.class);
        Files.delete(keyFile());
        assertThatThrownBy(() -> open(dir, "mật khẩu đủ dài")).isInstanceOf(StoreException.class)
                .extracting(e -> ((StoreException) e).messageKey()).isEqualTo("store.error.keyMissing");

        assertThat(sha256(dbFile())).isEqualTo(hash);
        Files.writeString(keyFile(), good);
        try (Database db = open(dir, "mật khẩu đủ dài")) {
            assertThat(db.isProtected()).isTrue();
        }
    }

    @Test
    void theProductionKdfUsesAtLeast600000Iterations() {
        assertThat(KeyFile.DEFAULT_ITERATIONS).isGreaterThanOrEqualTo(600_000);
        byte[] key = KeyFile.newDataKey();
        KeyFile file = KeyFile.wrap("mật khẩu đủ dài".toCharArray(), key, KeyFile.DEFAULT_ITERATIONS);
        assertThat(KeyFile.parse(file.text()).iterations()).isGreaterThanOrEqualTo(600_000);
        assertThat(KeyFile.parse(file.text()).unwrap("mật khẩu đủ dài".toCharArray())).isEqualTo(key);
    }

    @Test
    void settingTheDemoCellAsideTakesTheKeyFileAlong() {
        createProtected("mật khẩu đủ dài");
        Path aside;
        try (Database db = open(dir, "mật khẩu đủ dài")) {
            aside = db.closeAndSetAside("demo");
        }
        assertThat(aside.resolve("sochibo.key")).exists();
        assertThat(keyFile()).doesNotExist();
        try (Database db = open(aside, "mật khẩu đủ dài")) {
            assertThat(db.transactions().inTransaction(() -> db.memberRepository().findAll())).hasSize(1);
        }
    }
}
