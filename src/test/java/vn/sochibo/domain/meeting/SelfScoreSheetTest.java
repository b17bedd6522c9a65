package vn.sochibo.domain.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
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
}
