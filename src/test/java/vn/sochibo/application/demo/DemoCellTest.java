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
    void demoCellHasTwoYearsOfMonthlyAndQuarterlyThematicMeetings() {
        Clock clock = Clock.fixed(Instant.parse("2027-03-10T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
        try (AppServices services = Services.open(temp, clock)) {
            var cell = services.demo().create();
            var meetings = services.meetings().all();

            var regular = meetings.stream().filter(m -> m.kind() == vn.sochibo.domain.meeting.MeetingKind.REGULAR).toList();
            var thematic = meetings.stream().filter(m -> m.kind() == vn.sochibo.domain.meeting.MeetingKind.THEMATIC).toList();
            // March 2025 to March 2027: 25 regular meetings; one thematic meeting in each quarter.
            assertThat(regular).hasSize(25);
            assertThat(thematic).hasSize(8);
            assertThat(thematic).allMatch(m -> m.topic() != null && !m.topic().isBlank());
            // Only this month's regular meeting is still a draft; the rest are finalized with an intact chain.
            assertThat(meetings.stream().filter(m -> !m.isFinalized()))
                    .singleElement().satisfies(m -> assertThat(m.date()).isEqualTo(LocalDate.of(2027, 3, 3)));
            assertThat(services.meetings().verify()).isEmpty();
            // Minutes numbers start again from 01 in the current committee term.
            var firstInTerm = meetings.stream().filter(m -> m.isFinalized() && !m.date().isBefore(cell.termStart()))
                    .min(java.util.Comparator.comparing(m -> m.finalization().finalizedAt())).orElseThrow();
            assertThat(firstInTerm.finalization().minutesNumber()).isEqualTo(1);
            // Every regular meeting after the first follows up the previous one's tasks.
            assertThat(regular.subList(1, regular.size())).allMatch(m -> m.followUps().size() == 2);
        }
    }

    @Test
    void earlyInAMonthLastMonthsRegularMeetingIsTheDraft() {
        // 2 March 2027: this month's regular meeting (from the 3rd) is not held yet.
        Clock clock = Clock.fixed(Instant.parse("2027-03-02T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
        try (AppServices services = Services.open(temp, clock)) {
            services.demo().create();
            assertThat(services.meetings().summaries().stream().filter(m -> !m.isFinalized()))
                    .singleElement().satisfies(m -> assertThat(m.date()).isEqualTo(LocalDate.of(2027, 2, 3)));
            assertThat(services.meetings().verify()).isEmpty();
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

    @Test
    void aLargerDemoCellHasMadeUpMembersAndYearsOfMeetingsAndPledges() {
        Clock clock = Clock.fixed(Instant.parse("2027-03-10T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
        try (AppServices services = Services.open(temp, clock)) {
            services.demo().create(new DemoSize(40, 4));
            LocalDate today = services.members().today();
            var members = services.members().all();

            assertThat(members).hasSize(40);
            assertThat(members).extracting(Member::fullName).doesNotHaveDuplicates();
            // 15 made up: the fifteenth is elderly and exempt; none of them joined after two years ago, unless on probation.
            assertThat(members.stream().filter(m -> m.statusOn(today) == MemberStatus.EXEMPT)).hasSize(3);
            var meetings = services.meetings().summaries();
            // March 2023 to March 2027: 49 regular meetings and one thematic meeting in each quarter.
            assertThat(meetings.stream().filter(m -> m.kind() == vn.sochibo.domain.meeting.MeetingKind.REGULAR))
                    .hasSize(49);
            assertThat(meetings.stream().map(m -> m.date().getYear()).distinct()).contains(2023, 2024, 2025, 2026, 2027);
            assertThat(services.meetings().verify()).isEmpty();
            for (int year = 2024; year <= 2027; year++) {
                assertThat(services.pledges().ofYear(year)).as("pledges of %d", year).hasSizeGreaterThan(30);
            }
            assertThat(services.pledges().ofYear(2023)).isEmpty();
            // A review a year: 2024-2026 finalized, 2027 in progress.
            assertThat(services.reviews().periods()).hasSize(4);
            assertThat(services.reviews().periods().stream().filter(p -> p.finalized())).hasSize(3);
        }
    }

    @Test
    void aDemoSizeOutsideItsBoundsIsRefused() {
        assertThatThrownBy(() -> new DemoSize(24, 2)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems().get(0).messageKey())
                        .isEqualTo("demo.error.members"));
        assertThatThrownBy(() -> new DemoSize(60, 0)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new DemoSize(60, 16)).isInstanceOf(ValidationException.class);
        assertThat(new DemoSize(200, 15).members()).isEqualTo(200);
    }
}
