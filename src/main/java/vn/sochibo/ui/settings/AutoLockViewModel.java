package vn.sochibo.ui.settings;

import java.util.function.IntConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sochibo.application.common.TaskRunner;
import vn.sochibo.application.settings.SettingsService;
import vn.sochibo.domain.common.ValidationException;
import vn.sochibo.ui.common.ErrorReporter;
import vn.sochibo.ui.common.UiText;

/**
 * "Tự động khóa sau [N] phút không thao tác" in the password section: never, 5, 10, 15, 30 or 60 minutes
 * (10 until chosen). A choice is saved at once, and the window's lock told.
 */
public final class AutoLockViewModel {
    private final SettingsService settings;
    private final TaskRunner tasks;
    private final UiText text;
    private final ErrorReporter errors;
    private final IntConsumer onSaved;
    private final ObservableList<Integer> choices = FXCollections.observableArrayList(
            SettingsService.AUTO_LOCK_CHOICES);
    private final ObjectProperty<Integer> minutes = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private boolean loading;

    public AutoLockViewModel(SettingsService settings, TaskRunner tasks, UiText text, ErrorReporter errors,
            IntConsumer onSaved) {
        this.settings = settings;
        this.tasks = tasks;
        this.text = text;
        this.errors = errors;
        this.onSaved = onSaved;
        minutes.addListener((obs, old, chosen) -> {
            if (!loading && chosen != null && !chosen.equals(old)) {
                save(chosen);
            }
        });
        load();
    }

    private void load() {
        tasks.run(settings::autoLockMinutes, stored -> {
            loading = true;
            try {
                if (!choices.contains(stored)) {
                    // A value set outside the app (an imported file) is shown as it is.
                    choices.add(stored);
                    FXCollections.sort(choices);
                }
                minutes.set(stored);
            } finally {
                loading = false;
            }
        }, errors::report);
    }

    private void save(int chosen) {
        status.set("");
        tasks.run(() -> {
            settings.setAutoLockMinutes(chosen);
            return chosen;
        }, saved -> {
            status.set(text.text(saved == 0 ? "autoLock.saved.never" : "autoLock.saved"));
            onSaved.accept(saved);
        }, failure -> {
            if (failure instanceof ValidationException v) {
                status.set(v.problems().stream().map(text::describe).reduce((a, b) -> a + "\n" + b).orElse(""));
            } else {
                errors.report(failure);
            }
        });
    }

    /** How a choice reads in the list: "Không bao giờ" or the number of minutes. */
    public String label(Integer choice) {
        if (choice == null) {
            return "";
        }
        return choice == 0 ? text.text("autoLock.never") : text.format("autoLock.after", choice);
    }

    public ObservableList<Integer> choices() {
        return choices;
    }

    /** The minutes chosen; 0 for never. */
    public ObjectProperty<Integer> minutesProperty() {
        return minutes;
    }

    /** Saved, or why not. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
