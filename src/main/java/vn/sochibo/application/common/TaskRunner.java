package vn.sochibo.application.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs slow work (database, files, PDF) away from the UI thread and hands back its result or its failure
 * on the UI thread. Every failure reaches {@code onFailure}; none is swallowed.
 */
public interface TaskRunner {
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * A runner for short reads that must not wait behind long work queued here (the search, while the daily backup
     * or a record book runs): same contract, but not ordered after the work queued on this runner. The store still
     * runs one unit of work at a time. By default this runner itself.
     */
    default TaskRunner shortReads() {
        return this;
    }

    /**
     * A runner for long work that does not use the store, or only for a moment at its end (a backup's check in a
     * throwaway database): beside this runner's queue, so that the queue serves the window meanwhile. It may be
     * called from this runner's own work; it throws {@link java.util.concurrent.RejectedExecutionException} once the
     * runner is closing (the caller then does the work itself). By default this runner itself.
     */
    default TaskRunner longWork() {
        return this;
    }
}
