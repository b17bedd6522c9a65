package vn.sochibo.application.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.app.Services;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.domain.common.ValidationException;
import vn.sochibo.domain.member.Member;
import vn.sochibo.domain.member.MemberStatus;

class DemoCellTest {
    @TempDir
    Path temp;

    @Test
    void demoCellHasMixedStatusesAndTwoYearsOfHistory() {
        Clock clock = Clock.fixed(Instant.parse("2027-03-03T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
        try (AppServices services = Services.open(temp, clock)) {
            var cell = services.demo().create();
            LocalDate today = services.members().today();
            var members = services.members().all();

            Map<MemberStatus, Long> byStatus = members.stream()
                    .collect(Collectors.groupingBy(m -> m.statusOn(today), Collectors.counting()));
            assertThat(members).hasSize(25);
            assertThat(byStatus).containsEntry(MemberStatus.PROBATIONARY, 3L)
                    .containsEntry(MemberStatus.EXEMPT, 2L)
                    .containsEntry(MemberStatus.TEMPORARILY_ATTACHED_ELSEWHERE, 1L)
                    .containsEntry(MemberStatus.TRANSFERRED_OUT, 1L)
                    .containsEntry(MemberStatus.DECEASED, 1L)
                    .containsEntry(MemberStatus.OFFICIAL, 17L);
            assertThat(members.stream().flatMap(m -> m.history().stream()))
                    .allMatch(e -> e.date().isAfter(today.minusYears(2)));
            assertThat(services.members().dueForProbationReview(30)).extracting(Member::fullName)
                    .containsExactly("Nguyễn Thị Thảo");
            Map<java.util.UUID, Member> byId = members.stream().collect(Collectors.toMap(Member::id, Function.identity()));
            assertThat(byId.get(cell.secretaryId()).fullName()).isEqualTo("Lê Văn Thành");
            assertThat(services.cell().profile()).contains(cell);
            assertThat(services.settings().isDemoCell()).isTrue();
        }
    }

    @Test
    void demoRefusesAFolderThatHoldsData() {
        try (AppServices services = Services.open(temp)) {
            services.demo().create();
            assertThatThrownBy(() -> services.demo().create()).isInstanceOf(ValidationException.class);
            assertThat(services.members().all()).hasSize(25);
        }
    }
}
