package vn.sochibo.application.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.app.Services;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.review.ReviewViews;
import vn.sochibo.domain.meeting.Meeting;
import vn.sochibo.domain.review.ReviewLevel;
import vn.sochibo.domain.review.ReviewPeriod;

/**
 * On the demo cell, last year's statistics agree with what the other areas show for the same records: attendance
 * with the annual review's facts, pledges with the pledges overview, levels with the review summary, meeting
 * counts with the meetings list; and the demo's one thematic meeting a quarter meets the rule.
 */
class StatisticsDemoTest {
    @TempDir
    Path temp;

    @Test
    void lastYearAgreesWithTheReviewThePledgesAndTheMeetings() {
        try (AppServices s = Services.open(temp)) {
            s.demo().create();
            int year = s.members().today().getYear() - 1;
            Statistics st = s.statistics().compute(StatsPeriod.ofYear(year));

            ReviewPeriod review = s.reviews().ofYear(year).orElseThrow();
            Map<String, List<Object>> attendance = st.table("attendanceMembers").rows().stream()
                    .collect(Collectors.toMap(r -> (String) r.get(0), r -> r));
            ReviewViews.Summary summary = s.reviews().summary(review.id());
            assertThat(summary.rows()).isNotEmpty();
            for (ReviewViews.SummaryRow r : summary.rows()) {
                ReviewViews.Facts facts = s.reviews().facts(review.id(), r.memberId());
                List<Object> row = attendance.get(r.fullName());
                assertThat(row).as(r.fullName()).isNotNull();
                assertThat(row.subList(1, 3)).as(r.fullName())
                        .containsExactly(facts.meetingsExpected(), facts.meetingsAttended());
            }

            var figures = s.pledges().figuresOfYear(year);
            StatTable pledges = st.table("pledges");
            assertThat(pledges.rows()).hasSize(figures.size());
            int items = figures.values().stream().mapToInt(f -> f.items()).sum();
            assertThat(pledges.totalRow().get(2)).isEqualTo(items);

            List<Object> levels = st.table("reviewLevels").rows().stream()
                    .filter(r -> r.get(0).equals(String.valueOf(year))).findFirst().orElseThrow();
            var known = summary.rows().stream().map(r -> r.finalLevel() != null ? r.finalLevel() : r.cellLevel())
                    .toList();
            assertThat(levels.subList(1, 5)).containsExactly(
                    (int) known.stream().filter(l -> l == ReviewLevel.EXCELLENT).count(),
                    (int) known.stream().filter(l -> l == ReviewLevel.GOOD).count(),
                    (int) known.stream().filter(l -> l == ReviewLevel.COMPLETED).count(),
                    (int) known.stream().filter(l -> l == ReviewLevel.NOT_COMPLETED).count());
            assertThat(levels.get(6)).isEqualTo(summary.rows().size());

            long meetingsOfYear = s.meetings().all().stream().map(Meeting::date)
                    .filter(d -> d.getYear() == year).count();
            StatTable kinds = st.table("meetingKinds");
            assertThat(kinds.totalRow().get(5)).isEqualTo((int) meetingsOfYear);
            assertThat(st.table("attendanceMeetings").rows()).hasSize((int) meetingsOfYear);
            // The demo holds a thematic meeting each quarter it covers.
            LocalDate firstMeeting = s.meetings().all().stream().map(Meeting::date).min(LocalDate::compareTo)
                    .orElseThrow();
            for (List<Object> q : kinds.rows()) {
                var quarter = (StatisticsService.Quarter) q.get(0);
                boolean covered = LocalDate.of(quarter.year(), quarter.number() * 3 - 2, 1).isAfter(firstMeeting);
                if (covered) {
                    assertThat(q.get(7)).as(quarter.toString()).isEqualTo(StatisticsService.QuarterRule.MET);
                }
            }
            assertThat(st.table("selfScores").rows()).isNotEmpty();
            assertThat(st.table("tasks").totalRow().get(1)).isNotEqualTo(0);
        }
    }
}
