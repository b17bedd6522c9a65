package vn.sochibo.application.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.app.Services;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.pledge.YearOverview;
import vn.sochibo.domain.meeting.Meeting;
import vn.sochibo.domain.pledge.Pledge;
import vn.sochibo.domain.pledge.PledgeItem;

class DemoPledgesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    @TempDir
    Path temp;

    @Test
    void theDemoCellHasPledgesForTwoYearsWithChecksAtItsMeetingsSomeMissingAndSomeOverdue() {
        try (AppServices s = Services.open(temp, CLOCK)) {
            s.demo().create();
            YearOverview thisYear = s.pledges().overview(2026, null);
            assertThat(thisYear.notRegistered()).extracting(YearOverview.Row::fullName)
                    .containsExactlyInAnyOrderElementsOf(DemoPledges.MISSING_THIS_YEAR);
            assertThat(thisYear.registeredExpectedCount()).isEqualTo(thisYear.expectedCount() - 2)
                    .isGreaterThan(15);
            YearOverview lastYear = s.pledges().overview(2025, null);
            assertThat(lastYear.notRegistered()).extracting(YearOverview.Row::fullName)
                    .containsExactlyElementsOf(DemoPledges.MISSING_LAST_YEAR);
            assertThat(lastYear.cell().overdue()).isPositive();
            assertThat(thisYear.cell().completed()).isPositive();
            assertThat(lastYear.cell().completionRate().percent().orElseThrow()).isBetween(50, 99);

            // The secretary's pledge carries the extra example-setting item.
            var secretary = s.cell().profile().orElseThrow().secretaryId();
            Pledge hers = s.pledges().find(secretary, 2026).orElseThrow();
            assertThat(hers.items()).filteredOn(PledgeItem::exampleSetting).hasSize(1);

            // Checks were recorded at the meetings while they were drafts, finalized ones included.
            List<Meeting> finalizedWithChecks = s.meetings().all().stream().filter(Meeting::isFinalized)
                    .filter(m -> !s.pledges().followUpsAtMeeting(m.id()).isEmpty()).toList();
            assertThat(finalizedWithChecks).hasSizeGreaterThan(10);
            assertThat(s.meetingDocuments().minutes(finalizedWithChecks.get(0).id()).body().toString())
                    .contains("KIỂM TRA VIỆC THỰC HIỆN CAM KẾT");
            assertThat(s.pledges().overdue(2025, null)).isNotEmpty();
        }
    }
}
