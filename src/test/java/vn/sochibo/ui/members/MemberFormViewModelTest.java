package vn.sochibo.ui.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.domain.member.Gender;
import vn.sochibo.domain.member.Member;
import vn.sochibo.domain.member.StatusEventType;
import vn.sochibo.ui.UiFixture;

class MemberFormViewModelTest {
    @TempDir
    Path folder;
    UiFixture fx;
    List<Member> saved = new ArrayList<>();

    @BeforeEach
    void setUp() {
        fx = new UiFixture(folder);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private MemberFormViewModel newForm() {
        return MemberFormViewModel.forNewMember(fx.services.members(), fx.tasks, fx.text);
    }

    @Test
    void savesANewMemberWithDatesTypedDayMonthYear() {
        MemberFormViewModel vm = newForm();
        vm.fullNameProperty().set("  Nguyễn Thị Hoà ");
        vm.genderProperty().set(Gender.FEMALE);
        vm.birthDateProperty().set("5/3/1985");
        vm.admissionDateProperty().set("19.05.2010");
        vm.officialDateProperty().set("19-05-2011");
        vm.cardNumberProperty().set("45.012345");

        vm.save(saved::add);

        assertThat(vm.errors().isEmpty()).isTrue();
        Member member = saved.get(0);
        assertThat(member.fullName()).isEqualTo("Nguyễn Thị Hoà");
        assertThat(member.birthDate()).isEqualTo(LocalDate.of(1985, 3, 5));
        assertThat(member.admissionDate()).isEqualTo(LocalDate.of(2010, 5, 19));
        assertThat(member.officialDate()).isEqualTo(LocalDate.of(2011, 5, 19));
        assertThat(fx.services.members().all()).extracting(Member::fullName).containsExactly("Nguyễn Thị Hoà");
    }

    @Test
    void refusedInputShowsEachProblemNextToItsFieldAndStoresNothing() {
        MemberFormViewModel vm = newForm();
        vm.fullNameProperty().set("Nguyễn Văn 2");
        vm.admissionDateProperty().set("01/01/2020");
        vm.officialDateProperty().set("01/06/2020");
        vm.phoneProperty().set("abc");

        vm.save(saved::add);

        assertThat(saved).isEmpty();
        assertThat(vm.errors().of("fullName").get()).isEqualTo("Họ và tên không được chứa chữ số.");
        assertThat(vm.errors().of("gender").get()).isEqualTo("Hãy chọn giới tính.");
        assertThat(vm.errors().of("officialDate").get()).contains("ít nhất 12 tháng");
        assertThat(vm.errors().of("phone").get()).isEqualTo("Số điện thoại không hợp lệ.");
        assertThat(vm.errors().of("birthDate").get()).isEmpty();
        assertThat(fx.services.members().all()).isEmpty();
    }

    @Test
    void textThatIsNotADateIsRefusedBeforeReachingTheService() {
        MemberFormViewModel vm = newForm();
        vm.fullNameProperty().set("Nguyễn Thị Hoà");
        vm.genderProperty().set(Gender.FEMALE);
        vm.birthDateProperty().set("31/02/1990");
        vm.admissionDateProperty().set("hôm qua");

        vm.save(saved::add);

        assertThat(vm.errors().of("birthDate").get()).startsWith("“31/02/1990” không phải là một ngày");
        assertThat(vm.errors().of("admissionDate").get()).startsWith("“hôm qua” không phải là một ngày");
        assertThat(saved).isEmpty();
        assertThat(fx.services.members().all()).isEmpty();
    }

    @Test
    void editingKeepsTheHistoryAndChangesTheFields() {
        Member an = fx.addMember("Trần Văn An", Gender.MALE, LocalDate.of(2005, 1, 10), LocalDate.of(2006, 1, 10));
        an = fx.services.members().addEvent(an.id(), StatusEventType.EXEMPTION_STARTED, LocalDate.of(2024, 5, 1), null);

        MemberFormViewModel vm = MemberFormViewModel.forEditing(an, fx.services.members(), fx.tasks, fx.text);
        assertThat(vm.title()).isEqualTo("Sửa thông tin đảng viên Trần Văn An");
        assertThat(vm.admissionDateProperty().get()).isEqualTo("10/01/2005");
        assertThat(vm.hometownProperty().get()).isEqualTo("Hải Phong");
        vm.phoneProperty().set("0912 345 678");
        vm.save(saved::add);

        Member stored = fx.services.members().find(an.id()).orElseThrow();
        assertThat(stored.phone()).isEqualTo("0912 345 678");
        assertThat(stored.history()).hasSize(1);
    }

    @Test
    void aTakenCardNumberIsShownUnderTheCardField() {
        Member an = fx.addMember("Trần Văn An", Gender.MALE, LocalDate.of(2005, 1, 10), LocalDate.of(2006, 1, 10));
        MemberFormViewModel first = MemberFormViewModel.forEditing(an, fx.services.members(), fx.tasks, fx.text);
        first.cardNumberProperty().set("45.000001");
        first.save(saved::add);

        MemberFormViewModel vm = newForm();
        vm.fullNameProperty().set("Lê Văn Bình");
        vm.genderProperty().set(Gender.MALE);
        vm.admissionDateProperty().set("01/01/2010");
        vm.officialDateProperty().set("01/01/2011");
        vm.cardNumberProperty().set("45.000001");
        vm.save(saved::add);

        assertThat(vm.errors().of("cardNumber").get()).isEqualTo("Số thẻ 45.000001 đã thuộc về một đảng viên khác.");
        assertThat(saved).hasSize(1);
    }

    @Test
    void statusEventFormRefusesAnEventThatDoesNotFitAndExplainsWhy() {
        Member an = fx.addMember("Trần Văn An", Gender.MALE, LocalDate.of(2005, 1, 10), LocalDate.of(2006, 1, 10));
        StatusEventViewModel vm = new StatusEventViewModel(an, fx.services.members(), fx.tasks, fx.text);

        vm.save(saved::add);
        assertThat(vm.errors().of("eventType").get()).isEqualTo("Hãy chọn loại sự kiện.");
        assertThat(vm.errors().of("eventDate").get()).isEqualTo("Hãy nhập ngày của sự kiện.");

        vm.typeProperty().set(StatusEventType.EXEMPTION_ENDED);
        vm.dateProperty().set("01/02/2025");
        vm.save(saved::add);
        assertThat(vm.errors().of("history").get()).contains("không khớp với trạng thái");
        assertThat(saved).isEmpty();

        vm.typeProperty().set(StatusEventType.EXEMPTION_STARTED);
        vm.noteProperty().set("Tuổi cao, sức yếu");
        vm.save(saved::add);
        assertThat(vm.errors().isEmpty()).isTrue();
        assertThat(saved.get(0).history()).singleElement()
                .satisfies(e -> assertThat(e.note()).isEqualTo("Tuổi cao, sức yếu"));
    }
}
