package vn.sochibo.application.audit;

import java.util.Collection;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Builds the short machine summary of an audit entry: {@code name=value} pairs and {@code name: old -> new}
 * changes, separated by "; ". Text values are quoted with their quotes, backslashes and line breaks escaped and
 * cut at {@value #MAX_VALUE} characters; the whole summary is cut at {@value #MAX_LENGTH} characters.
 */
public final class AuditSummary {
    public static final int MAX_LENGTH = 4000;
    static final int MAX_VALUE = 200;
    private static final String SEPARATOR = "; ";

    private final StringBuilder text = new StringBuilder();

    public static AuditSummary create() {
        return new AuditSummary();
    }

    /** Adds {@code name=value}. */
    public AuditSummary put(String name, Object value) {
        return append(name + "=" + value(value));
    }

    /** Adds {@code name: old -> new} when the two differ; nothing when they are equal. */
    public AuditSummary change(String name, Object old, Object now) {
        if (Objects.equals(old, now)) {
            return this;
        }
        return append(name + ": " + value(old) + " -> " + value(now));
    }

    public boolean isEmpty() {
        return text.length() == 0;
    }

    private AuditSummary append(String part) {
        if (text.length() > 0) {
            text.append(SEPARATOR);
        }
        text.append(part);
        return this;
    }

    @Override
    public String toString() {
        return bounded(text.toString());
    }

    /** The text cut to {@value #MAX_LENGTH} characters, ending in "..." when cut. */
    public static String bounded(String summary) {
        if (summary.length() <= MAX_LENGTH) {
            return summary;
        }
        int end = MAX_LENGTH - 3;
        if (Character.isHighSurrogate(summary.charAt(end - 1))) {
            end--;
        }
        return summary.substring(0, end) + "...";
    }

    static String value(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof CharSequence s) {
            return quoted(s.toString());
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(AuditSummary::value).collect(Collectors.joining(",", "[", "]"));
        }
        return value.toString();
    }

    private static String quoted(String s) {
        String cut = s;
        if (cut.length() > MAX_VALUE) {
            int end = MAX_VALUE;
            if (Character.isHighSurrogate(cut.charAt(end - 1))) {
                end--;
            }
            cut = cut.substring(0, end) + "...";
        }
        return "\"" + cut.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "\\r").replace("\n", "\\n")
                .replace("\t", "\\t") + "\"";
    }
}
