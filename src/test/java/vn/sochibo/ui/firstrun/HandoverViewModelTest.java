package vn.sochibo.ui.firstrun;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.application.audit.AuditAction;
import vn.sochibo.application.audit.AuditTrail;
import vn.sochibo.domain.cell.CellProfile;
import vn.sochibo.domain.member.Gender;
import vn.sochibo.ui.UiFixture;
import vn.sochibo.ui.firstrun.FirstRunViewModel.Step;

/**
 * Receiving the handover archive on the first run: what each archive leads to (password, confirmation, the main
 * window, the set-up form) and every refusal, which leaves the data folder empty and the choice open.
 */
class HandoverViewModelTest {
    private static final String PASSWORD = "Mật khẩu bàn giao";

    @TempDir
    Path temp;
    UiFixture fx;
    FirstRunViewModel vm;
    HandoverViewModel handover;
    List<CellProfile> ready = new ArrayList<>();

    @BeforeEach
    void setUp() {
        fx = new UiFixture(temp.resolve("target"));
        vm = new FirstRunViewModel(fx.services.cell(), fx.services.demo(), fx.services.archive(),
                ZoneId.of("Asia/Ho_Chi_Minh"), fx.tasks, fx.text);
        handover = vm.handover();
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    /** An archive of a cell with two members (and a cell profile unless {@code withCell} is false). */
    private Path archive(String name, boolean withCell, String password) {
        Path file = temp.resolve(name);
        try (UiFixture source = new UiFixture(temp.resolve("source-" + name))) {
            if (withCell) {
                source.setUpCell();
            }
            source.addMember("Nguyễn Thị Hoa", Gender.FEMALE, LocalDate.of(2010, 3, 2), LocalDate.of(2011, 3, 2));
            source.addMember("Trần Văn Bình", Gender.MALE, LocalDate.of(2015, 5, 19), LocalDate.of(2016, 5, 19));
            source.services.archive().exportTo(file, password == null ? null : password.toCharArray());
        }
        return file;
    }

    private void assertFolderEmptyAndChoiceOpen() {
        assertThat(vm.stepProperty().get()).isEqualTo(Step.CHOICE);
        assertThat(vm.workingProperty().get()).isFalse();
        assertThat(handover.facts()).isEmpty();
        assertThat(fx.services.cell().isSetUp()).isFalse();
        assertThat(fx.services.members().all()).isEmpty();
        assertThat(ready).isEmpty();
    }

    private List<String> facts() {
        return handover.facts().stream().map(f -> f.label() + ": " + f.value()).toList();
    }

    @Test
    void plainArchiveIsShownBeforeAnythingIsWrittenThenImported() {
        Path file = archive("ho-so.zip", true, null);

        handover.open(file);

        assertThat(vm.stepProperty().get()).isEqualTo(Step.HANDOVER_REVIEW);
        assertThat(handover.fileNameProperty().get()).isEqualTo("ho-so.zip");
        assertThat(facts()).containsExactly("Chi bộ: Chi bộ Thôn Đông", "Lập lúc: 26/11/2026 10:00",
                "Phiên bản ứng dụng: " + vn.sochibo.application.common.AppInfo.version(),
                "Nội dung: 2 đảng viên, 0 cuộc họp (0 đã chốt), 0 văn bản PDF",
                "Mật khẩu: Không: ai có tệp cũng đọc được");
        assertThat(fx.services.members().all()).isEmpty();

        handover.importArchive(ready::add);

        assertThat(ready).singleElement().satisfies(p -> assertThat(p.cellName()).isEqualTo("Chi bộ Thôn Đông"));
        assertThat(fx.services.members().all()).extracting(m -> m.fullName())
                .containsExactlyInAnyOrder("Nguyễn Thị Hoa", "Trần Văn Bình");
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(fx.services.audit().list(new AuditTrail.Filter(AuditAction.IMPORT, null, null, null), 0, 5)
                .entries()).singleElement().satisfies(e -> assertThat(e.summary()).contains("archive=\"ho-so.zip\""));
    }

    @Test
    void encryptedArchiveAsksItsPasswordAndAWrongOneCanBeRetried() {
        Path file = archive("ho-so-mat-khau.zip", true, PASSWORD);

        handover.open(file);
        assertThat(vm.stepProperty().get()).isEqualTo(Step.HANDOVER_PASSWORD);
        assertThat(handover.facts()).isEmpty();

        assertThat(handover.unlock(new char[0])).isFalse();
        assertThat(vm.errorProperty().get()).isEqualTo("Hãy nhập mật khẩu của hồ sơ.");

        char[] wrong = "mật khẩu sai".toCharArray();
        assertThat(handover.unlock(wrong)).isTrue();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.HANDOVER_PASSWORD);
        assertThat(vm.errorProperty().get()).isEqualTo("Mật khẩu không đúng hoặc tệp đã bị sửa. Không có gì được ghi.");
        assertThat(wrong).containsOnly('\0');

        char[] right = PASSWORD.toCharArray();
        assertThat(handover.unlock(right)).isTrue();
        assertThat(right).containsOnly('\0');
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.HANDOVER_REVIEW);
        assertThat(facts()).contains("Mật khẩu: Có: hồ sơ được mã hóa", "Chi bộ: Chi bộ Thôn Đông");

