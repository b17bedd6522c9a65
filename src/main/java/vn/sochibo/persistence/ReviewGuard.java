package vn.sochibo.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import org.h2.api.Trigger;

/**
 * H2 trigger (db/migration/V7__annual_review.sql) that makes a finalized review immutable in the store itself: any
 * insert, update or delete touching a finalized period or a row of it fails, whoever issues it; finalizing (setting
 * {@code finalized} from FALSE to TRUE) is the last change allowed. A final level is only added to a finalized
 * period and never changed or deleted; so is a correction addendum (V8). Refusals carry
 * {@link FinalizedMeetingGuard#SQL_STATE}.
 */
public final class ReviewGuard implements Trigger {
    private String table;
    private int keyColumn;
    private int finalizedColumn = -1;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
            int type) throws SQLException {
        table = tableName.toUpperCase(Locale.ROOT);
        String key = switch (table) {
            case "REVIEW_PERIOD" -> "ID";
            case "REVIEW_SCORE" -> "REVIEW_MEMBER_ID";
            default -> "PERIOD_ID";
        };
        keyColumn = FinalizedMeetingGuard.columnIndex(conn, schemaName, tableName, key);
        if (table.equals("REVIEW_PERIOD")) {
            finalizedColumn = FinalizedMeetingGuard.columnIndex(conn, schemaName, tableName, "FINALIZED");
        }
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        switch (table) {
            case "REVIEW_PERIOD" -> {
                if (oldRow != null && Boolean.TRUE.equals(oldRow[finalizedColumn])) {
                    throw refusal();
                }
            }
            case "REVIEW_FINAL_LEVEL", "REVIEW_ADDENDUM" -> {
                if (oldRow != null || !isFinalized(conn, newRow[keyColumn])) {
                    throw refusal();
                }
            }
            default -> {
                if (oldRow != null && isFinalized(conn, oldRow[keyColumn])
                        || newRow != null && isFinalized(conn, newRow[keyColumn])) {
                    throw refusal();
                }
            }
        }
    }

    private boolean isFinalized(Connection conn, Object key) throws SQLException {
        String sql = table.equals("REVIEW_SCORE")
                ? "SELECT p.finalized FROM review_member m JOIN review_period p ON p.id = m.period_id WHERE m.id = ?"
                : "SELECT finalized FROM review_period WHERE id = ?";
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setObject(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private SQLException refusal() {
        return new SQLException("Finalized review records cannot be changed (table " + table + ")",
                FinalizedMeetingGuard.SQL_STATE);
    }
}
