package vn.sochibo.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.domain.cell.CellProfile;
import vn.sochibo.domain.member.Gender;
import vn.sochibo.domain.member.Member;
import vn.sochibo.domain.member.StatusEventType;
import vn.sochibo.ui.UiFixture;
import vn.sochibo.ui.cell.CellProfileFormViewModel;
import vn.sochibo.ui.cell.CellProfileFormViewModel.CommitteeChoice;
import vn.sochibo.ui.cell.MemberChoice;
import vn.sochibo.ui.common.TextScale;

class SettingsViewModelTest {
    @TempDir
    Path folder;
    UiFixture fx;
    TextScale textScale = new TextScale();
    SettingsViewModel vm;
    Member hoa;
    Member an;
    Member binh;

    @BeforeEach
    void setUp() {
        fx = new UiFixture(folder);
        fx.setUpCell();
        hoa = fx.addMember("Nguyễn Thị Hoà", Gender.FEMALE, LocalDate.of(2010, 3, 1), LocalDate.of(2011, 3, 1));
        an = fx.addMember("Trần Văn An", Gender.MALE, LocalDate.of(2005, 1, 10), LocalDate.of(2006, 1, 10));
        binh = fx.addMember("Lê Văn Bình", Gender.MALE, LocalDate.of(2000, 1, 10), LocalDate.of(2001, 1, 10));
        fx.services.members().addEvent(binh.id(), StatusEventType.TRANSFERRED_OUT, LocalDate.of(2023, 1, 1), null);
        vm = new SettingsViewModel(fx.services.cell(), fx.services.members(), fx.services.settings(), fx.tasks,
                fx.text, fx.errors, textScale);
        vm.load();
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private static MemberChoice choice(CellProfileFormViewModel form, Member member) {
        return form.leaderChoices().stream().filter(c -> member.id().equals(c.id())).findFirst().orElseThrow();
    }

    @Test
    void loadsTheProfileAndOffersOnlyMembersStillOnTheRoster() {
        CellProfileFormViewModel form = vm.profile();
        assertThat(form.cellNameProperty().get()).isEqualTo("Chi bộ Thôn Đông");
        assertThat(form.termStartProperty().get()).isEqualTo("01/06/2025");
        assertThat(form.secretaryProperty().get().id()).isNull();
        assertThat(form.leaderChoices()).extracting(MemberChoice::name)
                .containsExactly("(chưa chọn)", "Trần Văn An", "Nguyễn Thị Hoà");
        assertThat(vm.reminderDaysProperty().get()).isEqualTo(30);
    }

    @Test
    void savesTheCommitteeAndTheReminderDaysAndTellsTheWindow() {
        CellProfile[] told = new CellProfile[1];
        vm.setOnProfileSaved(p -> told[0] = p);
        CellProfileFormViewModel form = vm.profile();
        form.cellNameProperty().set("Chi bộ Thôn Tây");
        form.secretaryProperty().set(choice(form, hoa));
        form.committeeChoices().stream().filter(c -> c.member().id().equals(an.id()))
                .forEach(c -> c.selectedProperty().set(true));
        vm.reminderDaysProperty().set(45);

        vm.save();

        CellProfile stored = fx.services.cell().profile().orElseThrow();
        assertThat(stored.cellName()).isEqualTo("Chi bộ Thôn Tây");
        assertThat(stored.secretaryId()).isEqualTo(hoa.id());
        assertThat(stored.committeeMemberIds()).containsExactly(an.id());
        assertThat(fx.services.settings().probationReminderDays()).isEqualTo(45);
        assertThat(told[0]).isEqualTo(stored);
        assertThat(vm.statusProperty().get()).isEqualTo("Đã lưu cài đặt.");

        vm.load();
        assertThat(form.secretaryProperty().get().name()).isEqualTo("Nguyễn Thị Hoà");
        assertThat(form.committeeChoices()).filteredOn(c -> c.selectedProperty().get())
                .extracting(CommitteeChoice::toString).containsExactly("Trần Văn An");
    }

    @Test
    void refusedProfileShowsProblemsByFieldAndChangesNothing() {
        CellProfileFormViewModel form = vm.profile();
        form.cellNameProperty().set(" ");
        form.termEndProperty().set("01/01/2020");
        form.secretaryProperty().set(choice(form, hoa));
        form.deputyProperty().set(choice(form, hoa));
        vm.reminderDaysProperty().set(90);

        vm.save();

        assertThat(form.errors().of("cellName").get()).isEqualTo("Tên chi bộ là bắt buộc.");
        assertThat(form.errors().of("term").get()).isEqualTo("Ngày kết thúc nhiệm kỳ phải sau ngày bắt đầu.");
        assertThat(form.errors().of("deputyId").get()).isEqualTo("Phó bí thư phải là người khác bí thư.");
        assertThat(vm.statusProperty().get()).isEqualTo("Chưa lưu: hãy sửa các chỗ được đánh dấu đỏ.");
        assertThat(fx.services.cell().profile().orElseThrow().cellName()).isEqualTo("Chi bộ Thôn Đông");
        assertThat(fx.services.settings().probationReminderDays()).isEqualTo(30);
    }

    @Test
    void aTermDateThatIsNotADateIsShownUnderTheTerm() {
        vm.profile().termStartProperty().set("32/13/2025");

        vm.save();

        assertThat(vm.profile().errors().of("term").get()).startsWith("“32/13/2025” không phải là một ngày");
    }

    @Test
    void textSizeAppliesAtOnceAndIsSaved() {
        vm.applyTextScale(130);

        assertThat(textScale.percent()).isEqualTo(130);
        assertThat(TextScale.fontSizePx(textScale.percent())).isEqualTo(18.2);
        assertThat(fx.services.settings().textScalePercent()).isEqualTo(130);

        vm.applyTextScale(400);
        assertThat(textScale.percent()).as("kept within 100–150%").isEqualTo(150);
        assertThat(fx.services.settings().textScalePercent()).isEqualTo(150);
        assertThat(fx.reported).isEmpty();
    }
}
