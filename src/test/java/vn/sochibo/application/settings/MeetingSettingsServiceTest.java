package vn.sochibo.application.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.app.Services;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.document.PartyDocument;
import vn.sochibo.domain.common.Problem;
import vn.sochibo.domain.common.ValidationException;
import vn.sochibo.domain.meeting.Meeting;
import vn.sochibo.domain.meeting.MeetingStandards;
import vn.sochibo.domain.meeting.SelfScoreSheet;
import vn.sochibo.domain.meeting.SelfScoreSheet.Criterion;
import vn.sochibo.domain.meeting.VoteSubject;
import vn.sochibo.domain.meeting.VoteThreshold;

/** Meeting standards, vote thresholds and the self-score sheet in settings, on a real store. */
class MeetingSettingsServiceTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    @TempDir
    Path dir;

    private static List<Criterion> typed(SelfScoreSheet sheet) {
        return new ArrayList<>(sheet.criteria().stream()
                .map(c -> new Criterion(c.key(), c.maxPoints(), c.name() == null ? "Tiêu chí " + c.key() : c.name()))
                .toList());
    }

    @Test
    void meetingStandardsOutOfRangeAreRefusedFieldByFieldAndChangeNothing() {
        try (AppServices app = Services.open(dir, CLOCK)) {
            SettingsService settings = app.settings();
            settings.setMeetingStandards(new MeetingStandards(100, 150, 50));
            assertThatThrownBy(() -> settings.setMeetingStandards(new MeetingStandards(0, 601, 101)))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).containsExactly(
                            Problem.of("minRegularMinutes", "settings.error.minutesRange", 600),
                            Problem.of("minCombinedMinutes", "settings.error.minutesRange", 600),
                            Problem.of("lowAttendancePercent", "settings.error.percentRange")));
            assertThatThrownBy(() -> settings.setMeetingStandards(new MeetingStandards(90, 120, 0)))
                    .isInstanceOf(ValidationException.class);
            assertThat(settings.meetingStandards()).isEqualTo(new MeetingStandards(100, 150, 50));
            settings.setMeetingStandards(new MeetingStandards(1, 600, 100));
            assertThat(settings.meetingStandards()).isEqualTo(new MeetingStandards(1, 600, 100));
        }
    }

    @Test
    void aSheetIsSavedWithKeysAndARefusedOneChangesNothing() {
        try (AppServices app = Services.open(dir, CLOCK)) {
            SettingsService settings = app.settings();
            assertThat(settings.scoreSheet()).isEqualTo(SelfScoreSheet.standard());

            SelfScoreSheet saved = settings.setScoreSheet(List.of(new Criterion(null, 40, "  Chuẩn bị  "),
                    new Criterion(null, 60, "Tiến hành")));
            assertThat(saved.criteria()).extracting(Criterion::name).containsExactly("Chuẩn bị", "Tiến hành");
            assertThat(saved.criteria()).extracting(Criterion::key).doesNotContainNull().doesNotHaveDuplicates()
                    .allMatch(k -> k.matches("c[0-9a-z]{10}"));
            assertThat(settings.scoreSheet()).isEqualTo(saved);

            assertThatThrownBy(() -> settings.setScoreSheet(List.of(new Criterion(null, 40, "Chuẩn bị"),
                    new Criterion(null, 59, "CHUAN BI"))))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                            .extracting(Problem::messageKey)
                            .containsExactly("settings.error.scoreSheet.duplicateName", "settings.error.scoreSheet.sum"));
            assertThat(settings.scoreSheet()).isEqualTo(saved);
        }
        try (AppServices app = Services.open(dir, CLOCK)) {
            assertThat(app.settings().scoreSheet().criteria()).extracting(Criterion::maxPoints).containsExactly(40, 60);
        }
    }

    @Test
    void renamingKeepsTheKeyChangingTheMaximumGivesANewOne() {
        try (AppServices app = Services.open(dir, CLOCK)) {
            SettingsService settings = app.settings();
            List<Criterion> criteria = typed(SelfScoreSheet.standard());
            criteria.set(0, new Criterion("time", 5, "Thời gian họp"));
            criteria.set(3, new Criterion("conduct", 25, "Tiến hành"));
            criteria.set(7, new Criterion("closing", 10, "Kết thúc"));

            SelfScoreSheet saved = settings.setScoreSheet(criteria);

            assertThat(saved.criteria().get(0)).isEqualTo(new Criterion("time", 5, "Thời gian họp"));
            assertThat(saved.criteria().get(3).key()).isNotEqualTo("conduct");
            assertThat(saved.criteria().get(7).key()).isNotEqualTo("closing");
            assertThat(saved.maxTotal()).isEqualTo(100);
        }
    }

    @Test
    void meetingsScoredOnAnEarlierSheetKeepItPrintAsBeforeAndStillVerify() {
        try (AppServices app = Services.open(dir, CLOCK)) {
            app.demo().create();
            Meeting scored = app.meetings().all().stream()
                    .filter(m -> m.isFinalized() && !m.selfScores().isEmpty()).findFirst().orElseThrow();
            PartyDocument minutesBefore = app.meetingDocuments().minutes(scored.id());
            PartyDocument resolutionBefore = app.meetingDocuments().resolution(scored.id());

            SelfScoreSheet first = app.settings().setScoreSheet(List.of(new Criterion(null, 50, "Chuẩn bị"),
                    new Criterion(null, 50, "Tiến hành")));
            SelfScoreSheet second = app.settings().setScoreSheet(List.of(new Criterion(null, 100, "Toàn bộ")));

            assertThat(app.settings().scoreSheetFor(scored.selfScores())).isEqualTo(SelfScoreSheet.standard());
            assertThat(app.settings().scoreSheetFor(Map.of(first.criteria().get(0).key(), 30))).isEqualTo(first);
            assertThat(app.settings().scoreSheetFor(Map.of())).as("a meeting not scored yet").isEqualTo(second);
            assertThat(app.meetingDocuments().minutes(scored.id())).isEqualTo(minutesBefore);
            assertThat(app.meetingDocuments().resolution(scored.id())).isEqualTo(resolutionBefore);
            assertThat(app.meetings().find(scored.id()).orElseThrow()).isEqualTo(scored);
            assertThat(app.meetings().verify()).isEmpty();
        }
    }

    @Test
    void aDraftScoredOnTheConfiguredSheetFinalizesOnIt() {
        try (AppServices app = Services.open(dir, CLOCK)) {
            app.demo().create();
            SelfScoreSheet custom = app.settings().setScoreSheet(List.of(new Criterion(null, 30, "Chuẩn bị"),
                    new Criterion(null, 70, "Tiến hành")));
            Meeting draft = app.meetings().all().stream().filter(m -> !m.isFinalized()).findFirst().orElseThrow();
            Meeting scored = new Meeting(draft.id(), draft.kind(), draft.topic(), draft.date(), draft.startTime(),
                    draft.endTime(), draft.place(), draft.chairId(), draft.minuteTakerId(), draft.guests(),
                    draft.rollCall(), draft.agenda(), draft.contributions(), draft.votes(), draft.tasks(),
                    draft.followUps(), draft.conclusion(), Map.of(custom.criteria().get(1).key(), 65), null);
            app.meetings().saveDraft(scored);

            assertThat(app.settings().scoreSheetFor(scored.selfScores())).isEqualTo(custom);
            assertThat(app.meetingDocuments().minutes(scored.id()).toString()).contains("65/100");
        }
    }

    @Test
    void standardsThresholdsAndSheetsRoundTripThroughTheExchangeFile() {
        String exported;
        SelfScoreSheet custom;
        try (AppServices source = Services.open(dir.resolve("source"), CLOCK)) {
            source.demo().create();
            source.settings().setMeetingStandards(new MeetingStandards(100, 140, 75));
            source.settings().setVoteThreshold(VoteSubject.DISCIPLINE, new VoteThreshold(2, 3, false,
                    VoteThreshold.Reference.PRESENT));
            custom = source.settings().setScoreSheet(List.of(new Criterion(null, 30, "Chuẩn bị"),
                    new Criterion(null, 70, "Tiến hành")));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            source.exchange().exportTo(out);
            exported = out.toString(StandardCharsets.UTF_8);
        }
        assertThat(exported).contains("\"meetings.scoreSheet\"", "\"meetings.scoreSheet.earlier.1\"");
        try (AppServices target = Services.open(dir.resolve("target"), CLOCK)) {
            target.exchange().importFrom(new ByteArrayInputStream(exported.getBytes(StandardCharsets.UTF_8)));
            assertThat(target.settings().meetingStandards()).isEqualTo(new MeetingStandards(100, 140, 75));
            assertThat(target.settings().voteThresholds().of(VoteSubject.DISCIPLINE))
                    .isEqualTo(new VoteThreshold(2, 3, false, VoteThreshold.Reference.PRESENT));
            assertThat(target.settings().voteThresholds().of(VoteSubject.ADMISSION))
                    .isEqualTo(VoteThreshold.TWO_THIRDS_OF_BASE);
            assertThat(target.settings().scoreSheet()).isEqualTo(custom);
            Meeting scored = target.meetings().all().stream()
                    .filter(m -> m.isFinalized() && !m.selfScores().isEmpty()).findFirst().orElseThrow();
            assertThat(target.settings().scoreSheetFor(scored.selfScores())).isEqualTo(SelfScoreSheet.standard());
            ByteArrayOutputStream again = new ByteArrayOutputStream();
            target.exchange().exportTo(again);
            assertThat(again.toString(StandardCharsets.UTF_8)).isEqualTo(exported);
        }
    }

    @Test
    void voteThresholdsAreSavedTogether() {
        try (AppServices app = Services.open(dir, CLOCK)) {
            app.settings().setVoteThresholds(Map.of(VoteSubject.RESOLUTION, VoteThreshold.TWO_THIRDS_OF_BASE,
                    VoteSubject.OTHER, new VoteThreshold(1, 2, false, VoteThreshold.Reference.PRESENT)));
            assertThat(app.settings().voteThresholds().of(VoteSubject.RESOLUTION))
                    .isEqualTo(VoteThreshold.TWO_THIRDS_OF_BASE);
            assertThat(app.settings().voteThresholds().of(VoteSubject.OTHER))
                    .isEqualTo(new VoteThreshold(1, 2, false, VoteThreshold.Reference.PRESENT));
        }
    }
}
