package vn.sochibo.application.common;

import java.util.function.Supplier;

/** Runs work as one all-or-nothing unit against the store. Nested calls join the outer unit. */
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
