package vn.sochibo.application.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs slow work (database, files, PDF) away from the UI thread and hands back its result or its failure
 * on the UI thread. Every failure reaches {@code onFailure}; none is swallowed.
 */
public interface TaskRunner {
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);
}
