package vn.sochibo.application.security;

import java.util.Arrays;
import vn.sochibo.domain.common.Problem;
import vn.sochibo.domain.common.ValidationException;

/**
 * The optional password of the data folder (ADR 0009): set, change, remove. A password has at least
 * {@value #MIN_LENGTH} characters. The password is never stored; a forgotten one cannot be recovered.
 *
 * <p>Every char array given to this service is wiped before the method returns, whatever happens.
 */
public final class PasswordService {
    public static final int MIN_LENGTH = 8;
    private final DataProtection protection;

    public PasswordService(DataProtection protection) {
        this.protection = protection;
    }

    public boolean isProtected() {
        return protection.isProtected();
    }

    public void setPassword(char[] password) {
        try {
            if (protection.isProtected()) {
                throw new ValidationException(Problem.of("password", "password.error.alreadySet"));
            }
            checkRules("newPassword", password);
            protection.protect(password.clone());
        } finally {
            wipe(password);
        }
    }

    public void changePassword(char[] oldPassword, char[] newPassword) {
        try {
            requireProtected();
            checkRules("newPassword", newPassword);
            protection.changePassword(oldPassword.clone(), newPassword.clone());
        } finally {
            wipe(oldPassword);
            wipe(newPassword);
        }
    }

    public void removePassword(char[] currentPassword) {
        try {
            requireProtected();
            protection.unprotect(currentPassword.clone());
        } finally {
            wipe(currentPassword);
        }
    }

    /**
     * True when {@code password} is the password of the open, protected folder (the idle lock asks for it); the
     * key file is read, nothing is written. Refused when the folder has no password.
     */
    public boolean checkPassword(char[] password) {
        try {
            requireProtected();
            return protection.checkPassword(password.clone());
        } finally {
            wipe(password);
        }
    }

    private void requireProtected() {
        if (!protection.isProtected()) {
            throw new ValidationException(Problem.of("password", "password.error.notSet"));
        }
    }

    /** The rules a new password must meet, as problems on {@code field}. */
    public static void checkRules(String field, char[] password) {
        if (password == null || password.length < MIN_LENGTH) {
            throw new ValidationException(Problem.of(field, "password.error.tooShort", MIN_LENGTH));
        }
    }

    public static void wipe(char[] password) {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }
}
