package vn.sochibo.ui.common;

/** Tells the user about a failure that no form field can show (the failure has already been logged). */
@FunctionalInterface
public interface ErrorReporter {
    void report(Throwable failure);
}
