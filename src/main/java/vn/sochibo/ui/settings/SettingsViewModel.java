package vn.sochibo.ui.settings;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import vn.sochibo.application.cell.CellService;
import vn.sochibo.application.common.TaskRunner;
import vn.sochibo.application.member.MemberService;
import vn.sochibo.application.settings.SettingsService;
import vn.sochibo.domain.cell.CellProfile;
import vn.sochibo.domain.common.ValidationException;
import vn.sochibo.domain.member.Member;
import vn.sochibo.ui.cell.CellProfileFormViewModel;
import vn.sochibo.ui.common.ErrorReporter;
import vn.sochibo.ui.common.TextScale;
import vn.sochibo.ui.common.UiText;

/**
 * The settings screen: the cell profile with its committee, the text size (applied to the whole UI at once
 * and saved straight away) and how many days ahead to remind about probationary members.
 */
public final class SettingsViewModel {
    private final CellService cell;
    private final MemberService members;
    private final SettingsService settings;
    private final TaskRunner tasks;
    private final UiText text;
    private final ErrorReporter errors;
    private final TextScale textScale;
    private final CellProfileFormViewModel profile;
    private final IntegerProperty reminderDays = new SimpleIntegerProperty(MemberService.DEFAULT_PROBATION_REMINDER_DAYS);
    private final BooleanProperty saving = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private Consumer<CellProfile> onProfileSaved = profile -> { };

    public SettingsViewModel(CellService cell, MemberService members, SettingsService settings, TaskRunner tasks,
            UiText text, ErrorReporter errors, TextScale textScale) {
        this.cell = cell;
        this.members = members;
        this.settings = settings;
        this.tasks = tasks;
        this.text = text;
        this.errors = errors;
        this.textScale = textScale;
        this.profile = new CellProfileFormViewModel(text);
    }

    private record Loaded(Optional<CellProfile> profile, List<Member> members, LocalDate today, int reminderDays) {
    }

    /** Loads the stored profile and settings (the members may have changed since the last visit). */
    public void load() {
        status.set("");
        tasks.run(() -> new Loaded(cell.profile(), members.all(), members.today(), settings.probationReminderDays()),
                loaded -> {
                    profile.load(loaded.profile(), loaded.members(), loaded.today());
                    reminderDays.set(loaded.reminderDays());
                },
                errors::report);
    }

    /** Saves the profile, then the reminder days; a refused profile changes nothing and shows its problems. */
    public void save() {
        status.set("");
        Optional<CellProfile> typed = profile.toProfile();
        if (typed.isEmpty()) {
            return;
        }
        int days = reminderDays.get();
        saving.set(true);
        tasks.run(() -> {
            CellProfile saved = cell.save(typed.get());
            settings.setProbationReminderDays(days);
            return saved;
        }, saved -> {
            saving.set(false);
            status.set(text.text("settings.saved"));
            onProfileSaved.accept(saved);
        }, failure -> {
            saving.set(false);
            if (failure instanceof ValidationException refused) {
                profile.errors().show(refused.problems());
                status.set(text.text("settings.notSaved"));
            } else {
                errors.report(failure);
            }
        });
    }

    /** Applies a text size to the whole UI at once and saves it. */
    public void applyTextScale(int percent) {
        if (percent == textScale.percent()) {
            return;
        }
        textScale.setPercent(percent);
        int applied = textScale.percent();
        tasks.run(() -> {
            settings.setTextScalePercent(applied);
            return applied;
        }, saved -> { }, errors::report);
    }

    public void setOnProfileSaved(Consumer<CellProfile> listener) {
        this.onProfileSaved = listener;
    }

    public CellProfileFormViewModel profile() {
        return profile;
    }

    public IntegerProperty textScaleProperty() {
        return textScale.percentProperty();
    }

    public IntegerProperty reminderDaysProperty() {
        return reminderDays;
    }

    public BooleanProperty savingProperty() {
        return saving;
    }

    /** "Đã lưu" after a save, empty otherwise. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
