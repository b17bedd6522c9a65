package vn.sochibo.ui.meetings;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** A debouncer on the JavaFX thread: the action runs when nothing new was scheduled for the delay. */
public final class FxDebouncer implements Debouncer {
    private final PauseTransition pause;
    private Runnable pending;

    public FxDebouncer(Duration delay) {
        pause = new PauseTransition(delay);
        pause.setOnFinished(e -> flush());
    }

    @Override
    public void schedule(Runnable action) {
        pending = action;
        pause.playFromStart();
    }

    @Override
    public void flush() {
        pause.stop();
        Runnable action = pending;
        pending = null;
        if (action != null) {
            action.run();
        }
    }

    @Override
    public void cancel() {
        pause.stop();
        pending = null;
    }
}
