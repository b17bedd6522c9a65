package vn.sochibo.ui.settings;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sochibo.application.backup.BackupInfo;
import vn.sochibo.application.backup.RestoreService;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.common.TaskRunner;
import vn.sochibo.domain.common.ValidationException;
import vn.sochibo.ui.backup.BackupStatus;
import vn.sochibo.ui.backup.BackupText;
import vn.sochibo.ui.common.ErrorReporter;
import vn.sochibo.ui.common.UiText;

/**
 * The backup section of "Dữ liệu": the backups in the data folder, "Sao lưu ngay", restore from one of them or
 * from another file (after a confirmation saying what the backup holds and what the data holds now), the number
 * to keep and the second folder, and the last backup's status. All store and file work runs off the UI thread.
 */
public final class BackupViewModel {
    private final AppServices services;
    private final TaskRunner tasks;
    private final UiText text;
    private final ErrorReporter errors;
    private final BackupStatus status;
    private final ObservableList<Row> backups = FXCollections.observableArrayList();
    private final IntegerProperty keep = new SimpleIntegerProperty(10);
    private final ReadOnlyStringWrapper secondFolder = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper keepError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(false);

    /** One backup as the list shows it. */
    public record Row(BackupInfo info, String when, String reason, int members, int meetings, String size) {
    }

    /** What the confirmation of a restore says, for a backup that was checked. */
    public record RestoreQuestion(Path file, String message) {
    }

    public BackupViewModel(AppServices services, TaskRunner tasks, UiText text, ErrorReporter errors,
            BackupStatus status) {
        this.services = services;
        this.tasks = tasks;
        this.text = text;
        this.errors = errors;
        this.status = status;
    }

    private record Loaded(List<BackupInfo> backups, int keep, Optional<String> secondFolder) {
    }

    /** Reads the list of backups and the backup settings. */
    public void load() {
        tasks.run(() -> new Loaded(services.backups().list(), services.settings().backupKeep(),
                services.settings().backupSecondFolder()), loaded -> {
                    backups.setAll(loaded.backups().stream().map(this::row).toList());
                    keep.set(loaded.keep());
                    secondFolder.set(loaded.secondFolder().orElse(""));
                    status.showNewest(loaded.backups().stream().findFirst());
                }, errors::report);
    }

    private Row row(BackupInfo b) {
        return new Row(b, BackupText.when(b), BackupText.reason(text, b.reason()), b.members(), b.meetings(),
                BackupText.size(text, b.size()));
    }

    /** "Sao lưu ngay": a verified backup now; the list and the status line follow. */
    public void backUpNow() {
        if (working.get()) {
            return;
        }
        working.set(true);
        tasks.run(() -> services.backups().backUp("manual"), result -> {
            working.set(false);
            status.succeeded(result);
            load();
        }, failure -> {
            working.set(false);
            status.failed(failure);
            errors.report(failure);
        });
    }

    /** Saves the number of backups to keep (1–100); a refused number is shown next to the field. */
    public void saveKeep(int value) {
        keepError.set("");
        tasks.run(() -> {
            services.settings().setBackupKeep(value);
            return value;
        }, keep::set, failure -> {
            if (failure instanceof ValidationException refused) {
                keepError.set(text.describe(refused.problems().get(0)));
            } else {
                errors.report(failure);
            }
        });
    }

    /** Sets the second folder (a USB stick); null or blank clears it. */
    public void saveSecondFolder(String folder) {
        tasks.run(() -> {
            services.settings().setBackupSecondFolder(folder);
            return services.settings().backupSecondFolder().orElse("");
        }, secondFolder::set, errors::report);
    }

    /**
     * Checks the backup file fully and, when it is good, hands over the question to ask: what it holds, what the
     * data folder holds now, and what happens to the current data. A bad file is reported and nothing changes.
     */
    public void prepareRestore(Path file, Consumer<RestoreQuestion> ask) {
        if (working.get()) {
            return;
        }
        working.set(true);
        tasks.run(() -> {
            BackupInfo info = services.backups().verify(file);
            int members = services.members().all().size();
            int meetings = services.meetings().all().size();
            return new RestoreQuestion(file, text.format("backup.restore.confirm.message",
                    BackupText.summary(text, info), members, meetings));
        }, question -> {
            working.set(false);
            ask.accept(question);
        }, failure -> {
            working.set(false);
            errors.report(failure);
        });
    }

    /**
     * Restores from the file (confirmed). {@code onRestored} gets what was done, once the store was closed (the
     * data folder must be opened again); {@code onFailed} gets why not (check whether the store is still open).
     */
    public void restore(Path file, Consumer<RestoreService.Restored> onRestored, Consumer<Throwable> onFailed) {
        if (working.get()) {
            return;
        }
        working.set(true);
        tasks.run(() -> services.restore(file), restored -> {
            working.set(false);
            onRestored.accept(restored);
        }, failure -> {
            working.set(false);
            onFailed.accept(failure);
        });
    }

    public ObservableList<Row> backups() {
        return FXCollections.unmodifiableObservableList(backups);
    }

    public IntegerProperty keepProperty() {
        return keep;
    }

    public ReadOnlyStringProperty keepErrorProperty() {
        return keepError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty secondFolderProperty() {
        return secondFolder.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    public BackupStatus status() {
        return status;
    }
}
