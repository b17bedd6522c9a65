package vn.sochibo.ui.settings;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.sochibo.application.common.TaskRunner;
import vn.sochibo.application.common.WrongPasswordException;
import vn.sochibo.application.security.PasswordService;
import vn.sochibo.domain.common.ValidationException;
import vn.sochibo.ui.common.ErrorReporter;
import vn.sochibo.ui.common.UiText;

/**
 * "Mật khẩu bảo vệ dữ liệu" in Cài đặt → Dữ liệu: set a password (typed twice), change it (current, new twice)
 * or remove it (current). The work (a slow key derivation, the database file rewritten) runs off the UI
 * thread; a refusal (too short, not the same twice, wrong current password) is shown under the fields and
 * changes nothing.
 */
public final class PasswordSectionViewModel {
    private final PasswordService security;
    private final TaskRunner tasks;
    private final UiText text;
    private final ErrorReporter errors;
    private final ReadOnlyBooleanWrapper protectedState = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final StringProperty current = new SimpleStringProperty("");
    private final StringProperty newPassword = new SimpleStringProperty("");
    private final StringProperty confirmation = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public PasswordSectionViewModel(PasswordService security, TaskRunner tasks, UiText text, ErrorReporter errors) {
        this.security = security;
        this.tasks = tasks;
        this.text = text;
        this.errors = errors;
        protectedState.set(security.isProtected());
    }

    /** Sets the password on a folder that has none: the new password, typed twice. */
    public void setPassword() {
        if (!sameTwice()) {
            return;
        }
        char[] chosen = newPassword.get().toCharArray();
        submit(() -> security.setPassword(chosen), "password.done.set", true);
    }

    /** Changes the password: the current one and the new one, typed twice. */
    public void changePassword() {
        if (!sameTwice()) {
            return;
        }
        char[] old = current.get().toCharArray();
        char[] chosen = newPassword.get().toCharArray();
        submit(() -> security.changePassword(old, chosen), "password.done.changed", true);
    }

    /** Removes the password (the current one is asked for); the file is decrypted. */
    public void removePassword() {
        char[] old = current.get().toCharArray();
        submit(() -> security.removePassword(old), "password.done.removed", false);
    }

    private boolean sameTwice() {
        status.set("");
        if (!newPassword.get().equals(confirmation.get())) {
            problem.set(text.text("password.error.mismatch"));
            return false;
        }
        return true;
    }

    private void submit(Runnable work, String doneKey, boolean protectedAfter) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        problem.set("");
        status.set(text.text("password.working"));
        tasks.run(() -> {
            work.run();
            return null;
        }, done -> {
            busy.set(false);
            protectedState.set(protectedAfter);
            clearFields();
            status.set(text.text(doneKey));
        }, failure -> {
            busy.set(false);
            status.set("");
            protectedState.set(security.isProtected());
            if (failure instanceof ValidationException v) {
                problem.set(v.problems().stream().map(text::describe).reduce((a, b) -> a + "\n" + b).orElse(""));
            } else if (failure instanceof WrongPasswordException) {
                problem.set(text.text("password.error.wrongCurrent"));
            } else {
                errors.report(failure);
            }
        });
    }

    private void clearFields() {
        current.set("");
        newPassword.set("");
        confirmation.set("");
    }

    public ReadOnlyBooleanProperty protectedProperty() {
        return protectedState.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public StringProperty currentProperty() {
        return current;
    }

    public StringProperty newPasswordProperty() {
        return newPassword;
    }

    public StringProperty confirmationProperty() {
        return confirmation;
    }

    /** Why the last request was refused; empty otherwise. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** What happened: working, set, changed, removed. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
