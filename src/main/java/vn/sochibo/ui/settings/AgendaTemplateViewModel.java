package vn.sochibo.ui.settings;

import java.util.Arrays;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.sochibo.application.common.TaskRunner;
import vn.sochibo.application.settings.SettingsService;
import vn.sochibo.domain.common.ValidationException;
import vn.sochibo.domain.meeting.MeetingKind;
import vn.sochibo.ui.common.ErrorReporter;
import vn.sochibo.ui.common.UiText;
import vn.sochibo.ui.meetings.AgendaTemplates;

/**
 * The agenda a new meeting of each kind starts with, one part per line; "[chuyên đề]" stands for the topic.
 * Saving the built-in agenda as it is keeps no template of one's own, so later improvements of the built-in one
 * still reach it.
 */
public final class AgendaTemplateViewModel {
    private final SettingsService settings;
    private final TaskRunner tasks;
    private final UiText text;
    private final ErrorReporter errors;
    private final ObjectProperty<MeetingKind> kind = new SimpleObjectProperty<>(MeetingKind.REGULAR);
    private final StringProperty lines = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final BooleanProperty saving = new SimpleBooleanProperty(false);

    public AgendaTemplateViewModel(SettingsService settings, TaskRunner tasks, UiText text, ErrorReporter errors) {
        this.settings = settings;
        this.tasks = tasks;
        this.text = text;
        this.errors = errors;
        kind.addListener((obs, old, k) -> load());
    }

    /** Shows the template of the chosen kind: the secretary's own, or the built-in one. */
    public void load() {
        MeetingKind k = kind.get();
        tasks.run(() -> settings.agendaTemplate(k), own -> {
            if (k != kind.get()) {
                return;
            }
            show(own.orElseGet(() -> AgendaTemplates.builtIn(text, k)));
            status.set(text.text(own.isPresent() ? "agendaTemplate.own" : "agendaTemplate.builtIn"));
        }, errors::report);
    }

    /** Fills in the built-in agenda of the chosen kind (saved only with {@link #save()}). */
    public void restoreBuiltIn() {
        show(AgendaTemplates.builtIn(text, kind.get()));
        status.set(text.text("settings.defaultsFilled"));
    }

    public void save() {
        MeetingKind k = kind.get();
        List<String> typed = Arrays.stream(lines.get().split("\\R")).toList();
        boolean builtIn = typed.stream().map(String::strip).filter(s -> !s.isEmpty()).toList()
                .equals(AgendaTemplates.builtIn(text, k));
        error.set("");
        saving.set(true);
        tasks.run(() -> {
            if (builtIn) {
                settings.resetAgendaTemplate(k);
            } else {
                settings.setAgendaTemplate(k, typed);
            }
            return settings.agendaTemplate(k);
        }, own -> {
            saving.set(false);
            own.ifPresent(this::show);
            status.set(text.format("agendaTemplate.saved", SettingsText.meetingKind(text, k)));
        }, failure -> {
            saving.set(false);
            if (failure instanceof ValidationException refused) {
                error.set(refused.problems().stream().map(text::describe).distinct()
                        .reduce((a, b) -> a + "\n" + b).orElse(""));
            } else {
                errors.report(failure);
            }
        });
    }

    private void show(List<String> titles) {
        lines.set(String.join("\n", titles));
        error.set("");
    }

    public ObjectProperty<MeetingKind> kindProperty() {
        return kind;
    }

    public StringProperty linesProperty() {
        return lines;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public BooleanProperty savingProperty() {
        return saving;
    }
}
