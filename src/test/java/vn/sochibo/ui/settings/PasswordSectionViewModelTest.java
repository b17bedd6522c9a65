package vn.sochibo.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.app.Services;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.document.DocumentPrinter;
import vn.sochibo.ui.SameThreadTaskRunner;
import vn.sochibo.ui.common.UiText;

class PasswordSectionViewModelTest {
    private static final AppServices.Opener OPENER = Services.openerForTests(Clock.systemDefaultZone(),
            (pdf, name) -> DocumentPrinter.Outcome.CANCELLED, 1_000);

    @TempDir
    Path folder;
    AppServices services;
    final List<Throwable> reported = new ArrayList<>();

    @AfterEach
    void tearDown() {
        if (services != null) {
            services.close();
        }
    }

    private PasswordSectionViewModel open() {
        services = OPENER.open(folder);
        return new PasswordSectionViewModel(services.security(), new SameThreadTaskRunner(), UiText.vietnamese(),
                reported::add);
    }

    @Test
    void setChangeAndRemoveWithRefusalsShownUnderTheFields() {
        PasswordSectionViewModel vm = open();
        assertThat(vm.protectedProperty().get()).isFalse();

        vm.newPasswordProperty().set("mật khẩu một");
        vm.confirmationProperty().set("mật khẩu mộ");
        vm.setPassword();
        assertThat(vm.problemProperty().get()).isEqualTo("Hai lần nhập mật khẩu mới không giống nhau.");
        assertThat(vm.protectedProperty().get()).isFalse();

        vm.newPasswordProperty().set("ngắn");
        vm.confirmationProperty().set("ngắn");
        vm.setPassword();
        assertThat(vm.problemProperty().get()).isEqualTo("Mật khẩu phải có ít nhất 8 ký tự.");
        assertThat(services.security().isProtected()).isFalse();

        vm.newPasswordProperty().set("mật khẩu một");
        vm.confirmationProperty().set("mật khẩu một");
        vm.setPassword();
        assertThat(vm.problemProperty().get()).isEmpty();
        assertThat(vm.protectedProperty().get()).isTrue();
        assertThat(vm.statusProperty().get()).startsWith("Đã đặt mật khẩu");
        assertThat(vm.newPasswordProperty().get()).isEmpty();
        assertThat(services.security().isProtected()).isTrue();

        vm.currentProperty().set("không đúng đâu");
        vm.newPasswordProperty().set("mật khẩu hai");
        vm.confirmationProperty().set("mật khẩu hai");
        vm.changePassword();
        assertThat(vm.problemProperty().get()).isEqualTo("Mật khẩu hiện tại không đúng. Dữ liệu không thay đổi.");

        vm.currentProperty().set("mật khẩu một");
        vm.changePassword();
        assertThat(vm.statusProperty().get()).isEqualTo("Đã đổi mật khẩu. Mật khẩu cũ không còn dùng được.");

        vm.currentProperty().set("mật khẩu hai");
        vm.removePassword();
        assertThat(vm.protectedProperty().get()).isFalse();
        assertThat(vm.statusProperty().get()).startsWith("Đã bỏ mật khẩu");
        assertThat(folder.resolve("sochibo.key")).doesNotExist();
        assertThat(reported).isEmpty();
    }
}
