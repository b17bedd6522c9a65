package vn.sochibo.application.common;

/** Forces what has been committed onto the disk; called after bulk writes (import, restore, finalize). */
public interface StoreSync {
    void syncToDisk();
}