        handover.importArchive(ready::add);

        assertThat(ready).hasSize(1);
        assertThat(fx.services.members().all()).hasSize(2);
    }

    @Test
    void goingBackFromThePasswordWritesNothing() {
        handover.open(archive("ho-so-mat-khau.zip", true, PASSWORD));

        handover.back();

        assertFolderEmptyAndChoiceOpen();
        assertThat(vm.errorProperty().get()).isEmpty();
        // Nothing is left to import once back on the choice.
        handover.importArchive(ready::add);
        assertFolderEmptyAndChoiceOpen();
    }

    @Test
    void aChangedArchiveIsRefusedWithItsReason() throws IOException {
        Path file = archive("ho-so.zip", true, null);
        byte[] bytes = Files.readAllBytes(file);
        // A byte in the middle of data.json's compressed content.
        bytes[60] ^= 0x5a;
        Files.write(file, bytes);

        handover.open(file);

        assertFolderEmptyAndChoiceOpen();
        assertThat(vm.errorProperty().get()).startsWith("Không nhận được hồ sơ bàn giao. ")
                .contains("“data.json”").endsWith("Không có gì được ghi.");
    }

    @Test
    void aFileCutShortIsRefused() throws IOException {
        Path file = archive("ho-so.zip", true, null);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 30));

        handover.open(file);

        assertFolderEmptyAndChoiceOpen();
        assertThat(vm.errorProperty().get()).isEqualTo("Không nhận được hồ sơ bàn giao. Hồ sơ “ho-so.zip” đã bị hỏng "
                + "hoặc bị cắt cụt khi chép. Không có gì được ghi.");
    }

    @Test
    void aForeignFileIsRefused() throws IOException {
        Path file = temp.resolve("danh-sach.zip");
        Files.writeString(file, "Họ và tên;Ngày sinh\n", StandardCharsets.UTF_8);

        handover.open(file);

        assertFolderEmptyAndChoiceOpen();
        assertThat(vm.errorProperty().get()).startsWith("Không nhận được hồ sơ bàn giao. Hồ sơ “danh-sach.zip” không "
                + "có bản kê (manifest.json)");
    }

    @Test
    void anImportRefusedAfterTheReviewReturnsToTheChoice() {
        handover.open(archive("ho-so.zip", true, null));
        assertThat(vm.stepProperty().get()).isEqualTo(Step.HANDOVER_REVIEW);
        // Meanwhile the folder was filled (another window, the command line): the import must not merge into it.
        fx.addMember("Lê Văn Cường", Gender.MALE, LocalDate.of(2012, 1, 5), LocalDate.of(2013, 1, 5));

        handover.importArchive(ready::add);

        assertThat(ready).isEmpty();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.CHOICE);
        assertThat(vm.errorProperty().get()).startsWith("Không nhận được hồ sơ bàn giao. Thư mục dữ liệu đã có dữ liệu.");
        assertThat(fx.services.members().all()).singleElement()
                .satisfies(m -> assertThat(m.fullName()).isEqualTo("Lê Văn Cường"));
    }

    @Test
    void anArchiveWithoutACellProfileOpensTheSetUpFormWithItsMembersIn() {
        handover.open(archive("ho-so.zip", false, null));
        assertThat(facts()).contains("Chi bộ: (chưa thiết lập)");

        handover.importArchive(ready::add);

        assertThat(ready).isEmpty();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.SET_UP);
        assertThat(fx.services.members().all()).hasSize(2);
    }
}
