package vn.sochibo.ui.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.domain.cell.CellProfile;
import vn.sochibo.domain.common.ValidationException;
import vn.sochibo.domain.member.Gender;
import vn.sochibo.domain.member.Member;
import vn.sochibo.domain.member.MemberStatus;
import vn.sochibo.domain.member.StatusEventType;
import vn.sochibo.ui.UiFixture;

class MembersViewModelTest {
    @TempDir
    Path folder;
    UiFixture fx;
    MembersViewModel vm;
    Member hoa;
    Member an;
    Member thao;

    @BeforeEach
    void setUp() {
        fx = new UiFixture(folder);
        hoa = fx.addMember("Nguyễn Thị Hoà", Gender.FEMALE, LocalDate.of(2010, 3, 1), LocalDate.of(2011, 3, 1));
        an = fx.addMember("Trần Văn An", Gender.MALE, LocalDate.of(2005, 1, 10), LocalDate.of(2006, 1, 10));
        // Admitted 2026-01-05: probation ends 2027-01-05, within 30 days of 2026-11-26? No (40 days).
        // Admitted 2025-12-10: ends 2026-12-10, 14 days ahead: due for review.
        thao = fx.addMember("Lê Thị Thảo", Gender.FEMALE, LocalDate.of(2025, 12, 10), null);
        fx.addMember("Phạm Văn Bình", Gender.MALE, LocalDate.of(2026, 1, 5), null);
        vm = new MembersViewModel(fx.services.members(), fx.services.settings(), fx.tasks, fx.text, fx.errors);
        vm.refresh();
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private List<String> names() {
        return vm.members().stream().map(Member::fullName).toList();
    }

    @Test
    void listsEveryMemberInVietnameseOrderByGivenName() {
        assertThat(names()).containsExactly("Trần Văn An", "Phạm Văn Bình", "Nguyễn Thị Hoà", "Lê Thị Thảo");
        assertThat(vm.countProperty().get()).isEqualTo("4 đảng viên");
    }

    @Test
    void searchIgnoresDiacriticsAndCase() {
        vm.queryProperty().set("nguyen thi hoa");

        assertThat(names()).containsExactly("Nguyễn Thị Hoà");
        assertThat(vm.countProperty().get()).isEqualTo("Tìm thấy 1 trong 4 đảng viên");
    }

    @Test
    void statusFilterShowsOnlyMembersWithThatStatusToday() {
        vm.statusFilterProperty().set(new StatusFilter(MemberStatus.PROBATIONARY));

        assertThat(names()).containsExactly("Phạm Văn Bình", "Lê Thị Thảo");
        assertThat(vm.statusOf(vm.members().get(0))).isEqualTo("Dự bị");

        vm.statusFilterProperty().set(StatusFilter.ALL);
        assertThat(names()).hasSize(4);
    }

    @Test
    void remindsAboutProbationaryMembersDueForReviewWithinTheConfiguredDays() {
        assertThat(vm.reminderProperty().get())
                .isEqualTo("1 đảng viên dự bị đã hoặc sắp đủ 12 tháng: Lê Thị Thảo (đủ 12 tháng ngày 10/12/2026).");

        fx.services.settings().setProbationReminderDays(60);
        vm.refresh();
        assertThat(vm.reminderProperty().get()).startsWith("2 đảng viên dự bị").contains("Phạm Văn Bình");

        fx.services.settings().setProbationReminderDays(0);
        vm.refresh();
        assertThat(vm.reminderProperty().get()).isEmpty();
    }

    @Test
    void refreshKeepsTheSelectedMemberAndCanSelectANewOne() {
        vm.selectedProperty().set(vm.members().get(2));
        vm.refresh();
        assertThat(vm.selectedProperty().get().id()).isEqualTo(hoa.id());

        vm.refreshThenSelect(an.id());
        assertThat(vm.selectedProperty().get().fullName()).isEqualTo("Trần Văn An");

        vm.queryProperty().set("thao");
        assertThat(vm.selectedProperty().get()).as("the selected member is no longer shown").isNull();
    }

    @Test
    void deletesAMemberAndReloads() {
        boolean[] done = {false};
        vm.delete(an, () -> done[0] = true);

        assertThat(done[0]).isTrue();
        assertThat(names()).doesNotContain("Trần Văn An").hasSize(3);
        assertThat(fx.reported).isEmpty();
    }

    @Test
    void refusedDeleteOfTheSecretaryIsReportedAndChangesNothing() {
        CellProfile cell = fx.setUpCell();
        fx.services.cell().save(new CellProfile(cell.cellName(), cell.upperOrganisation(), cell.placeName(),
                cell.termStart(), cell.termEnd(), hoa.id(), null, List.of()));

        vm.delete(hoa, () -> { });

        assertThat(fx.reported).singleElement().isInstanceOf(ValidationException.class);
        assertThat(fx.text.describe(fx.reported.get(0))).contains("chi ủy");
        vm.refresh();
        assertThat(names()).contains("Nguyễn Thị Hoà");
    }

    @Test
    void detailsShowAdmissionOfficialAndRecordedEventsInDateOrder() {
        MemberDetailsViewModel details = new MemberDetailsViewModel(fx.services.members(), fx.tasks, fx.text,
                fx.errors);
        Member exempt = fx.services.members().addEvent(an.id(), StatusEventType.EXEMPTION_STARTED,
                LocalDate.of(2024, 5, 1), "Tuổi cao");
        details.memberProperty().set(exempt);

        assertThat(details.history()).extracting(HistoryEntry::description).containsExactly(
                "Kết nạp Đảng (dự bị)", "Công nhận đảng viên chính thức", "Miễn công tác và sinh hoạt đảng");
        assertThat(details.history().get(2).note()).isEqualTo("Tuổi cao");
        assertThat(details.history().get(0).isRemovable()).isFalse();
        assertThat(details.statusText()).isEqualTo("Miễn sinh hoạt");

        Member[] after = new Member[1];
        details.removeEvent(details.history().get(2), m -> after[0] = m);
        assertThat(after[0].history()).isEmpty();
        assertThat(fx.services.members().find(an.id()).orElseThrow().statusOn(UiFixture.TODAY))
                .isEqualTo(MemberStatus.OFFICIAL);
    }
}
