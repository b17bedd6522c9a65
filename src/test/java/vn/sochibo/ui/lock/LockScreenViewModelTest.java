package vn.sochibo.ui.lock;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.app.Services;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.document.DocumentPrinter;
import vn.sochibo.ui.ManualClock;
import vn.sochibo.ui.SameThreadTaskRunner;
import vn.sochibo.ui.common.UiText;

/** The lock screen's password check on a real protected folder (low KDF iteration count). */
class LockScreenViewModelTest {
    private static final AppServices.Opener OPENER = Services.openerForTests(Clock.systemDefaultZone(),
            (pdf, name) -> DocumentPrinter.Outcome.CANCELLED, 1_000);
    private static final String RIGHT = "mật khẩu đúng";

    @TempDir
    Path folder;
    AppServices services;
    final ManualClock clock = new ManualClock(Instant.parse("2026-11-26T03:00:00Z"));
    int unlocked;

    @AfterEach
    void tearDown() {
        if (services != null) {
            services.close();
        }
    }

    private LockScreenViewModel lockScreen() {
        services = OPENER.open(folder);
        services.security().setPassword(RIGHT.toCharArray());
        return new LockScreenViewModel(services.security(), new SameThreadTaskRunner(), UiText.vietnamese(), clock,
                () -> unlocked++);
    }

    private static void type(LockScreenViewModel vm, String password) {
        vm.passwordProperty().set(password);
        vm.unlock();
    }

    @Test
    void theRightPasswordUnlocksAndAWrongOneIsRefused() {
        LockScreenViewModel vm = lockScreen();
        type(vm, "");
        assertThat(vm.problemProperty().get()).isEqualTo("Hãy nhập mật khẩu.");
        type(vm, "mật khẩu sai");
        assertThat(unlocked).isZero();
        assertThat(vm.problemProperty().get()).startsWith("Mật khẩu không đúng. Cửa sổ vẫn khóa");
        assertThat(vm.passwordProperty().get()).as("the field is emptied").isEmpty();
        type(vm, RIGHT);
        assertThat(unlocked).isEqualTo(1);
        assertThat(vm.problemProperty().get()).isEmpty();
        assertThat(services.security().isProtected()).as("nothing changed").isTrue();
    }

    @Test
    void fromTheThirdWrongTryInARowTheNextWaitsAFewSeconds() {
        LockScreenViewModel vm = lockScreen();
        type(vm, "sai một");
        type(vm, "sai hai");
        assertThat(vm.problemProperty().get()).doesNotContain("chờ");
        type(vm, "sai ba");
        assertThat(vm.problemProperty().get()).contains("hãy chờ 5 giây");

        clock.advance(Duration.ofSeconds(2));
        type(vm, RIGHT);
        assertThat(unlocked).as("not checked during the wait, even when right").isZero();
        assertThat(vm.problemProperty().get()).isEqualTo("Hãy chờ 3 giây nữa rồi thử lại.");

        clock.advance(Duration.ofSeconds(3));
        type(vm, "sai bốn");
        assertThat(vm.problemProperty().get()).as("longer after each wrong try").contains("hãy chờ 10 giây");
        for (int i = 0; i < 10; i++) {
            clock.advance(Duration.ofMinutes(1));
            type(vm, "sai nữa");
        }
        assertThat(vm.problemProperty().get()).as("at most half a minute").contains("hãy chờ 30 giây");

        clock.advance(Duration.ofSeconds(30));
        type(vm, RIGHT);
        assertThat(unlocked).isEqualTo(1);
    }

    @Test
    void aNonNfcFormOfThePasswordUnlocksToo() {
        LockScreenViewModel vm = lockScreen();
        type(vm, java.text.Normalizer.normalize(RIGHT, java.text.Normalizer.Form.NFD));
        assertThat(unlocked).isEqualTo(1);
    }
}
