package vn.sochibo.ui.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import vn.sochibo.application.backup.BackupStore;
import vn.sochibo.application.common.StoreException;

/**
 * A folder's own backup store, held in the check of a backup (the written file loaded into the throwaway database)
 * until {@link #release} is counted down: for tests of what the window does while a backup is being checked.
 */
public final class HeldBackupStore implements BackupStore {
    /** Counted down when a check starts. */
    public final CountDownLatch checking = new CountDownLatch(1);
    /** Count it down to let the check go on (20 s at most otherwise). */
    public final CountDownLatch release = new CountDownLatch(1);
    /** When true, the check fails as an unreadable backup once released. */
    public volatile boolean failTheCheck;

    private final BackupStore real;

    public HeldBackupStore(BackupStore real) {
        this.real = real;
    }

    @Override
    public Contents writeScript(OutputStream out) throws IOException {
        return real.writeScript(out);
    }

    @Override
    public Contents readScript(InputStream script, String name) {
        checking.countDown();
        try {
            release.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (failTheCheck) {
            throw new StoreException("backup.error.unreadable", null, name);
        }
        return real.readScript(script, name);
    }

    @Override
    public byte[] recordsDigest(ScriptWriter script) throws IOException {
        return real.recordsDigest(script);
    }
}
