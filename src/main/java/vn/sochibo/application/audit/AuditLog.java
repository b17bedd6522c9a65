package vn.sochibo.application.audit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Port: the stored audit trail. Insert-only: the store itself refuses any update or delete of an entry. Every
 * method runs inside the caller's unit of work ({@link vn.sochibo.application.common.Transactions}).
 */
public interface AuditLog {
    void append(AuditEntry entry);

    /** The entry with the highest sequence number. */
    Optional<AuditEntry> last();

    /** Entries matching the query, newest first, skipping {@code offset} and returning at most {@code limit}. */
    List<AuditEntry> newestFirst(Query query, int offset, int limit);

    int count(Query query);

    /** Entries about one record with their time at or after {@code since}, oldest first. */
    List<AuditEntry> about(AuditKind kind, String entityId, Instant since);

    /** Every entry in sequence order. */
    void forEachInOrder(Consumer<AuditEntry> consumer);

    /**
     * A filter: each part null means "any". {@code from} is inclusive, {@code until} exclusive.
     */
    record Query(AuditAction action, AuditKind kind, Instant from, Instant until) {
        public static final Query ALL = new Query(null, null, null, null);
    }
}
