package vn.sochibo.persistence;

import vn.sochibo.application.common.StoreException;

/** Another window or command already has this data folder open. */
public class DataFolderInUseException extends StoreException {
    private static final long serialVersionUID = 1L;

    public DataFolderInUseException(String folder, Throwable cause) {
        super("store.error.inUse", cause, folder);
    }
}
