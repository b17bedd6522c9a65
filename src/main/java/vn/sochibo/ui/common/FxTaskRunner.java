package vn.sochibo.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.sochibo.application.common.TaskRunner;
import vn.sochibo.domain.common.ValidationException;

/**
 * Runs work one piece at a time on a background daemon thread and hands the result or the failure back on
 * the JavaFX thread. Every failure is logged and reaches {@code onFailure}, also when a success callback
 * itself fails. {@link #busyProperty()} is true while work is queued or running, on either lane.
 *
 * <p>Three lanes: the queue ({@link #run}, thread {@code sochibo-worker}) for everything, in the order it was asked;
 * {@link #shortReads()} (thread {@code sochibo-reader}) for the search, which must not wait behind a backup or a
 * record book on the queue; and {@link #longWork()} (thread {@code sochibo-check}) for the daily backup's check. The lanes do not serialise against each other: the store's own unit-of-work lock does
 * (one unit of work at a time on the one connection, ADR 0002), as it did for the CLI.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);

    private final ExecutorService executor = lane("sochibo-worker");
    private final ExecutorService reader = lane("sochibo-reader");
    private final ExecutorService checker = lane("sochibo-check");
    private final TaskRunner shortReads = new TaskRunner() {
        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            submit(reader, work, onSuccess, onFailure);
        }
    };
    private final TaskRunner longWork = new TaskRunner() {
        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            submit(checker, work, onSuccess, onFailure);
        }
    };
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private int pending;

    private static ExecutorService lane(String name) {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        submit(executor, work, onSuccess, onFailure);
    }

    /**
     * The lane beside the queue, for short reads the window waits for (the search): they start at once, also while
     * a backup or a PDF holds the queue, and take the store's lock only for what they read.
     */
    @Override
    public TaskRunner shortReads() {
        return shortReads;
    }

    /**
     * The lane for long work that needs the store only for a moment at its end (the daily backup's check, thread
     * {@code sochibo-check}): the queue serves the window meanwhile.
     */
    @Override
    public TaskRunner longWork() {
        return longWork;
    }

    private <T> void submit(ExecutorService lane, Callable<T> work, Consumer<T> onSuccess,
            Consumer<Throwable> onFailure) {
        onFxThread(() -> changePending(+1));
        try {
            lane.execute(job(work, onSuccess, onFailure));
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            onFxThread(() -> changePending(-1));
            throw closing;
        }
    }

    private <T> Runnable job(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        return () -> {
            T result;
            try {
                result = work.call();
            } catch (Exception | Error failure) {
                log(failure);
                Platform.runLater(() -> {
                    changePending(-1);
                    onFailure.accept(failure);
                });
                return;
            }
            Platform.runLater(() -> {
                changePending(-1);
                deliver(result, onSuccess, onFailure);
            });
        };
    }

    private static <T> void deliver(T result, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        try {
            onSuccess.accept(result);
        } catch (RuntimeException failure) {
            LOG.error("Showing the result of background work failed", failure);
            onFailure.accept(failure);
        }
    }

    private static void log(Throwable failure) {
        if (failure instanceof ValidationException refused) {
            LOG.info("Input refused: {}", refused.problems());
        } else {
            LOG.error("Background work failed", failure);
        }
    }

    private void changePending(int delta) {
        pending += delta;
        busy.set(pending > 0);
    }

    private static void onFxThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Lets queued work finish (a few seconds at most), then stops the threads. */
    @Override
    public void close() {
        reader.shutdown();
        checker.shutdown(); // a backup being checked is waited for by the store's close (BackupService.awaitChecks)
        executor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("Background work did not finish within 5 s; stopping it");
                executor.shutdownNow();
            }
            if (!reader.awaitTermination(1, TimeUnit.SECONDS)) {
                reader.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            executor.shutdownNow();
            reader.shutdownNow();
        }
    }
}
