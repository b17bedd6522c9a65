package vn.sochibo.application.common;

/** The password given does not unlock the data folder. Nothing was written or changed. */
public class WrongPasswordException extends StoreException {
    private static final long serialVersionUID = 1L;

    public WrongPasswordException(Throwable cause) {
        super("store.error.wrongPassword", cause);
    }
}
