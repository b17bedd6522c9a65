package vn.sochibo.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.application.audit.AuditKind;
import vn.sochibo.application.audit.AuditTrail;
import vn.sochibo.application.settings.SettingsService;
import vn.sochibo.domain.common.ValidationException;
import vn.sochibo.ui.UiFixture;

class AutoLockViewModelTest {
    @TempDir
    java.nio.file.Path folder;
    UiFixture fx;
    final List<Integer> told = new ArrayList<>();

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private AutoLockViewModel open() {
        fx = new UiFixture(folder);
        return new AutoLockViewModel(fx.services.settings(), fx.tasks, fx.text, fx.errors, told::add);
    }

    @Test
    void tenMinutesUntilChosenThenTheChoiceIsSavedAndTheLockTold() {
        AutoLockViewModel vm = open();
        assertThat(vm.minutesProperty().get()).isEqualTo(10);
        assertThat(vm.choices()).containsExactly(0, 5, 10, 15, 30, 60);
        assertThat(vm.choices().stream().map(vm::label)).containsExactly("Không bao giờ", "sau 5 phút", "sau 10 phút",
                "sau 15 phút", "sau 30 phút", "sau 60 phút");
        assertThat(told).as("loading is not a choice").isEmpty();

        vm.minutesProperty().set(30);
        assertThat(fx.services.settings().autoLockMinutes()).isEqualTo(30);
        assertThat(told).containsExactly(30);
        assertThat(vm.statusProperty().get()).isEqualTo("Đã lưu.");
        vm.minutesProperty().set(0);
        assertThat(fx.services.settings().autoLockMinutes()).isZero();
        assertThat(told).containsExactly(30, 0);
        assertThat(fx.reported).isEmpty();
        // Each change is in the audit trail, as every setting is.
        assertThat(fx.services.audit().list(new AuditTrail.Filter(null, AuditKind.SETTING, null, null), 0, 100)
                .entries().stream().filter(e -> SettingsService.AUTO_LOCK_MINUTES.equals(e.entityId()))).hasSize(2);
    }

    @Test
    void aValueOutsideTheChoicesIsRefusedButOneImportedIsShownAsItIs() throws Exception {
        open();
        fx.setUpCell();
        assertThatThrownBy(() -> fx.services.settings().setAutoLockMinutes(7))
                .isInstanceOf(ValidationException.class);
        assertThat(fx.services.settings().autoLockMinutes()).as("refused: nothing changed").isEqualTo(10);

        var data = fx.services.exchange().snapshot();
        var settings = new java.util.HashMap<>(data.settings());
        settings.put(SettingsService.AUTO_LOCK_MINUTES, "45");
        var out = new java.io.ByteArrayOutputStream();
        fx.services.exchange().exportTo(new vn.sochibo.application.exchange.ExchangeData(data.cell(), data.members(),
                data.meetings(), data.corrections(), settings), out);
        fx.close();
        java.nio.file.Path other = folder.resolve("other");
        fx = new UiFixture(other);
        fx.services.exchange().importFrom(new java.io.ByteArrayInputStream(out.toByteArray()));
        AutoLockViewModel vm = new AutoLockViewModel(fx.services.settings(), fx.tasks, fx.text, fx.errors, told::add);
        assertThat(vm.minutesProperty().get()).isEqualTo(45);
        assertThat(vm.choices()).containsExactly(0, 5, 10, 15, 30, 45, 60);
        assertThat(told).isEmpty();
    }
}
