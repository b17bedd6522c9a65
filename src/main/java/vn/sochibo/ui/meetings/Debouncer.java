package vn.sochibo.ui.meetings;

/** Runs the last scheduled action once typing has paused; {@link #flush()} runs it at once. */
public interface Debouncer {
    void schedule(Runnable action);

    /** Runs the pending action now, if any. */
    void flush();

    /** Forgets the pending action. */
    void cancel();
}
