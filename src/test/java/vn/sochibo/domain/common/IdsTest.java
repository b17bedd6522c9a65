package vn.sochibo.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdsTest {
    @Test
    void newIdsAreVersion7WithTheRfcVariant() {
        for (int i = 0; i < 100; i++) {
            UUID id = Ids.newId();
            assertThat(id.version()).isEqualTo(7);
            assertThat(id.variant()).isEqualTo(2);
        }
    }

    @Test
    void newIdsCarryTheCurrentTimeInMilliseconds() {
        long before = System.currentTimeMillis();
        UUID id = Ids.newId();
        long after = System.currentTimeMillis();
        long millis = id.getMostSignificantBits() >>> 16;
        // Ids made earlier in the same millisecond may have pushed the clock of the generator ahead a little.
        assertThat(millis).isBetween(before, after + 50);
    }

    @Test
    void tenThousandNewIdsAreStrictlyIncreasing() {
        UUID previous = Ids.newId();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            UUID next = Ids.newId();
            assertThat(next.compareTo(previous)).as("id %d", i).isPositive();
            // As a database or a text sort sees them too: unsigned, and as strings.
            assertThat(Long.compareUnsigned(next.getMostSignificantBits(), previous.getMostSignificantBits()))
                    .isPositive();
            assertThat(next.toString()).isGreaterThan(previous.toString());
            assertThat(seen.add(next)).isTrue();
            previous = next;
        }
    }

    @Test
    void idsStayIncreasingWhenManyAreMadeInOneMillisecondOrTheClockGoesBack() {
        long now = System.currentTimeMillis();
        UUID previous = Ids.newId(now);
        // More than the 4096 sequence numbers one millisecond holds, then a clock that went back.
        for (int i = 0; i < 9_000; i++) {
            UUID next = Ids.newId(i < 8_000 ? now : now - 10_000);
            assertThat(next.version()).isEqualTo(7);
            assertThat(next.compareTo(previous)).as("id %d", i).isPositive();
            previous = next;
        }
    }
}
