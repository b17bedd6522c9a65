package vn.sochibo.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import vn.sochibo.application.common.TaskRunner;
import vn.sochibo.domain.common.Problem;
import vn.sochibo.domain.common.ValidationException;

/**
 * The messages a form shows next to its fields, plus one general message for problems that name no field
 * of the form. Field names are the component names of the input record (e.g. "fullName").
 */
public final class FieldErrors {
    private final UiText text;
    private final Map<String, ReadOnlyStringWrapper> byField = new LinkedHashMap<>();
    private final ReadOnlyStringWrapper general = new ReadOnlyStringWrapper("");

    public FieldErrors(UiText text, String... fields) {
        this.text = text;
        for (String field : fields) {
            byField.put(field, new ReadOnlyStringWrapper(""));
        }
    }

    public ReadOnlyStringProperty of(String field) {
        ReadOnlyStringWrapper wrapper = byField.get(field);
        if (wrapper == null) {
            throw new IllegalArgumentException("not a field of this form: " + field);
        }
        return wrapper.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty general() {
        return general.getReadOnlyProperty();
    }

    public void clear() {
        byField.values().forEach(w -> w.set(""));
        general.set("");
    }

    /** Adds a message to a field (or to the general message when the form has no such field). */
    public void add(String field, String message) {
        ReadOnlyStringWrapper target = byField.getOrDefault(field, general);
        target.set(target.get().isEmpty() ? message : target.get() + "\n" + message);
    }

    /** Replaces all messages by the problems of a refused input. */
    public void show(List<Problem> problems) {
        clear();
        problems.forEach(p -> add(p.field(), text.describe(p)));
    }

    /**
     * Shows why a save failed: a refusal's problems next to their fields, any other failure as one general
     * message.
     */
    public void showRefusalOrFailure(Throwable failure) {
        if (failure instanceof ValidationException refused) {
            show(refused.problems());
        } else {
            showFailure(failure);
        }
    }

    /**
     * Saves a form off the UI thread: {@code busy} is true while it runs; success goes to {@code onSaved}, a
     * refusal or failure is shown on this form.
     */
    public <T> void submit(TaskRunner tasks, BooleanProperty busy, Callable<T> work, Consumer<T> onSaved) {
        busy.set(true);
        tasks.run(work, saved -> {
            busy.set(false);
            onSaved.accept(saved);
        }, failure -> {
            busy.set(false);
            showRefusalOrFailure(failure);
        });
    }

    /** Replaces all messages by one general message for an unexpected failure. */
    public void showFailure(Throwable failure) {
        clear();
        general.set(text.describe(failure));
    }

    /**
     * The date typed in a field, or null when blank; text that is not a date adds a message to the field
     * (and returns null), so callers check {@link #isEmpty()} before going on.
     */
    public LocalDate parseDate(String field, String typed) {
        try {
            return DateText.parse(typed);
        } catch (DateTimeParseException e) {
            add(field, text.format("form.error.dateFormat", typed.strip()));
            return null;
        }
    }

    public boolean isEmpty() {
        return general.get().isEmpty() && byField.values().stream().allMatch(w -> w.get().isEmpty());
    }
}
