package vn.sochibo.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.ui.UiFixture;

class ArchiveViewModelTest {
    @TempDir
    Path folder;
    UiFixture fx;

    @AfterEach
    void tearDown() {
        if (fx != null) {
            fx.close();
        }
    }

    private ArchiveViewModel open() {
        fx = new UiFixture(folder.resolve("data"));
        return new ArchiveViewModel(fx.services.archive(), fx.tasks, fx.text);
    }

    @Test
    void passwordsThatDifferOrAreEmptyWriteNothing() {
        ArchiveViewModel vm = open();
        Path target = folder.resolve("ho-so.zip");
        char[] typed = "mật khẩu".toCharArray();
        char[] again = "mat khau".toCharArray();

        assertThat(vm.export(target, typed, again)).isFalse();
        assertThat(vm.errorProperty().get()).isEqualTo("Hai lần nhập mật khẩu không giống nhau.");
        assertThat(typed).containsOnly('\0');
        assertThat(again).containsOnly('\0');
        assertThat(vm.export(target, new char[0], new char[0])).isFalse();
        assertThat(vm.errorProperty().get()).startsWith("Hãy nhập mật khẩu");
        assertThat(target).doesNotExist();
    }

    @Test
    void anEncryptedArchiveIsWrittenAndReadsBackWithThePassword() {
        ArchiveViewModel vm = open();
        fx.setUpCell();
        Path target = folder.resolve("ho-so.zip");
        char[] typed = "Hòa bình".toCharArray();

        assertThat(vm.export(target, typed, "Hòa bình".toCharArray())).isTrue();

        assertThat(fx.reported).isEmpty();
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.statusProperty().get()).startsWith("Đã ghi hồ sơ bàn giao ra").contains("được mã hóa");
        assertThat(typed).containsOnly('\0');
        assertThat(fx.services.archive().inspect(target, "Hòa bình".toCharArray()).encrypted()).isTrue();
    }

    @Test
    void withoutPasswordTheArchiveIsPlain() {
        ArchiveViewModel vm = open();
        vm.protectProperty().set(false);
        Path target = folder.resolve("ho-so.zip");
        assertThat(vm.export(target, new char[0], new char[0])).isTrue();
        assertThat(vm.statusProperty().get()).contains("không có mật khẩu");
        assertThat(fx.services.archive().isEncrypted(target)).isFalse();
        assertThat(vm.suggestedFileName(UiFixture.TODAY)).isEqualTo("ho-so-ban-giao-2026-11-26.sochibo.zip");
    }
}
