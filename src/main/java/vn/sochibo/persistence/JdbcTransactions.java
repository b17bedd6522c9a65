package vn.sochibo.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import vn.sochibo.application.common.StoreException;
import vn.sochibo.application.common.Transactions;

/**
 * One embedded connection shared by the whole app, one unit of work at a time. A desktop app with one user
 * gains nothing from a pool, and a single writer keeps every unit simple and serialised. Nested calls on
 * the same thread join the outer unit.
 */
public final class JdbcTransactions implements Transactions {
    private volatile Connection connection;
    private final ReentrantLock lock = new ReentrantLock();

    JdbcTransactions(Connection connection) {
        this.connection = connection;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        lock.lock();
        try {
            if (lock.getHoldCount() > 1) {
                return work.get();
            }
            try {
                T result = work.get();
                connection.commit();
                return result;
            } catch (RuntimeException | Error e) {
                rollbackQuietly(e);
                throw e;
            } catch (SQLException e) {
                rollbackQuietly(e);
                throw new StoreException("store.error.write", e);
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs {@code work} holding the unit-of-work lock, so that no unit of work runs meanwhile (the store
     * closes and reopens its file inside, when the password protection changes).
     */
    void exclusively(Runnable work) {
        lock.lock();
        try {
            work.run();
        } finally {
            lock.unlock();
        }
    }

    /** The connection units of work use from now on; only inside {@link #exclusively}. */
    void replaceConnection(Connection replacement) {
        if (!lock.isHeldByCurrentThread()) {
            throw new IllegalStateException("connection replaced outside exclusively()");
        }
        this.connection = replacement;
    }

    /** The connection of the current unit of work; only repositories inside {@link #inTransaction} use it. */
    Connection connection() {
        if (!lock.isHeldByCurrentThread()) {
            throw new IllegalStateException("store access outside a transaction");
        }
        return connection;
    }

    /**
     * The connection, without the unit-of-work lock: only to read H2's own counters, which are thread-safe
     * ({@link JdbcSearchSource#versionWithoutUnitOfWork}); never to run a statement.
     */
    Connection connectionForCounters() {
        return connection;
    }

    private void rollbackQuietly(Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }
}
