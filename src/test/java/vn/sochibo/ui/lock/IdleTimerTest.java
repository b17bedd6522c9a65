package vn.sochibo.ui.lock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.sochibo.ui.ManualClock;

class IdleTimerTest {
    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-26T03:00:00Z"));
    private final IdleTimer idle = new IdleTimer(clock);

    private IdleTimer protectedFor(int minutes) {
        idle.setProtected(true);
        idle.setMinutes(minutes);
        return idle;
    }

    @Test
    void dueOnceTheChosenMinutesPassWithoutInput() {
        protectedFor(10);
        clock.advance(Duration.ofMinutes(9).plusSeconds(59));
        assertThat(idle.isDue()).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(idle.isDue()).isTrue();
    }

    @Test
    void inputStartsTheCountAgain() {
        protectedFor(5);
        clock.advance(Duration.ofMinutes(4));
        idle.inputSeen();
        clock.advance(Duration.ofMinutes(4));
        assertThat(idle.isDue()).as("8 minutes in all, but only 4 since the last key").isFalse();
        clock.advance(Duration.ofMinutes(1));
        assertThat(idle.isDue()).isTrue();
    }

    @Test
    void neverDueWithoutAPasswordOrWithNever() {
        idle.setMinutes(5);
        clock.advance(Duration.ofHours(3));
        assertThat(idle.canLock()).isFalse();
        assertThat(idle.isDue()).as("no password").isFalse();

        protectedFor(0);
        clock.advance(Duration.ofHours(3));
        assertThat(idle.canLock()).as("Ctrl+L still locks").isTrue();
        assertThat(idle.isDue()).as("never").isFalse();

        idle.setMinutes(15);
        clock.advance(Duration.ofMinutes(15));
        assertThat(idle.isDue()).isTrue();
        idle.setProtected(false);
        assertThat(idle.isDue()).as("password removed").isFalse();
    }

    @Test
    void changingTheMinutesStartsTheCountAgain() {
        protectedFor(30);
        clock.advance(Duration.ofMinutes(20));
        idle.setMinutes(10);
        clock.advance(Duration.ofMinutes(9));
        assertThat(idle.isDue()).isFalse();
        clock.advance(Duration.ofMinutes(1));
        assertThat(idle.isDue()).isTrue();
    }

    @Test
    void aClockSetBackNeverLocksEarly() {
        protectedFor(10);
        clock.advance(Duration.ofMinutes(9));
        clock.advance(Duration.ofHours(-2));
        assertThat(idle.isDue()).isFalse();
        clock.advance(Duration.ofMinutes(9));
        assertThat(idle.isDue()).as("counted from the time it was set back to").isFalse();
        clock.advance(Duration.ofMinutes(1));
        assertThat(idle.isDue()).isTrue();
    }

    @Test
    void timeAsleepCounts() {
        protectedFor(10);
        // A laptop closed for an hour: the wall clock jumps on, and the window locks at the first check.
        clock.advance(Duration.ofHours(1));
        assertThat(idle.isDue()).isTrue();
    }
}
