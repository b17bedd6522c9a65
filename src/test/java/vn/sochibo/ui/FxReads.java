package vn.sochibo.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/** Reading the window's state from a test thread: on the JavaFX thread, and waiting for it to become true. */
public final class FxReads {
    private FxReads() {
    }

    /** {@code read} run on the JavaFX thread (5 s at most). */
    public static <T> T onFx(Callable<T> read) throws Exception {
        CompletableFuture<T> value = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                value.complete(read.call());
            } catch (Exception e) {
                value.completeExceptionally(e);
            }
        });
        return value.get(5, TimeUnit.SECONDS);
    }

    /** Waits until {@code condition}, read on the JavaFX thread, holds; fails after {@code seconds}. */
    public static void await(String what, int seconds, Callable<Boolean> condition) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!onFx(condition)) {
            if (System.nanoTime() > until) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }
}
