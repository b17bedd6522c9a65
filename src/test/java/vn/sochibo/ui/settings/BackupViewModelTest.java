package vn.sochibo.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.app.Services;
import vn.sochibo.application.backup.RestoreService;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.ui.UiFixture;
import vn.sochibo.ui.backup.BackupStatus;

/** The backup section without a screen: list, back up now, settings, the restore question and the restore. */
class BackupViewModelTest {
    @TempDir
    Path folder;

    @Test
    void backUpNowListsItAndTheRestoreQuestionSaysWhatEachSideHolds() throws Exception {
        Path backup;
        try (UiFixture f = new UiFixture(folder)) {
            f.services.demo().create();
            BackupStatus status = new BackupStatus(f.text);
            BackupViewModel vm = new BackupViewModel(f.services, f.tasks, f.text, f.errors, status);
            vm.load();
            assertThat(vm.backups()).isEmpty();
            assertThat(status.messageProperty().get()).isEqualTo("Chưa có bản sao lưu nào.");

            vm.backUpNow();
            assertThat(f.reported).isEmpty();
            assertThat(vm.backups()).singleElement().satisfies(row -> {
                assertThat(row.reason()).isEqualTo("Sao lưu tay");
                assertThat(row.members()).isEqualTo(25);
                assertThat(row.when()).matches("26/11/2026 \\d\\d:00");
                assertThat(row.size()).matches("\\d+ KB");
            });
            assertThat(status.messageProperty().get()).startsWith("Lần sao lưu gần nhất: 26/11/2026")
                    .contains("Sao lưu tay").contains("25 đảng viên");
            assertThat(status.problemProperty().get()).isFalse();
            backup = vm.backups().get(0).info().file();

            f.addMember("Trần Thị Mới", vn.sochibo.domain.member.Gender.FEMALE, java.time.LocalDate.of(2020, 1, 1),
                    java.time.LocalDate.of(2021, 1, 1));
            List<BackupViewModel.RestoreQuestion> asked = new ArrayList<>();
            vm.prepareRestore(backup, asked::add);
            assertThat(asked).singleElement().satisfies(q -> assertThat(q.message())
                    .contains("25 đảng viên").contains("Dữ liệu hiện tại: 26 đảng viên").contains("không bị xóa"));

            Path letter = Files.writeString(folder.resolve("letter.zip"), "x");
            vm.prepareRestore(letter, asked::add);
            assertThat(asked).hasSize(1);
            assertThat(f.reported).singleElement()
                    .satisfies(e -> assertThat(f.text.describe(e)).contains("không phải bản sao lưu"));

            List<RestoreService.Restored> done = new ArrayList<>();
            vm.restore(backup, done::add, f.reported::add);
            assertThat(done).singleElement().satisfies(r -> assertThat(r.backup().members()).isEqualTo(25));
            assertThat(f.services.isOpen()).isFalse();
        }
        try (AppServices s = Services.open(folder)) {
            assertThat(s.members().all()).hasSize(25);
        }
    }

    @Test
    void theNumberToKeepAndTheSecondFolderAreSavedAndASecondFolderFailureShows() throws Exception {
        try (UiFixture f = new UiFixture(folder)) {
            f.setUpCell();
            BackupStatus status = new BackupStatus(f.text);
            BackupViewModel vm = new BackupViewModel(f.services, f.tasks, f.text, f.errors, status);
            vm.load();
            assertThat(vm.keepProperty().get()).isEqualTo(10);
            vm.saveKeep(0);
            assertThat(vm.keepErrorProperty().get()).contains("từ 1 đến 100");
            vm.saveKeep(3);
            assertThat(vm.keepErrorProperty().get()).isEmpty();
            assertThat(f.services.settings().backupKeep()).isEqualTo(3);

            Path notAFolder = Files.writeString(folder.resolve("a-file"), "x");
            vm.saveSecondFolder(notAFolder.resolve("usb").toString());
            assertThat(vm.secondFolderProperty().get()).endsWith("usb");
            vm.backUpNow();
            assertThat(status.problemProperty().get()).isTrue();
            assertThat(status.messageProperty().get()).contains("Không chép được sang thư mục thứ hai");
            vm.saveSecondFolder(null);
            assertThat(vm.secondFolderProperty().get()).isEmpty();
            assertThat(f.services.settings().backupSecondFolder()).isEmpty();
        }
    }
}
