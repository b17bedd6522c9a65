package vn.sochibo.domain.common;

import java.util.List;

/**
 * One thing wrong with an input: the field it concerns and a message key with its arguments. The key is
 * resolved against the resource bundle by whoever shows it (GUI or CLI), so the domain stays language-free.
 */
public record Problem(String field, String messageKey, List<Object> args) {
    public Problem {
        args = List.copyOf(args);
    }

    public static Problem of(String field, String messageKey, Object... args) {
        return new Problem(field, messageKey, List.of(args));
    }

    /** Adds "too long" for the field when the text is longer than the store keeps. */
    public static void addIfTooLong(List<Problem> problems, String field, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            problems.add(of(field, "error.textTooLong", maxLength));
        }
    }
}
