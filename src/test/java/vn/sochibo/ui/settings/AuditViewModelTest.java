package vn.sochibo.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.application.audit.AuditAction;
import vn.sochibo.application.audit.AuditKind;
import vn.sochibo.domain.member.Gender;
import vn.sochibo.domain.member.Member;
import vn.sochibo.ui.UiFixture;

class AuditViewModelTest {
    @TempDir
    Path folder;
    UiFixture fx;
    AuditViewModel vm;

    @BeforeEach
    void open() {
        fx = new UiFixture(folder);
        vm = new AuditViewModel(fx.services.audit(), fx.tasks, fx.text, fx.errors);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void showsTheTrailNewestFirstInVietnameseWords() {
        vm.load();
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.statusProperty().get()).isEqualTo("Chưa có mục nào trong nhật ký.");

        Member an = fx.addMember("Nguyễn Văn An", Gender.MALE, LocalDate.of(2005, 3, 10), LocalDate.of(2006, 3, 10));
        fx.setUpCell();
        fx.services.settings().setTextScalePercent(120);
        vm.load();

        assertThat(vm.rows()).extracting(AuditViewModel.Row::action, AuditViewModel.Row::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Sửa", "Cài đặt ui.textScalePercent"),
                org.assertj.core.groups.Tuple.tuple("Thêm mới", "Thông tin chi bộ"),
                org.assertj.core.groups.Tuple.tuple("Thêm mới", "Đảng viên"));
        AuditViewModel.Row member = vm.rows().get(2);
        // 03:00 UTC is 10:00 in Vietnam.
        assertThat(member.time()).isEqualTo("26/11/2026 10:00");
        assertThat(member.user()).isEqualTo(System.getProperty("user.name"));
        assertThat(member.summary()).startsWith("fullName=\"Nguyễn Văn An\"");
        assertThat(member.entry().entityId()).isEqualTo(an.id().toString());
        assertThat(vm.statusProperty().get()).isEqualTo("Đang hiện 3 trong 3 mục, mới nhất trước.");
        assertThat(vm.hasMoreProperty().get()).isFalse();
        assertThat(fx.reported).isEmpty();
    }

    @Test
    void filtersByActionKindAndDaysAndRefusesABadDate() {
        fx.addMember("Nguyễn Văn An", Gender.MALE, LocalDate.of(2005, 3, 10), LocalDate.of(2006, 3, 10));
        fx.services.settings().setTextScalePercent(120);

        vm.kindProperty().set(AuditKind.SETTING);
        vm.load();
        assertThat(vm.rows()).singleElement().extracting(AuditViewModel.Row::kind)
                .isEqualTo("Cài đặt ui.textScalePercent");

        vm.kindProperty().set(null);
        vm.actionProperty().set(AuditAction.CREATE);
        vm.load();
        assertThat(vm.rows()).singleElement().extracting(AuditViewModel.Row::kind).isEqualTo("Đảng viên");

        vm.actionProperty().set(null);
        vm.fromProperty().set("27/11/2026");
        vm.load();
        assertThat(vm.rows()).isEmpty();
        vm.fromProperty().set("26/11/2026");
        vm.toProperty().set("26/11/2026");
        vm.load();
        assertThat(vm.rows()).hasSize(2);

        vm.toProperty().set("31/02/2026");
        vm.load();
        assertThat(vm.statusProperty().get()).contains("31/02/2026", "không hợp lệ");
        assertThat(vm.rows()).as("the last good result stays").hasSize(2);
        vm.toProperty().set("25/11/2026");
        vm.load();
        assertThat(vm.statusProperty().get()).isEqualTo("Ngày bắt đầu phải trước hoặc trùng ngày kết thúc.");

        vm.clearFilters();
        assertThat(vm.rows()).hasSize(2);
        assertThat(vm.actionChoices()).first().isNull();
        assertThat(vm.actionName(null)).isEqualTo("Tất cả");
        assertThat(fx.reported).isEmpty();
    }

    @Test
    void loadsAPageAtATimeAndChecksTheChain() {
        List<String> scales = List.of("110", "120", "130", "140", "150");
        int changes = AuditViewModel.PAGE_SIZE + 5;
        for (int i = 0; i < changes; i++) {
            fx.services.settings().setTextScalePercent(Integer.parseInt(scales.get(i % scales.size())));
        }
        vm.load();
        assertThat(vm.rows()).hasSize(AuditViewModel.PAGE_SIZE);
        assertThat(vm.rows().get(0).entry().sequence()).isEqualTo(changes);
        assertThat(vm.hasMoreProperty().get()).isTrue();
        vm.loadMore();
        assertThat(vm.rows()).hasSize(changes);
        assertThat(vm.rows().get(changes - 1).entry().sequence()).isEqualTo(1);
        assertThat(vm.hasMoreProperty().get()).isFalse();
        assertThat(vm.statusProperty().get()).isEqualTo("Đang hiện " + changes + " trong " + changes
                + " mục, mới nhất trước.");

        vm.verifyChain();
        assertThat(vm.chainIntactProperty().get()).isTrue();
        assertThat(vm.chainStatusProperty().get()).isEqualTo("Nhật ký còn nguyên vẹn: mọi dòng khớp mã xác thực.");
    }
}
