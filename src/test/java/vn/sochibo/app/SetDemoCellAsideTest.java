package vn.sochibo.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.member.MemberInput;
import vn.sochibo.domain.cell.CellProfile;
import vn.sochibo.domain.common.ValidationException;
import vn.sochibo.domain.member.Gender;

/** Leaving the demo cell through the application services: only the demo is ever set aside. */
class SetDemoCellAsideTest {
    @TempDir
    Path dir;

    private static List<String> files(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theDemoCellIsSetAsideAndTheFolderStartsAgainEmpty() {
        Path aside;
        try (AppServices services = Services.open(dir)) {
            services.demo().create();
            aside = services.setDemoCellAside();
        }

        try (AppServices fresh = Services.open(dir)) {
            assertThat(fresh.cell().profile()).isEmpty();
            assertThat(fresh.members().all()).isEmpty();
            assertThat(fresh.settings().isDemoCell()).isFalse();
        }
        try (AppServices demo = Services.open(aside)) {
            assertThat(demo.settings().isDemoCell()).isTrue();
            assertThat(demo.members().all()).hasSize(25);
            assertThat(demo.cell().profile()).isPresent();
        }
    }

    @Test
    void aRealCellIsNeverSetAsideAndStaysOpen() throws Exception {
        try (AppServices services = Services.open(dir)) {
            services.cell().save(new CellProfile("Chi bộ Thôn Đông", "Đảng bộ xã Hải Phong", "Quảng Trị",
                    LocalDate.of(2025, 6, 1), LocalDate.of(2030, 5, 31), null, null, List.of()));
            List<String> before = files(dir);

            assertThatThrownBy(services::setDemoCellAside).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.problems()).singleElement()
                            .satisfies(p -> assertThat(p.messageKey()).isEqualTo("demo.error.notDemo")));

            assertThat(files(dir)).isEqualTo(before).contains("sochibo.mv.db").doesNotContain("set-aside");
            // Still open and working.
            services.members().add(new MemberInput("Trần Thị Hoa", Gender.FEMALE, null, null, null,
                    LocalDate.of(2015, 3, 2), LocalDate.of(2016, 3, 2), null, null, null));
        }
        try (AppServices again = Services.open(dir)) {
            assertThat(again.cell().profile()).map(CellProfile::cellName).contains("Chi bộ Thôn Đông");
            assertThat(again.members().all()).hasSize(1);
        }
    }
}
