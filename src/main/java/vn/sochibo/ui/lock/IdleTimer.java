package vn.sochibo.ui.lock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Decides when the window locks by itself: after the chosen minutes without key or mouse input, and only on a
 * password-protected folder. Reads the time from the clock it is given, so tests move time on instead of
 * waiting. A clock that goes back (the computer's time set earlier) counts as input: it never locks early.
 * Wall-clock time, so that the minutes a laptop spent asleep count too.
 */
public final class IdleTimer {
    private final Clock clock;
    private boolean protectedFolder;
    private int minutes;
    private Instant lastInput;

    public IdleTimer(Clock clock) {
        this.clock = clock;
        this.lastInput = clock.instant();
    }

    /** Whether the folder has a password; without one the window never locks. Starts the count again. */
    public void setProtected(boolean protectedFolder) {
        this.protectedFolder = protectedFolder;
        inputSeen();
    }

    /** Minutes without input before the window locks; 0 for never. Starts the count again. */
    public void setMinutes(int minutes) {
        this.minutes = Math.max(0, minutes);
        inputSeen();
    }

    public int minutes() {
        return minutes;
    }

    /** True when the window may lock at all (by hand or when idle): the folder has a password. */
    public boolean canLock() {
        return protectedFolder;
    }

    /** True when idle time counts: a protected folder and a time other than "never". */
    public boolean counting() {
        return protectedFolder && minutes > 0;
    }

    /** A key was pressed or the mouse used: the count starts again. */
    public void inputSeen() {
        lastInput = clock.instant();
    }

    /** True once the chosen minutes have passed since the last input (never when not counting). */
    public boolean isDue() {
        if (!counting()) {
            return false;
        }
        Instant now = clock.instant();
        if (now.isBefore(lastInput)) {
            lastInput = now;
            return false;
        }
        return Duration.between(lastInput, now).compareTo(Duration.ofMinutes(minutes)) >= 0;
    }
}
