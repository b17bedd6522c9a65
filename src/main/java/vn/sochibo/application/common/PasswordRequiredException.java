package vn.sochibo.application.common;

/** The data folder is protected by a password and none was given. Nothing was written; the folder is free. */
public class PasswordRequiredException extends StoreException {
    private static final long serialVersionUID = 1L;

    public PasswordRequiredException(String folder) {
        super("store.error.passwordRequired", null, folder);
    }
}
