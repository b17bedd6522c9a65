package vn.sochibo.ui.meetings;

/** Holds the scheduled save until the test says typing has paused. */
final class ManualDebouncer implements Debouncer {
    private Runnable pending;

    @Override
    public void schedule(Runnable action) {
        pending = action;
    }

    @Override
    public void flush() {
        Runnable action = pending;
        pending = null;
        if (action != null) {
            action.run();
        }
    }

    @Override
    public void cancel() {
        pending = null;
    }

    boolean hasPending() {
        return pending != null;
    }
}
