package vn.sochibo.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class FxTaskRunnerTest {
    private final FxTaskRunner runner = new FxTaskRunner();

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() {
        runner.close();
    }

    private record Outcome(Object value, Throwable failure, boolean onFxThread, String workThread) {
    }

    @Test
    void runsTheWorkInTheBackgroundAndHandsTheResultBackOnTheFxThread() throws Exception {
        CompletableFuture<Outcome> outcome = new CompletableFuture<>();
        String[] workThread = new String[1];
        Platform.runLater(() -> runner.run(() -> {
            workThread[0] = Thread.currentThread().getName();
            return 42;
        }, value -> outcome.complete(new Outcome(value, null, Platform.isFxApplicationThread(), workThread[0])),
                outcome::completeExceptionally));

        Outcome done = outcome.get(5, TimeUnit.SECONDS);
        assertThat(done.value()).isEqualTo(42);
        assertThat(done.onFxThread()).isTrue();
        assertThat(done.workThread()).isEqualTo("sochibo-worker");
    }

    @Test
    void everyFailureReachesOnFailureOnTheFxThreadAlsoWhenTheSuccessCallbackFails() throws Exception {
        CompletableFuture<Outcome> workFailed = new CompletableFuture<>();
        CompletableFuture<Outcome> callbackFailed = new CompletableFuture<>();
        Platform.runLater(() -> {
            runner.run(() -> {
                throw new IllegalStateException("disk full");
            }, value -> workFailed.complete(new Outcome(value, null, true, null)),
                    failure -> workFailed.complete(new Outcome(null, failure, Platform.isFxApplicationThread(), null)));
            runner.run(() -> "ok", value -> {
                throw new IllegalArgumentException("bad view");
            }, failure -> callbackFailed.complete(new Outcome(null, failure, Platform.isFxApplicationThread(), null)));
        });

        Outcome first = workFailed.get(5, TimeUnit.SECONDS);
        assertThat(first.failure()).hasMessage("disk full");
        assertThat(first.onFxThread()).isTrue();
        assertThat(callbackFailed.get(5, TimeUnit.SECONDS).failure()).hasMessage("bad view");
    }

    @Test
    void isBusyWhileWorkIsQueued() throws Exception {
        CompletableFuture<Boolean> busyDuring = new CompletableFuture<>();
        CompletableFuture<Boolean> busyAfter = new CompletableFuture<>();
        CompletableFuture<Void> release = new CompletableFuture<>();
        Platform.runLater(() -> {
            runner.run(() -> release.get(5, TimeUnit.SECONDS),
                    v -> busyAfter.complete(runner.busyProperty().get()), busyAfter::completeExceptionally);
            busyDuring.complete(runner.busyProperty().get());
        });
        assertThat(busyDuring.get(5, TimeUnit.SECONDS)).isTrue();
        release.complete(null);
        assertThat(busyAfter.get(5, TimeUnit.SECONDS)).isFalse();
    }

    @Test
    void aShortReadRunsWhileTheQueueIsHeldAndCountsAsBusy() throws Exception {
        CompletableFuture<Void> release = new CompletableFuture<>();
        CompletableFuture<Outcome> read = new CompletableFuture<>();
        CompletableFuture<Boolean> queueDone = new CompletableFuture<>();
        Platform.runLater(() -> {
            runner.run(() -> release.get(10, TimeUnit.SECONDS), v -> queueDone.complete(true),
                    queueDone::completeExceptionally);
            runner.shortReads().run(() -> Thread.currentThread().getName(),
                    name -> read.complete(new Outcome(name, null, runner.busyProperty().get(), name)),
                    read::completeExceptionally);
        });

        Outcome done = read.get(5, TimeUnit.SECONDS);
        assertThat(done.workThread()).isEqualTo("sochibo-reader");
        assertThat(done.onFxThread()).as("busy: the queue still works").isTrue();
        assertThat(queueDone).isNotDone();
        release.complete(null);
        assertThat(queueDone.get(5, TimeUnit.SECONDS)).isTrue();
    }
}
