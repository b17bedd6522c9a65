package vn.sochibo.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2 trigger (see db/migration/V5__audit.sql) that keeps the audit trail insert-only: any update or delete of
 * an entry fails, whoever issues it.
 */
public final class AuditGuard implements Trigger {
    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
            int type) {
        // Nothing to look up: every change of an existing row is refused.
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (oldRow != null) {
            throw new SQLException("The audit trail is insert-only: an entry cannot be changed or deleted",
                    FinalizedMeetingGuard.SQL_STATE);
        }
    }
}
