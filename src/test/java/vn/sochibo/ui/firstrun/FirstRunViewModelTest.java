package vn.sochibo.ui.firstrun;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.domain.cell.CellProfile;
import vn.sochibo.ui.UiFixture;

class FirstRunViewModelTest {
    @TempDir
    Path folder;
    UiFixture fx;
    FirstRunViewModel vm;
    List<CellProfile> ready = new ArrayList<>();

    @BeforeEach
    void setUp() {
        fx = new UiFixture(folder);
        vm = new FirstRunViewModel(fx.services.cell(), fx.services.demo(), fx.services.archive(),
                java.time.ZoneId.of("Asia/Ho_Chi_Minh"), fx.tasks, fx.text);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void demoCellFillsTheFolderAndOpensWithItsProfile() {
        vm.useDemo(ready::add);

        assertThat(ready).singleElement().satisfies(p -> assertThat(p.cellName()).isNotBlank());
        assertThat(fx.services.members().all()).hasSizeGreaterThan(10);
        assertThat(vm.errorProperty().get()).isEmpty();
    }

    @Test
    void demoRefusedOnAFolderThatAlreadyHoldsACellIsExplained() {
        fx.setUpCell();

        vm.useDemo(ready::add);

        assertThat(ready).isEmpty();
        assertThat(vm.errorProperty().get()).startsWith("Không tạo được chi bộ mẫu.");
        assertThat(vm.workingProperty().get()).isFalse();
    }

    @Test
    void settingUpOwnCellSavesTheProfile() {
        vm.startSetUp();
        assertThat(vm.stepProperty().get()).isEqualTo(FirstRunViewModel.Step.SET_UP);
        vm.profile().cellNameProperty().set("Chi bộ Thôn Đông");
        vm.profile().upperOrganisationProperty().set("Đảng bộ xã Hải Phong");
        vm.profile().placeNameProperty().set("Quảng Trị");
        vm.profile().termStartProperty().set("01/06/2025");
        vm.profile().termEndProperty().set("31/05/2030");

        vm.saveProfile(ready::add);

        assertThat(ready).singleElement().isEqualTo(fx.services.cell().profile().orElseThrow());
        assertThat(ready.get(0).termEnd()).isEqualTo(LocalDate.of(2030, 5, 31));
    }

    @Test
    void incompleteSetUpStaysOpenWithAMessagePerField() {
        vm.startSetUp();
        vm.profile().cellNameProperty().set("Chi bộ Thôn Đông");

        vm.saveProfile(ready::add);

        assertThat(ready).isEmpty();
        assertThat(vm.profile().errors().of("upperOrganisation").get()).isEqualTo("Tên đảng bộ cấp trên là bắt buộc.");
        assertThat(vm.profile().errors().of("placeName").get()).isNotEmpty();
        assertThat(vm.profile().errors().of("term").get()).isEqualTo("Hãy nhập ngày bắt đầu và kết thúc nhiệm kỳ.");
        assertThat(fx.services.cell().isSetUp()).isFalse();

        vm.backToChoice();
        assertThat(vm.stepProperty().get()).isEqualTo(FirstRunViewModel.Step.CHOICE);
        assertThat(vm.profile().errors().isEmpty()).isTrue();
    }
}
