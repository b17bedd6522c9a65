package vn.sochibo.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.domain.meeting.MeetingStandards;
import vn.sochibo.domain.meeting.SelfScoreSheet;
import vn.sochibo.ui.UiFixture;
import vn.sochibo.ui.settings.MeetingSettingsViewModel.CriterionRow;

class MeetingSettingsViewModelTest {
    @TempDir
    Path folder;
    UiFixture fx;
    MeetingSettingsViewModel vm;

    @BeforeEach
    void setUp() {
        fx = new UiFixture(folder);
        fx.setUpCell();
        vm = new MeetingSettingsViewModel(fx.services.settings(), fx.tasks, fx.text, fx.errors);
        vm.load();
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void showsTheDefaultsAndTheProvincialSheetNamedInVietnamese() {
        assertThat(vm.regularMinutesProperty().get()).isEqualTo("90");
        assertThat(vm.combinedMinutesProperty().get()).isEqualTo("120");
        assertThat(vm.lowAttendanceProperty().get()).isEqualTo("67");
        assertThat(vm.criteria()).extracting(r -> r.nameProperty().get()).containsExactly("Thời gian sinh hoạt",
                "Số đảng viên dự họp", "Công tác chuẩn bị", "Tiến hành sinh hoạt", "Vai trò của người chủ trì",
                "Thực hiện nguyên tắc", "Kết quả thực hiện nghị quyết tháng trước", "Kết thúc sinh hoạt");
        assertThat(vm.criteria()).extracting(r -> r.maxPointsProperty().get())
                .containsExactly("5", "5", "10", "30", "10", "5", "30", "5");
        assertThat(vm.sheetTotalProperty().get()).isEqualTo("Tổng: 100/100 điểm");
    }

    @Test
    void standardsAreSavedAndWrongOnesAreRefusedFieldByField() {
        vm.regularMinutesProperty().set("0");
        vm.combinedMinutesProperty().set("abc");
        vm.lowAttendanceProperty().set("101");
        vm.saveStandards();
        assertThat(vm.standardsErrors().of("minCombinedMinutes").get())
                .isEqualTo("Hãy nhập một số nguyên.");
        assertThat(vm.standardsStatusProperty().get()).isEqualTo("Chưa lưu: hãy sửa các chỗ được đánh dấu đỏ.");

        vm.combinedMinutesProperty().set("120");
        vm.saveStandards();
        assertThat(vm.standardsErrors().of("minRegularMinutes").get())
                .isEqualTo("Số phút phải là số nguyên từ 1 đến 600.");
        assertThat(vm.standardsErrors().of("minCombinedMinutes").get()).isEmpty();
        assertThat(vm.standardsErrors().of("lowAttendancePercent").get())
                .isEqualTo("Tỷ lệ phải là số nguyên từ 1 đến 100%.");
        assertThat(fx.services.settings().meetingStandards()).isEqualTo(MeetingStandards.defaults());

        vm.regularMinutesProperty().set("100");
        vm.lowAttendanceProperty().set(" 50 ");
        vm.saveStandards();
        assertThat(vm.standardsStatusProperty().get()).isEqualTo("Đã lưu cài đặt.");
        assertThat(fx.services.settings().meetingStandards()).isEqualTo(new MeetingStandards(100, 120, 50));

        vm.restoreDefaultStandards();
        assertThat(vm.regularMinutesProperty().get()).isEqualTo("90");
        assertThat(fx.services.settings().meetingStandards()).as("not saved yet")
                .isEqualTo(new MeetingStandards(100, 120, 50));
    }

    @Test
    void aSheetThatDoesNotAddUpOrRepeatsANameIsRefusedAndNothingIsSaved() {
        vm.criteria().get(0).maxPointsProperty().set("4");
        assertThat(vm.sheetTotalProperty().get()).isEqualTo("Tổng: 99/100 điểm");
        vm.criteria().get(1).nameProperty().set("thời gian sinh hoạt");
        vm.criteria().get(2).maxPointsProperty().set("0");

        vm.saveSheet();

        assertThat(vm.criteria().get(1).nameErrorProperty().get())
                .isEqualTo("Tiêu chí “thời gian sinh hoạt” đã có ở trên: mỗi tiêu chí một tên riêng.");
        assertThat(vm.criteria().get(2).pointsErrorProperty().get())
                .isEqualTo("Điểm tối đa phải là số nguyên lớn hơn 0.");
        assertThat(vm.sheetStatusProperty().get()).isEqualTo("Chưa lưu: hãy sửa các chỗ được đánh dấu đỏ.");
        assertThat(fx.services.settings().scoreSheet()).isEqualTo(SelfScoreSheet.standard());

        vm.criteria().get(1).nameProperty().set("Số đảng viên dự họp");
        vm.criteria().get(2).maxPointsProperty().set("10");
        vm.saveSheet();
        assertThat(vm.sheetErrorProperty().get())
                .isEqualTo("Tổng điểm tối đa của các tiêu chí phải đúng 100 (hiện là 99).");
        assertThat(fx.services.settings().scoreSheet()).isEqualTo(SelfScoreSheet.standard());

        vm.criteria().get(0).maxPointsProperty().set("nhiều");
        vm.saveSheet();
        assertThat(vm.criteria().get(0).pointsErrorProperty().get())
                .isEqualTo("Điểm tối đa phải là số nguyên lớn hơn 0.");
        assertThat(fx.services.settings().scoreSheet()).isEqualTo(SelfScoreSheet.standard());
    }

    @Test
    void criteriaAreAddedRemovedMovedSavedAndTheDefaultComesBack() {
        vm.removeCriterion(vm.criteria().get(7));
        CriterionRow added = vm.addCriterion();
        added.nameProperty().set("Nhắc nhở thực hiện cam kết");
        added.maxPointsProperty().set("5");
        vm.moveCriterion(added, -1);

        vm.saveSheet();

        assertThat(vm.sheetStatusProperty().get()).isEqualTo("Đã lưu cài đặt.");
        SelfScoreSheet saved = fx.services.settings().scoreSheet();
        assertThat(saved.criteria()).hasSize(8);
        assertThat(saved.criteria().get(6).name()).isEqualTo("Nhắc nhở thực hiện cam kết");
        assertThat(saved.criteria().get(6).key()).startsWith("c");
        assertThat(saved.criteria().get(0).key()).isEqualTo("time");
        assertThat(vm.criteria().get(6).key()).isEqualTo(saved.criteria().get(6).key());

        vm.restoreDefaultSheet();
        assertThat(vm.criteria()).hasSize(8);
        assertThat(vm.criteria().get(7).nameProperty().get()).isEqualTo("Kết thúc sinh hoạt");
        vm.saveSheet();
        assertThat(fx.services.settings().scoreSheet().criteria()).extracting(SelfScoreSheet.Criterion::key)
                .containsExactlyElementsOf(SelfScoreSheet.standard().criteria().stream()
                        .map(SelfScoreSheet.Criterion::key).toList());
        assertThat(fx.reported).isEmpty();
    }
}
