package vn.sochibo.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import vn.sochibo.application.common.TaskRunner;

/** Runs work at once on the calling thread: view models can be tested without a screen or a toolkit. */
public final class SameThreadTaskRunner implements TaskRunner {
    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception | Error failure) {
            onFailure.accept(failure);
            return;
        }
        onSuccess.accept(result);
    }
}
