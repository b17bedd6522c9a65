package vn.sochibo.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.domain.meeting.VoteSubject;
import vn.sochibo.domain.meeting.VoteThreshold;
import vn.sochibo.domain.meeting.VoteThresholds;
import vn.sochibo.ui.UiFixture;
import vn.sochibo.ui.settings.VoteSettingsViewModel.Row;

class VoteSettingsViewModelTest {
    @TempDir
    Path folder;
    UiFixture fx;
    VoteSettingsViewModel vm;

    @BeforeEach
    void setUp() {
        fx = new UiFixture(folder);
        vm = new VoteSettingsViewModel(fx.services.settings(), fx.tasks, fx.text, fx.errors);
        vm.load();
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private Row row(VoteSubject subject) {
        return vm.rows().stream().filter(r -> r.subject() == subject).findFirst().orElseThrow();
    }

    @Test
    void everySubjectIsListedWithItsDefaultInWords() {
        assertThat(vm.rows()).extracting(Row::subjectName).containsExactly("Thông qua nghị quyết",
                "Kết nạp đảng viên", "Công nhận đảng viên chính thức", "Xóa tên đảng viên dự bị", "Kỷ luật",
                "Việc khác");
        assertThat(row(VoteSubject.ADMISSION).defaultText())
                .isEqualTo("Mặc định: Từ 2/3 trở lên tổng số đảng viên chính thức của chi bộ");
        assertThat(row(VoteSubject.RESOLUTION).defaultText())
                .isEqualTo("Mặc định: Trên 1/2 tổng số đảng viên chính thức của chi bộ");
        assertThat(vm.rows()).allMatch(Row::isDefault);
        assertThat(vm.chosen()).isEqualTo(VoteThresholds.defaults());
    }

    @Test
    void aChangedRuleIsSavedAndARestoredDefaultToo() {
        Row resolution = row(VoteSubject.RESOLUTION);
        resolution.fractionProperty().set(new VoteSettingsViewModel.Fraction(2, 3, false));
        resolution.referenceProperty().set(VoteThreshold.Reference.PRESENT);
        vm.save();
        assertThat(vm.statusProperty().get()).isEqualTo("Đã lưu cài đặt.");
        assertThat(fx.services.settings().voteThresholds().of(VoteSubject.RESOLUTION))
                .isEqualTo(new VoteThreshold(2, 3, false, VoteThreshold.Reference.PRESENT));

        vm.load();
        assertThat(row(VoteSubject.RESOLUTION).isDefault()).isFalse();
        row(VoteSubject.RESOLUTION).restoreDefault();
        assertThat(row(VoteSubject.RESOLUTION).isDefault()).isTrue();
        vm.save();
        assertThat(fx.services.settings().voteThresholds()).isEqualTo(VoteThresholds.defaults());
    }

    @Test
    void aStoredRuleOutsideTheOfferedOnesIsShownAndKept() {
        fx.services.settings().setVoteThreshold(VoteSubject.DISCIPLINE,
                new VoteThreshold(3, 4, false, VoteThreshold.Reference.BASE));
        vm.load();
        Row discipline = row(VoteSubject.DISCIPLINE);
        assertThat(discipline.fractions()).hasSize(5);
        assertThat(vm.describe(discipline.fractionProperty().get())).isEqualTo("Từ 3/4 trở lên");
        vm.save();
        assertThat(fx.services.settings().voteThresholds().of(VoteSubject.DISCIPLINE))
                .isEqualTo(new VoteThreshold(3, 4, false, VoteThreshold.Reference.BASE));
    }
}
