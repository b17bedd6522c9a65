package vn.sochibo.ui.settings;

import java.nio.file.Path;
import java.util.Arrays;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import vn.sochibo.application.archive.ArchiveInfo;
import vn.sochibo.application.archive.ArchiveService;
import vn.sochibo.application.common.TaskRunner;
import vn.sochibo.ui.common.UiText;

/**
 * "Xuất hồ sơ bàn giao…" in the "Dữ liệu" tab: one file for the next secretary, optionally protected by a
 * password typed twice. The export runs off the UI thread; the password arrays are wiped whatever happens.
 */
public final class ArchiveViewModel {
    private final ArchiveService archive;
    private final TaskRunner tasks;
    private final UiText text;
    private final BooleanProperty protect = new SimpleBooleanProperty(true);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public ArchiveViewModel(ArchiveService archive, TaskRunner tasks, UiText text) {
        this.archive = archive;
        this.tasks = tasks;
        this.text = text;
    }

    /** The name offered in the save dialog. */
    public String suggestedFileName(java.time.LocalDate today) {
        return "ho-so-ban-giao-" + today + ".sochibo.zip";
    }

    /**
     * Checks the passwords (when the archive is to be protected) and writes the archive to {@code target}.
     * Returns false, with the reason in {@link #errorProperty()}, when the passwords are empty or differ.
     */
    public boolean export(Path target, char[] password, char[] confirmation) {
        error.set("");
        status.set("");
        if (running.get()) {
            wipe(password, confirmation);
            return false;
        }
        char[] secret = null;
        if (protect.get()) {
            if (password == null || password.length == 0) {
                wipe(password, confirmation);
                error.set(text.text("archive.passwordEmpty"));
                return false;
            }
            if (!Arrays.equals(password, confirmation)) {
                wipe(password, confirmation);
                error.set(text.text("archive.passwordMismatch"));
                return false;
            }
            secret = password;
            wipe(confirmation);
        } else {
            wipe(password, confirmation);
        }
        char[] given = secret;
        running.set(true);
        status.set(text.text("archive.exporting"));
        tasks.run(() -> archive.exportTo(target, given), (ArchiveInfo info) -> {
            running.set(false);
            status.set(text.format(info.encrypted() ? "archive.exported.encrypted" : "archive.exported.plain",
                    target.toString(), info.members(), info.meetings(), info.documents()));
        }, failure -> {
            wipe(given);
            running.set(false);
            status.set("");
            error.set(text.describe(failure));
        });
        return true;
    }

    private static void wipe(char[]... arrays) {
        for (char[] a : arrays) {
            if (a != null) {
                Arrays.fill(a, '\0');
            }
        }
    }

    /** Whether the archive gets a password (on by default). */
    public BooleanProperty protectProperty() {
        return protect;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** What was written, or that it is being written. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Why nothing was written. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
