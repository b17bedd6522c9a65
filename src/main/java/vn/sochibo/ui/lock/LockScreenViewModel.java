package vn.sochibo.ui.lock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.sochibo.application.common.TaskRunner;
import vn.sochibo.application.security.PasswordService;
import vn.sochibo.ui.common.UiText;

/**
 * The lock screen: the password is checked against the key file off the UI thread (the store stays open and is
 * not touched). A wrong one is said so and the window stays locked; from the {@value #FREE_TRIES}rd wrong one in
 * a row, the next try is accepted only after a short wait (5 s, growing by 5 s a try, at most 30 s).
 */
public final class LockScreenViewModel {
    static final int FREE_TRIES = 3;
    static final Duration DELAY_STEP = Duration.ofSeconds(5);
    static final Duration MAX_DELAY = Duration.ofSeconds(30);

    private final PasswordService security;
    private final TaskRunner tasks;
    private final UiText text;
    private final Clock clock;
    private final Runnable onUnlocked;
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private int wrongInARow;
    private Instant notBefore;

    public LockScreenViewModel(PasswordService security, TaskRunner tasks, UiText text, Clock clock,
            Runnable onUnlocked) {
        this.security = security;
        this.tasks = tasks;
        this.text = text;
        this.clock = clock;
        this.onUnlocked = onUnlocked;
    }

    /** Checks the password typed; the right one unlocks, anything else leaves the window locked. */
    public void unlock() {
        if (busy.get()) {
            return;
        }
        String typed = password.get();
        if (typed == null || typed.isEmpty()) {
            problem.set(text.text("lock.error.empty"));
            return;
        }
        Instant now = clock.instant();
        if (notBefore != null && now.isBefore(notBefore)) {
            problem.set(text.format("lock.error.wait", secondsUntil(now, notBefore)));
            return;
        }
        char[] chars = typed.toCharArray();
        password.set("");
        busy.set(true);
        problem.set("");
        status.set(text.text("lock.checking"));
        tasks.run(() -> security.checkPassword(chars), right -> {
            busy.set(false);
            status.set("");
            if (right) {
                wrongInARow = 0;
                notBefore = null;
                onUnlocked.run();
            } else {
                wrong();
            }
        }, failure -> {
            busy.set(false);
            status.set("");
            problem.set(text.describe(failure));
        });
    }

    private void wrong() {
        wrongInARow++;
        if (wrongInARow < FREE_TRIES) {
            problem.set(text.text("lock.error.wrong"));
            return;
        }
        Duration delay = DELAY_STEP.multipliedBy(wrongInARow - FREE_TRIES + 1L);
        if (delay.compareTo(MAX_DELAY) > 0) {
            delay = MAX_DELAY;
        }
        Instant now = clock.instant();
        notBefore = now.plus(delay);
        problem.set(text.format("lock.error.wrongWait", secondsUntil(now, notBefore)));
    }

    private static long secondsUntil(Instant now, Instant later) {
        return (Duration.between(now, later).toMillis() + 999) / 1000;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    /** Why the window is still locked; empty otherwise. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** "Checking…" while the password is being checked. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
