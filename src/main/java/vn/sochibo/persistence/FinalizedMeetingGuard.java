package vn.sochibo.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import org.h2.api.Trigger;

/**
 * H2 trigger (see db/migration/V2__meetings.sql) that makes a finalized meeting immutable in the store
 * itself: any insert, update or delete touching the meeting row or a row that belongs to it fails, whoever
 * issues it. Finalizing (setting {@code finalized} from FALSE to TRUE) is the last change allowed.
 */
public final class FinalizedMeetingGuard implements Trigger {
    /** SQL state of the refusal, recognised by the repository to give the user a clear message. */
    public static final String SQL_STATE = "45F01";

    private String table;
    private int keyColumn;
    private int finalizedColumn = -1;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
            int type) throws SQLException {
        table = tableName.toUpperCase(Locale.ROOT);
        String key = switch (table) {
            case "MEETING" -> "ID";
            case "MEETING_TASK_ASSIGNEE" -> "TASK_ID";
            default -> "MEETING_ID";
        };
        keyColumn = columnIndex(conn, schemaName, tableName, key);
        if (table.equals("MEETING")) {
            finalizedColumn = columnIndex(conn, schemaName, tableName, "FINALIZED");
        }
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (table.equals("MEETING")) {
            if (oldRow != null && Boolean.TRUE.equals(oldRow[finalizedColumn])) {
                throw refusal();
            }
            return;
        }
        if (oldRow != null && isFinalized(conn, oldRow[keyColumn])) {
            throw refusal();
        }
        if (newRow != null && isFinalized(conn, newRow[keyColumn])) {
            throw refusal();
        }
    }

    private boolean isFinalized(Connection conn, Object key) throws SQLException {
        String sql = table.equals("MEETING_TASK_ASSIGNEE")
                ? "SELECT m.finalized FROM meeting_task t JOIN meeting m ON m.id = t.meeting_id WHERE t.id = ?"
                : "SELECT finalized FROM meeting WHERE id = ?";
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setObject(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private SQLException refusal() {
        return new SQLException("Finalized meeting records cannot be changed (table " + table + ")", SQL_STATE);
    }

    static int columnIndex(Connection conn, String schema, String table, String column) throws SQLException {
        try (ResultSet rs = conn.getMetaData().getColumns(null, schema, table, column)) {
            if (!rs.next()) {
                throw new SQLException("column " + column + " not found in " + table);
            }
            return rs.getInt("ORDINAL_POSITION") - 1;
        }
    }
}
