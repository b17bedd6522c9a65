package vn.sochibo.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.app.Services;
import vn.sochibo.application.backup.RestoreService;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.common.PasswordPrompt;
import vn.sochibo.ui.UiFixture;
import vn.sochibo.ui.backup.BackupStatus;
import vn.sochibo.ui.backup.BackupText;

/** The backup section and an encrypted backup from another computer: its password asked, again when wrong. */
class EncryptedBackupViewModelTest {
    private static final AppServices.Opener OPENER = Services.openerForTests(Clock.systemDefaultZone(),
            (pdf, name) -> vn.sochibo.application.document.DocumentPrinter.Outcome.CANCELLED, 1_000);

    @TempDir
    Path temp;

    @Test
    void anEncryptedBackupAsksItsPasswordUntilRightAndRestoresIntoAFolderWithoutOne() throws Exception {
        Path backup;
        try (AppServices other = OPENER.open(temp.resolve("other"))) {
            other.demo().create();
            other.security().setPassword("mật khẩu cũ 1".toCharArray());
            backup = other.backups().backUp("manual").backup().file();
        }
        try (UiFixture f = new UiFixture(temp.resolve("data"))) {
            f.setUpCell();
            BackupViewModel vm = new BackupViewModel(f.services, f.tasks, f.text, f.errors, new BackupStatus(f.text));
            vm.load();
            assertThat(vm.protectedFolderProperty().get()).isFalse();

            List<Boolean> prompts = new ArrayList<>();
            List<BackupViewModel.RestoreQuestion> asked = new ArrayList<>();
            vm.prepareRestore(backup, (file, wrong) -> {
                prompts.add(wrong);
                return null;
            }, asked::add);
            assertThat(prompts).containsExactly(false);
            assertThat(asked).isEmpty();
            assertThat(f.reported).as("giving up is not a failure").isEmpty();

            prompts.clear();
            PasswordPrompt wrongThenRight = (file, wrong) -> {
                prompts.add(wrong);
                return (prompts.size() == 1 ? "sai rồi sai rồi" : "mật khẩu cũ 1").toCharArray();
            };
            vm.prepareRestore(backup, wrongThenRight, asked::add);
            assertThat(prompts).containsExactly(false, true);
            assertThat(f.reported).isEmpty();
            assertThat(asked).singleElement().satisfies(q -> assertThat(q.message()).contains("được mã hóa")
                    .contains("25 đảng viên"));

            List<RestoreService.Restored> done = new ArrayList<>();
            BackupViewModel.RestoreQuestion question = asked.get(0);
            vm.restore(question, done::add, f.reported::add);
            assertThat(f.reported).isEmpty();
            assertThat(done).singleElement().satisfies(r -> {
                assertThat(r.folderProtected()).isFalse();
                assertThat(BackupText.protection(f.text, r)).contains("không được mã hóa");
            });
            assertThat(new String(question.password())).as("the password was wiped").matches("\u0000+");
        }
        try (AppServices s = Services.open(temp.resolve("data"))) {
            assertThat(s.members().all()).hasSize(25);
        }
    }
}
