package vn.sochibo.domain.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import vn.sochibo.domain.common.Problem;
import vn.sochibo.domain.meeting.SelfScoreSheet.Criterion;
import org.junit.jupiter.api.Test;
import vn.sochibo.domain.meeting.SelfScoreSheet.Grade;

class SelfScoreSheetTest {
    private final SelfScoreSheet sheet = SelfScoreSheet.standard();

    @Test
    void standardSheetAddsUpToOneHundred() {
        assertThat(sheet.maxTotal()).isEqualTo(100);
    }

    @Test
    void gradesAtTheirBoundaries() {
        assertThat(sheet.grade(100)).isEqualTo(Grade.EXCELLENT);
        assertThat(sheet.grade(90)).isEqualTo(Grade.EXCELLENT);
        assertThat(sheet.grade(89)).isEqualTo(Grade.GOOD);
        assertThat(sheet.grade(70)).isEqualTo(Grade.GOOD);
        assertThat(sheet.grade(69)).isEqualTo(Grade.AVERAGE);
        assertThat(sheet.grade(50)).isEqualTo(Grade.AVERAGE);
        assertThat(sheet.grade(49)).isEqualTo(Grade.POOR);
        assertThat(sheet.grade(0)).isEqualTo(Grade.POOR);
    }

    @Test
    void scoresAboveTheCriterionMaximumOrUnknownAreRefused() {
        assertThat(sheet.check(Map.of("time", 5, "conduct", 30))).isEmpty();
        assertThat(sheet.check(Map.of("time", 6))).extracting(p -> p.messageKey())
                .containsExactly("meeting.error.scoreRange");
        assertThat(sheet.check(Map.of("time", -1))).hasSize(1);
        assertThat(sheet.check(Map.of("singing", 3))).extracting(p -> p.messageKey())
                .containsExactly("meeting.error.unknownCriterion");
        assertThat(sheet.total(Map.of("time", 5, "conduct", 28, "closing", 4))).isEqualTo(37);
    }

    private static List<Criterion> named(Object... nameThenPoints) {
        List<Criterion> out = new java.util.ArrayList<>();
        for (int i = 0; i < nameThenPoints.length; i += 2) {
            out.add(new Criterion(null, (Integer) nameThenPoints[i + 1], (String) nameThenPoints[i]));
        }
        return out;
    }

    @Test
    void aSheetOfNamedCriteriaAddingUpToOneHundredIsAccepted() {
        assertThat(SelfScoreSheet.checkCriteria(named("Thời gian", 40, "Nội dung", 60))).isEmpty();
        assertThat(SelfScoreSheet.checkCriteria(named("Tất cả", 100))).isEmpty();
    }

    @Test
    void maximaAddingUpToNinetyNineOrOneHundredAndOneAreRefused() {
        assertThat(SelfScoreSheet.checkCriteria(named("Thời gian", 39, "Nội dung", 60)))
                .containsExactly(Problem.of("scoreSheet", "settings.error.scoreSheet.sum", 100, 99L));
        assertThat(SelfScoreSheet.checkCriteria(named("Thời gian", 41, "Nội dung", 60)))
                .containsExactly(Problem.of("scoreSheet", "settings.error.scoreSheet.sum", 100, 101L));
    }

    @Test
    void zeroOrNegativePointsAreRefusedOnTheirLine() {
        assertThat(SelfScoreSheet.checkCriteria(named("Thời gian", 0, "Nội dung", 100)))
                .containsExactly(Problem.of("scoreSheet.0.maxPoints", "settings.error.scoreSheet.pointsPositive"));
        assertThat(SelfScoreSheet.checkCriteria(named("Thời gian", -10, "Nội dung", 110)))
                .extracting(Problem::field).containsExactly("scoreSheet.0.maxPoints");
    }

    @Test
    void namesAreRequiredAndUniqueIgnoringCaseAndAccents() {
        assertThat(SelfScoreSheet.checkCriteria(named("Thời gian", 50, " ", 50)))
                .containsExactly(Problem.of("scoreSheet.1.name", "settings.error.scoreSheet.nameRequired"));
        assertThat(SelfScoreSheet.checkCriteria(named("Thời gian", 50, "thoi gian", 50)))
                .containsExactly(Problem.of("scoreSheet.1.name", "settings.error.scoreSheet.duplicateName", "thoi gian"));
        assertThat(SelfScoreSheet.checkCriteria(named("A".repeat(101), 100))).extracting(Problem::messageKey)
                .containsExactly("settings.error.scoreSheet.nameTooLong");
        assertThat(SelfScoreSheet.checkCriteria(List.of())).extracting(Problem::messageKey)
                .containsExactly("settings.error.scoreSheet.empty");
    }

    @Test
    void theStoredTextRoundTripsAndJunkIsNotASheet() {
        SelfScoreSheet custom = sheet.withCriteria(List.of(new Criterion("time", 5),
                new Criterion("cabc", 95, "Nội dung | kết quả")));
        assertThat(custom.format()).isEqualTo("time|5|\ncabc|95|Nội dung | kết quả\n");
        assertThat(SelfScoreSheet.parse(custom.format())).contains(custom);
        assertThat(SelfScoreSheet.parse(sheet.format())).contains(sheet);
        assertThat(SelfScoreSheet.parse("time|x|Thời gian")).isEmpty();
        assertThat(SelfScoreSheet.parse("time|5|a\ntime|95|b")).as("a key twice").isEmpty();
        assertThat(SelfScoreSheet.parse("")).isEmpty();
    }
}
