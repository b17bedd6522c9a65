package vn.sochibo.ui.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.domain.member.Member;
import vn.sochibo.ui.UiFixture;

class CsvImportViewModelTest {
    private static final String HEADER = "Họ và tên,Giới tính,Ngày sinh,Quê quán,Chức vụ/Đơn vị,Ngày vào Đảng,"
            + "Ngày chính thức,Số thẻ đảng viên,Điện thoại,Ghi chú\n";

    @TempDir
    Path folder;
    @TempDir
    Path files;
    UiFixture fx;
    CsvImportViewModel vm;

    @BeforeEach
    void setUp() {
        fx = new UiFixture(folder);
        vm = new CsvImportViewModel(fx.services.memberCsvImport(), fx.tasks, fx.text);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private Path csv(String name, String content) throws IOException {
        return Files.writeString(files.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void aCleanFileIsPreviewedThenImportedAllAtOnce() throws IOException {
        Path file = csv("ds.csv", HEADER
                + "Nguyễn Thị Hoà,Nữ,05/03/1985,Hải Phong,Giáo viên,19/05/2010,19/05/2011,45.000001,,\n"
                + "Trần Văn An,Nam,01/01/1970,Hải Lăng,Nông dân,10/01/2005,10/01/2006,,,\n");

        vm.load(file);

        assertThat(vm.rows()).hasSize(2);
        assertThat(vm.problems()).isEmpty();
        assertThat(vm.canImportProperty().get()).isTrue();
        assertThat(vm.summaryProperty().get()).isEqualTo(
                "Tệp ds.csv: 2 đảng viên, không có lỗi. Bấm “Nhập” để thêm tất cả vào sổ.");
        assertThat(fx.services.members().all()).as("a preview writes nothing").isEmpty();

        int[] added = {0};
        vm.commit(n -> added[0] = n);

        assertThat(added[0]).isEqualTo(2);
        assertThat(fx.services.members().all()).extracting(Member::fullName)
                .containsExactly("Trần Văn An", "Nguyễn Thị Hoà");
        assertThat(vm.canImportProperty().get()).isFalse();
    }

    @Test
    void aFileWithProblemsListsThemByLineAndCannotBeImported() throws IOException {
        Path file = csv("loi.csv", HEADER
                + "Nguyễn Thị Hoà,Nữ,05/03/1985,Hải Phong,Giáo viên,19/05/2010,,,,\n"
                + "Trần Văn An,Nam,01/01/1970,Hải Lăng,Nông dân,,,,,\n");

        vm.load(file);

        assertThat(vm.canImportProperty().get()).isFalse();
        assertThat(vm.problems()).anySatisfy(p -> assertThat(p).startsWith("Dòng 3: "));
        assertThat(vm.summaryProperty().get()).contains("loi.csv").contains("lỗi");

        vm.commit(n -> { });
        assertThat(fx.services.members().all()).isEmpty();
    }

    @Test
    void aMissingFileIsExplained() {
        vm.load(files.resolve("khong-co.csv"));

        assertThat(vm.summaryProperty().get()).isEqualTo(
                "Không đọc được tệp khong-co.csv. Hãy kiểm tra tệp còn đó và không bị chương trình khác mở.");
        assertThat(vm.canImportProperty().get()).isFalse();
    }
}
