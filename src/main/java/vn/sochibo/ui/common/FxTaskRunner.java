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
 * itself fails. {@link #busyProperty()} is true while work is queued or running.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);

    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "sochibo-worker");
        thread.setDaemon(true);
        return thread;
    });
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private int pending;

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        onFxThread(() -> changePending(+1));
        executor.execute(() -> {
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
        });
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

    /** Lets queued work finish (a few seconds at most), then stops the thread. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("Background work did not finish within 5 s; stopping it");
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            executor.shutdownNow();
        }
    }
}
