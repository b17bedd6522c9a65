package vn.sochibo.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.application.common.StoreException;
import vn.sochibo.ui.UiFixture;

class DemoBannerViewModelTest {
    @TempDir
    Path folder;
    UiFixture fx;
    final List<Path> left = new ArrayList<>();
    final List<Throwable> failed = new ArrayList<>();

    @BeforeEach
    void setUp() {
        fx = new UiFixture(folder);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private DemoBannerViewModel banner() {
        return new DemoBannerViewModel(fx.services.settings(), fx.services::setDemoCellAside, fx.tasks);
    }

    @Test
    void shownOnTheDemoCell() {
        fx.services.demo().create();

        assertThat(banner().visibleProperty().get()).isTrue();
    }

    @Test
    void notShownOnARealCell() {
        fx.setUpCell();
        fx.addMember("Trần Thị Hoa", vn.sochibo.domain.member.Gender.FEMALE, UiFixture.TODAY.minusYears(5),
                UiFixture.TODAY.minusYears(4));

        DemoBannerViewModel vm = banner();

        assertThat(vm.visibleProperty().get()).isFalse();
        vm.leave(left::add, failed::add);
        assertThat(left).isEmpty();
        assertThat(failed).isEmpty();
        assertThat(fx.services.members().all()).hasSize(1);
    }

    @Test
    void leavingSetsTheDemoAsideAndHidesTheBanner() {
        fx.services.demo().create();
        DemoBannerViewModel vm = banner();

        vm.leave(left::add, failed::add);

        assertThat(failed).isEmpty();
        assertThat(left).singleElement().satisfies(aside -> {
            assertThat(aside.getParent().getFileName().toString()).isEqualTo("set-aside");
            assertThat(aside.resolve("sochibo.mv.db")).isRegularFile();
        });
        assertThat(vm.visibleProperty().get()).isFalse();
        assertThat(vm.workingProperty().get()).isFalse();
    }

    @Test
    void aFailureIsHandedOnAndTheBannerStays() {
        fx.services.demo().create();
        DemoBannerViewModel vm = new DemoBannerViewModel(fx.services.settings(), () -> {
            throw new StoreException("store.error.setAside", null, folder.toString());
        }, fx.tasks);

        vm.leave(left::add, failed::add);

        assertThat(left).isEmpty();
        assertThat(failed).singleElement().isInstanceOf(StoreException.class);
        assertThat(fx.text.describe(failed.get(0))).startsWith("Không cất được chi bộ mẫu");
        assertThat(vm.visibleProperty().get()).isTrue();
        assertThat(vm.workingProperty().get()).isFalse();
        assertThat(fx.services.members().all()).hasSize(25);
    }
}
