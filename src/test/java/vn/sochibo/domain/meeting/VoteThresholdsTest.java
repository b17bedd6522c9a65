package vn.sochibo.domain.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class VoteThresholdsTest {
    @Test
    void defaultsFollowTheDomainRules() {
        VoteThresholds d = VoteThresholds.defaults();
        assertThat(d.of(VoteSubject.RESOLUTION)).isEqualTo(VoteThreshold.MAJORITY_OF_BASE);
        assertThat(d.of(VoteSubject.ADMISSION)).isEqualTo(VoteThreshold.TWO_THIRDS_OF_BASE);
        assertThat(d.of(null)).isEqualTo(VoteThreshold.MAJORITY_OF_BASE);
    }

    @Test
    void aSettingReplacesOneSubjectOnly() {
        VoteThreshold present = new VoteThreshold(1, 2, true, VoteThreshold.Reference.PRESENT);
        VoteThresholds t = new VoteThresholds(Map.of(VoteSubject.DISCIPLINE, present));
        assertThat(t.of(VoteSubject.DISCIPLINE)).isEqualTo(present);
        assertThat(t.of(VoteSubject.ADMISSION)).isEqualTo(VoteThreshold.TWO_THIRDS_OF_BASE);
    }

    @Test
    void theSettingTextRoundTripsAndNonsenseIsIgnored() {
        for (VoteThreshold t : new VoteThreshold[] {VoteThreshold.MAJORITY_OF_BASE, VoteThreshold.TWO_THIRDS_OF_BASE,
                new VoteThreshold(3, 4, false, VoteThreshold.Reference.PRESENT)}) {
            assertThat(VoteThresholds.parse(VoteThresholds.format(t))).contains(t);
        }
        assertThat(VoteThresholds.format(VoteThreshold.TWO_THIRDS_OF_BASE)).isEqualTo("2/3 >= BASE");
        assertThat(VoteThresholds.parse("2/3 >= SOMEONE")).isEmpty();
        assertThat(VoteThresholds.parse("3/2 > BASE")).isEmpty();
        assertThat(VoteThresholds.parse("half")).isEmpty();
        assertThat(VoteThresholds.parse(null)).isEmpty();
    }
}
