package vn.sochibo.persistence;

import vn.sochibo.application.common.StoreException;

/** The data folder was written by a newer version of the app; opening it could damage it. */
public class DatabaseTooNewException extends StoreException {
    private static final long serialVersionUID = 1L;

    public DatabaseTooNewException(String foundVersion, String supportedVersion) {
        super("store.error.tooNew", null, foundVersion, supportedVersion);
    }
}
