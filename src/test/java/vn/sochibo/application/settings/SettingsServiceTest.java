package vn.sochibo.application.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.app.Services;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.domain.common.Problem;
import vn.sochibo.domain.common.ValidationException;

class SettingsServiceTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-03T01:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    @TempDir
    Path dir;
    AppServices app;

    @BeforeEach
    void open() {
        app = Services.open(dir, CLOCK);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private SettingsService reopen() {
        app.close();
        app = Services.open(dir, CLOCK);
        return app.settings();
    }

    @Test
    void defaults() {
        assertThat(app.settings().textScalePercent()).isEqualTo(100);
        assertThat(app.settings().probationReminderDays()).isEqualTo(30);
    }

    @Test
    void theTextScaleIsKeptWithinOneHundredToOneHundredFiftyPercent() {
        SettingsService settings = app.settings();
        settings.setTextScalePercent(150);
        assertThat(settings.textScalePercent()).isEqualTo(150);
        settings.setTextScalePercent(100);
        assertThat(settings.textScalePercent()).isEqualTo(100);
        settings.setTextScalePercent(125);

        for (int bad : new int[] {99, 151, 0, -125, 1000}) {
            assertThatThrownBy(() -> settings.setTextScalePercent(bad))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                            .containsExactly(Problem.of("textScale", "settings.error.textScaleRange", 100, 150)));
        }
        assertThat(settings.textScalePercent()).isEqualTo(125);
        assertThat(reopen().textScalePercent()).isEqualTo(125);
    }

    @Test
    void theProbationReminderIsKeptWithinAYear() {
        SettingsService settings = app.settings();
        settings.setProbationReminderDays(0);
        assertThat(settings.probationReminderDays()).isZero();
        settings.setProbationReminderDays(365);
        assertThat(settings.probationReminderDays()).isEqualTo(365);
        settings.setProbationReminderDays(45);
        for (int bad : new int[] {-1, 366}) {
            assertThatThrownBy(() -> settings.setProbationReminderDays(bad))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                            .extracting(Problem::messageKey).containsExactly("settings.error.reminderDaysRange"));
        }
        assertThat(reopen().probationReminderDays()).isEqualTo(45);
    }

    @Test
    void meetingStandardsHaveDefaultsAndAreKeptWithinRange() {
        try (var app = vn.sochibo.app.Services.open(dir.resolve("standards"))) {
            var settings = app.settings();
            assertThat(settings.meetingStandards()).isEqualTo(vn.sochibo.domain.meeting.MeetingStandards.defaults());
            settings.setMeetingStandards(new vn.sochibo.domain.meeting.MeetingStandards(60, 100, 50));
            assertThat(settings.meetingStandards()).isEqualTo(new vn.sochibo.domain.meeting.MeetingStandards(60, 100, 50));
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> settings.setMeetingStandards(
                    new vn.sochibo.domain.meeting.MeetingStandards(60, 100, 101)))
                    .isInstanceOf(vn.sochibo.domain.common.ValidationException.class);
            assertThat(settings.meetingStandards().lowAttendancePercent()).isEqualTo(50);
        }
    }

    @Test
    void voteThresholdsCanBeChangedPerSubject() {
        try (var app = vn.sochibo.app.Services.open(dir.resolve("votes"))) {
            var settings = app.settings();
            assertThat(settings.voteThresholds()).isEqualTo(vn.sochibo.domain.meeting.VoteThresholds.defaults());
            var present = new vn.sochibo.domain.meeting.VoteThreshold(1, 2, true,
                    vn.sochibo.domain.meeting.VoteThreshold.Reference.PRESENT);
            settings.setVoteThreshold(vn.sochibo.domain.meeting.VoteSubject.RESOLUTION, present);
            assertThat(settings.voteThresholds().of(vn.sochibo.domain.meeting.VoteSubject.RESOLUTION)).isEqualTo(present);
            assertThat(settings.voteThresholds().of(vn.sochibo.domain.meeting.VoteSubject.ADMISSION))
                    .isEqualTo(vn.sochibo.domain.meeting.VoteThreshold.TWO_THIRDS_OF_BASE);
        }
    }
}
