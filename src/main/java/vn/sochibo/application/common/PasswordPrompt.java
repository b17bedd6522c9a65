package vn.sochibo.application.common;

import java.nio.file.Path;

/**
 * Asks for the password of a protected data folder while it is being opened. The store asks again after a
 * wrong password, for as long as the prompt gives one; {@code null} means "no (more) password": the opening
 * ends with a {@link PasswordRequiredException} (none was given) or a {@link WrongPasswordException}.
 *
 * <p>The store wipes the returned array once it has used it.
 */
@FunctionalInterface
public interface PasswordPrompt {
    /**
     * @param folder the data folder being opened
     * @param previousWasWrong true when the password given just before did not unlock the folder
     * @return the password, or null to give up
     */
    char[] password(Path folder, boolean previousWasWrong);

    /** For folders that are not protected: never gives a password. */
    PasswordPrompt NONE = (folder, previousWasWrong) -> null;
}
