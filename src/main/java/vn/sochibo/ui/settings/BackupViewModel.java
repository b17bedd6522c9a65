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
import vn.sochibo.application.backup.BackupService;
import vn.sochibo.application.backup.RestoreService;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.common.PasswordPrompt;
import vn.sochibo.application.common.StoreException;
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
    private final ReadOnlyBooleanWrapper protectedFolder = new ReadOnlyBooleanWrapper(false);

    /** One backup as the list shows it. */
    public record Row(BackupInfo info, String when, String reason, int members, int meetings, String size) {
    }

    /**
     * What the confirmation of a restore says, for a backup that was checked.
     *
     * @param password the password an encrypted backup was opened with (null: none needed); wiped by the restore
     */
    public record RestoreQuestion(Path file, String message, char[] password) {
        public RestoreQuestion(Path file, String message) {
            this(file, message, null);
        }

        /** Forgets the password (the restore was not confirmed). */
        public void forget() {
            if (password != null) {
                java.util.Arrays.fill(password, '\0');
            }
        }
    }

    public BackupViewModel(AppServices services, TaskRunner tasks, UiText text, ErrorReporter errors,
            BackupStatus status) {
        this.services = services;
        this.tasks = tasks;
        this.text = text;
        this.errors = errors;
        this.status = status;
        // A backup made meanwhile (the automatic daily one) shows in the list. Weak, so that the long-lived status
        // does not keep every settings page ever opened; the field keeps the listener as long as this model.
        status.madeProperty().addListener(new javafx.beans.value.WeakChangeListener<>(reloadOnBackup));
    }

    private final javafx.beans.value.ChangeListener<Number> reloadOnBackup = (o, before, after) -> load();

    private record Loaded(List<BackupInfo> backups, int keep, Optional<String> secondFolder, boolean protectedFolder) {
    }

    /** Reads the list of backups and the backup settings. */
    public void load() {
        tasks.run(() -> new Loaded(services.backups().list(), services.settings().backupKeep(),
                services.settings().backupSecondFolder(), services.security().isProtected()), loaded -> {
                    protectedFolder.set(loaded.protectedFolder());
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
     * An encrypted backup made under another key than this folder's needs its password: {@code password} is asked
     * for it on the UI thread (again after a wrong one, until it gives up).
     */
    public void prepareRestore(Path file, PasswordPrompt password, Consumer<RestoreQuestion> ask) {
        if (working.get()) {
            return;
        }
        check(file, null, password, ask);
    }

    /** {@link #prepareRestore(Path, PasswordPrompt, Consumer)} of a backup that needs no password. */
    public void prepareRestore(Path file, Consumer<RestoreQuestion> ask) {
        prepareRestore(file, PasswordPrompt.NONE, ask);
    }

    private void check(Path file, char[] typed, PasswordPrompt password, Consumer<RestoreQuestion> ask) {
        working.set(true);
        tasks.run(() -> {
            if (typed == null && services.backups().needsPassword(services.backups().inspect(file))) {
                return null;
            }
            BackupInfo info = services.backups().verify(file, typed == null ? PasswordPrompt.NONE : once(typed));
            int members = services.members().all().size();
            int meetings = services.meetings().all().size();
            return new RestoreQuestion(file, text.format("backup.restore.confirm.message",
                    BackupText.summary(text, info), members, meetings), typed);
        }, question -> {
            working.set(false);
            if (question == null) {
                askPassword(file, false, password, ask);
            } else {
                ask.accept(question);
            }
        }, failure -> {
            working.set(false);
            wipe(typed);
            if (typed != null && failure instanceof StoreException refused
                    && refused.messageKey().equals(BackupService.WRONG_PASSWORD)) {
                askPassword(file, true, password, ask);
            } else {
                errors.report(failure);
            }
        });
    }

    private void askPassword(Path file, boolean wrong, PasswordPrompt password, Consumer<RestoreQuestion> ask) {
        char[] typed = password.password(file, wrong);
        if (typed != null) {
            check(file, typed, password, ask);
        }
    }

    /** Gives a copy of {@code password} once; after a wrong one, gives up (the UI asks again itself). */
    private static PasswordPrompt once(char[] password) {
        return (file, wrong) -> wrong ? null : password.clone();
    }

    private static void wipe(char[] password) {
        if (password != null) {
            java.util.Arrays.fill(password, '\0');
        }
    }

    /**
     * Restores from the file (confirmed). {@code onRestored} gets what was done, once the store was closed (the
     * data folder must be opened again); {@code onFailed} gets why not (check whether the store is still open).
     */
    public void restore(Path file, Consumer<RestoreService.Restored> onRestored, Consumer<Throwable> onFailed) {
        restore(new RestoreQuestion(file, ""), onRestored, onFailed);
    }

    /** Restores the backup of a confirmed question, with the password it was opened with (then wiped). */
    public void restore(RestoreQuestion question, Consumer<RestoreService.Restored> onRestored,
            Consumer<Throwable> onFailed) {
        if (working.get()) {
            question.forget();
            return;
        }
        working.set(true);
        char[] password = question.password();
        tasks.run(() -> services.restore(question.file(), password == null ? PasswordPrompt.NONE : once(password)),
                restored -> {
                    working.set(false);
                    question.forget();
                    onRestored.accept(restored);
                }, failure -> {
                    working.set(false);
                    question.forget();
                    onFailed.accept(failure);
                });
    }

    /** Whether the data folder is protected by a password (its backups are then encrypted). */
    public ReadOnlyBooleanProperty protectedFolderProperty() {
        return protectedFolder.getReadOnlyProperty();
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
