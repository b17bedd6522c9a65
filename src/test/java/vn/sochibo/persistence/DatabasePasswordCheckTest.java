package vn.sochibo.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.application.common.PasswordPrompt;
import vn.sochibo.application.common.StoreException;
import vn.sochibo.application.security.PasswordService;
import vn.sochibo.domain.common.ValidationException;

/** The idle lock's password check: the key file is read, the open store is neither reopened nor written. */
class DatabasePasswordCheckTest {
    private static final int FAST = 1_000;
    private static final String RIGHT = "mật khẩu đúng";

    @TempDir
    Path dir;

    @Test
    void theRightPasswordIsTrueAWrongOneFalseAndNothingIsWritten() throws Exception {
        try (Database db = Database.open(dir.resolve("a"), PasswordPrompt.NONE, FAST)) {
            PasswordService passwords = new PasswordService(db);
            assertThatThrownBy(() -> passwords.checkPassword(RIGHT.toCharArray()))
                    .as("no password yet").isInstanceOf(ValidationException.class);
            passwords.setPassword(RIGHT.toCharArray());
            Path key = dir.resolve("a").resolve("sochibo.key");
            String keyBefore = Files.readString(key);
            var keyTime = Files.getLastModifiedTime(key);

            char[] wrong = "mật khẩu sai".toCharArray();
            assertThat(passwords.checkPassword(wrong)).isFalse();
            assertThat(new String(wrong)).as("wiped").isEqualTo("\0".repeat(wrong.length));
            char[] right = RIGHT.toCharArray();
            assertThat(passwords.checkPassword(right)).isTrue();
            assertThat(new String(right)).as("wiped").isEqualTo("\0".repeat(right.length));

            assertThat(Files.readString(key)).isEqualTo(keyBefore);
            assertThat(Files.getLastModifiedTime(key)).isEqualTo(keyTime);
            assertThat(db.isOpen()).isTrue();
            assertThat(db.isProtected()).isTrue();
            // The same connection is still in use: a write goes through.
            db.transactions().run(() -> db.settingsRepository().put("test.after", "yes"));
            assertThat(db.transactions().inTransaction(() -> db.settingsRepository().get("test.after"))).hasValue("yes");
        }
    }

    @Test
    void aKeyFileOfAnotherFolderIsRefusedAsDamagedEvenWithItsPassword() throws Exception {
        try (Database other = Database.open(dir.resolve("b"), PasswordPrompt.NONE, FAST)) {
            other.protect(RIGHT.toCharArray());
        }
        try (Database db = Database.open(dir.resolve("a"), PasswordPrompt.NONE, FAST)) {
            db.protect(RIGHT.toCharArray());
            Files.copy(dir.resolve("b").resolve("sochibo.key"), dir.resolve("a").resolve("sochibo.key"),
                    StandardCopyOption.REPLACE_EXISTING);
            assertThatThrownBy(() -> db.checkPassword(RIGHT.toCharArray()))
                    .isInstanceOf(StoreException.class).extracting(e -> ((StoreException) e).messageKey())
                    .isEqualTo("store.error.keyFile");
        }
    }
}
