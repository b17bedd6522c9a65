package vn.sochibo.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.app.Services;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.meeting.MeetingRepository;
import vn.sochibo.domain.meeting.Meeting;
import vn.sochibo.domain.meeting.MeetingKind;

/**
 * The narrow meeting queries (used instead of reading every meeting) answer exactly what the same question
 * asked of every meeting in memory answers, on the demo cell's two years of meetings.
 */
class MeetingQueriesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    @TempDir
    Path dir;

    @Test
    void eachQueryAgreesWithTheWholeList() {
        try (AppServices s = Services.open(dir, CLOCK)) {
            s.demo().create();
        }
        try (Database db = Database.open(dir)) {
            MeetingRepository repo = db.meetingRepository();
            List<Meeting> all = db.transactions().inTransaction(repo::findAll);
            assertThat(all).hasSizeGreaterThan(20);

            for (Meeting m : all) {
                List<Meeting.TaskAssignment> expected = all.stream()
                        .filter(x -> !x.id().equals(m.id()) && x.date().isBefore(m.date())
                                && (x.kind() == MeetingKind.REGULAR || x.kind() == MeetingKind.COMBINED))
                        .max(Comparator.comparing(Meeting::date)).map(Meeting::tasks).orElse(List.of());
                assertThat(db.transactions().inTransaction(() -> repo.tasksOfPreviousRegular(m.date(), m.id())))
                        .as("tasks to follow up at %s", m.date()).isEqualTo(expected);
            }

            LocalDate firstThematic = all.stream().filter(m -> m.kind() == MeetingKind.THEMATIC).map(Meeting::date)
                    .min(Comparator.naturalOrder()).orElseThrow();
            assertThat(db.transactions().inTransaction(() -> repo.hasTopicMeetingBetween(firstThematic, firstThematic)))
                    .isTrue();
            assertThat(db.transactions().inTransaction(() -> repo.hasTopicMeetingBetween(
                    firstThematic.minusYears(5), firstThematic.minusDays(1)))).isFalse();

            Meeting withTasks = all.stream().filter(m -> m.tasks().size() >= 2).findFirst().orElseThrow();
            UUID one = withTasks.tasks().get(0).id();
            UUID other = withTasks.tasks().get(1).id();
            Map<UUID, Meeting.TaskAssignment> found = db.transactions().inTransaction(
                    () -> repo.tasks(List.of(one, other, UUID.randomUUID())));
            assertThat(found).containsOnlyKeys(one, other);
            assertThat(found.get(one)).isEqualTo(withTasks.tasks().get(0));

            List<Meeting> chain = Meeting.finalizedInChainOrder(all);
            assertThat(db.transactions().inTransaction(repo::lastFinalized)).contains(chain.get(chain.size() - 1));

            LocalDate from = LocalDate.of(2025, 6, 20);
            LocalDate to = LocalDate.of(2030, 6, 19);
            List<Meeting> inTerm = chain.stream().filter(m -> !m.date().isBefore(from) && !m.date().isAfter(to)).toList();
            assertThat(db.transactions().inTransaction(() -> repo.maxNumbers(from, to))).isEqualTo(
                    new MeetingRepository.Numbers(
                            inTerm.stream().mapToInt(m -> m.finalization().minutesNumber()).max().orElse(0),
                            inTerm.stream().mapToInt(m -> m.finalization().resolutionNumber()).max().orElse(0)));
            assertThat(db.transactions().inTransaction(repo::summaries)).extracting(
                    vn.sochibo.domain.meeting.MeetingSummary::id, vn.sochibo.domain.meeting.MeetingSummary::date,
                    vn.sochibo.domain.meeting.MeetingSummary::finalization)
                    .containsExactlyElementsOf(all.stream().map(m -> org.assertj.core.groups.Tuple.tuple(m.id(), m.date(),
                            m.finalization())).toList());
            Meeting lastWithTasks = chain.stream().filter(m -> !m.tasks().isEmpty())
                    .max(Comparator.comparing(Meeting::date)).orElseThrow();
            java.util.Set<UUID> followed = new java.util.HashSet<>();
            all.forEach(m -> m.followUps().forEach(f -> followed.add(f.taskId())));
            assertThat(db.transactions().inTransaction(repo::openTasks)).isEqualTo(lastWithTasks.tasks().stream()
                    .filter(t -> !followed.contains(t.id())).toList());
            assertThat(db.transactions().inTransaction(() -> repo.maxNumbers(LocalDate.of(1990, 1, 1),
                    LocalDate.of(1990, 12, 31)))).isEqualTo(new MeetingRepository.Numbers(0, 0));
        }
    }
}
