package vn.sochibo.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import vn.sochibo.application.audit.AuditAction;
import vn.sochibo.application.audit.AuditEntry;
import vn.sochibo.application.audit.AuditKind;
import vn.sochibo.application.audit.AuditLog;

/** The audit trail in table {@code audit_entry} (V5); the trigger {@link AuditGuard} keeps it insert-only. */
public final class JdbcAuditLog implements AuditLog {
    private static final String COLUMNS = "seq, id, recorded_at, os_user, audit_action, entity_kind, entity_id, "
            + "summary, previous_hash, entry_hash";

    private final JdbcTransactions tx;

    JdbcAuditLog(JdbcTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void append(AuditEntry e) {
        Jdbc.call(() -> {
            try (PreparedStatement ps = tx.connection().prepareStatement(
                    "INSERT INTO audit_entry (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, e.sequence());
                ps.setObject(2, e.id());
                ps.setObject(3, OffsetDateTime.ofInstant(e.at(), ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
                ps.setString(4, e.osUser());
                ps.setString(5, e.action().name());
                ps.setString(6, e.kind().name());
                ps.setString(7, e.entityId());
                ps.setString(8, e.summary());
                ps.setString(9, e.previousHash());
                ps.setString(10, e.hash());
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public Optional<AuditEntry> last() {
        return Jdbc.call(() -> {
            try (PreparedStatement ps = tx.connection().prepareStatement(
                    "SELECT " + COLUMNS + " FROM audit_entry ORDER BY seq DESC LIMIT 1");
                    ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        });
    }

    @Override
    public List<AuditEntry> newestFirst(Query query, int offset, int limit) {
        return Jdbc.call(() -> {
            List<Object> args = new ArrayList<>();
            String where = where(query, args);
            try (PreparedStatement ps = tx.connection().prepareStatement("SELECT " + COLUMNS + " FROM audit_entry"
                    + where + " ORDER BY seq DESC LIMIT ? OFFSET ?")) {
                int i = bind(ps, args);
                ps.setInt(i++, limit);
                ps.setInt(i, offset);
                return readAll(ps);
            }
        });
    }

    @Override
    public int count(Query query) {
        return Jdbc.call(() -> {
            List<Object> args = new ArrayList<>();
            String where = where(query, args);
            try (PreparedStatement ps = tx.connection().prepareStatement("SELECT COUNT(*) FROM audit_entry" + where)) {
                bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    @Override
    public List<AuditEntry> about(AuditKind kind, String entityId, Instant since) {
        return Jdbc.call(() -> {
            try (PreparedStatement ps = tx.connection().prepareStatement("SELECT " + COLUMNS + " FROM audit_entry"
                    + " WHERE entity_kind = ? AND entity_id = ? AND recorded_at >= ? ORDER BY seq")) {
                ps.setString(1, kind.name());
                ps.setString(2, entityId);
                ps.setObject(3, OffsetDateTime.ofInstant(since, ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
                return readAll(ps);
            }
        });
    }

    @Override
    public void forEachInOrder(Consumer<AuditEntry> consumer) {
        Jdbc.call(() -> {
            try (PreparedStatement ps = tx.connection().prepareStatement(
                    "SELECT " + COLUMNS + " FROM audit_entry ORDER BY seq");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    consumer.accept(read(rs));
                }
            }
            return null;
        });
    }

    private static String where(Query q, List<Object> args) {
        List<String> conditions = new ArrayList<>();
        if (q.action() != null) {
            conditions.add("audit_action = ?");
            args.add(q.action().name());
        }
        if (q.kind() != null) {
            conditions.add("entity_kind = ?");
            args.add(q.kind().name());
        }
        if (q.from() != null) {
            conditions.add("recorded_at >= ?");
            args.add(OffsetDateTime.ofInstant(q.from(), ZoneOffset.UTC));
        }
        if (q.until() != null) {
            conditions.add("recorded_at < ?");
            args.add(OffsetDateTime.ofInstant(q.until(), ZoneOffset.UTC));
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static int bind(PreparedStatement ps, List<Object> args) throws SQLException {
        int i = 1;
        for (Object arg : args) {
            if (arg instanceof OffsetDateTime t) {
                ps.setObject(i++, t, Types.TIMESTAMP_WITH_TIMEZONE);
            } else {
                ps.setString(i++, (String) arg);
            }
        }
        return i;
    }

    private static List<AuditEntry> readAll(PreparedStatement ps) throws SQLException {
        List<AuditEntry> entries = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                entries.add(read(rs));
            }
        }
        return entries;
    }

    private static AuditEntry read(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), Jdbc.getUuid(rs, "id"),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getString("os_user"),
                AuditAction.valueOf(rs.getString("audit_action")), AuditKind.valueOf(rs.getString("entity_kind")),
                rs.getString("entity_id"), rs.getString("summary"), rs.getString("previous_hash"),
                rs.getString("entry_hash"));
    }
}
