package vn.sochibo.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import org.h2.api.Trigger;

/**
 * H2 trigger (see db/migration/V3__corrections.sql) that keeps correction addenda as they were recorded: no
 * update, no delete; an addendum only to a finalized meeting; items only up to the count the addendum was
 * recorded with, so nothing can be slipped into it later. Refusals carry {@link FinalizedMeetingGuard#SQL_STATE}.
 */
public final class CorrectionGuard implements Trigger {
    private boolean items;
    private int meetingColumn;
    private int correctionColumn;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
            int type) throws SQLException {
        items = tableName.toUpperCase(Locale.ROOT).equals("MEETING_CORRECTION_ITEM");
        if (items) {
            correctionColumn = FinalizedMeetingGuard.columnIndex(conn, schemaName, tableName, "CORRECTION_ID");
        } else {
            meetingColumn = FinalizedMeetingGuard.columnIndex(conn, schemaName, tableName, "MEETING_ID");
        }
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (oldRow != null) {
            throw refusal("a recorded correction cannot be changed or deleted");
        }
        if (items) {
            if (!hasRoomForItem(conn, newRow[correctionColumn])) {
                throw refusal("the correction already holds all its items");
            }
        } else if (!isFinalizedMeeting(conn, newRow[meetingColumn])) {
            throw refusal("only a finalized meeting takes a correction");
        }
    }

    private static boolean isFinalizedMeeting(Connection conn, Object meetingId) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("SELECT finalized FROM meeting WHERE id = ?")) {
            ps.setObject(1, meetingId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private static boolean hasRoomForItem(Connection conn, Object correctionId) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("SELECT c.item_count, "
                + "(SELECT COUNT(*) FROM meeting_correction_item i WHERE i.correction_id = c.id) "
                + "FROM meeting_correction c WHERE c.id = ?")) {
            ps.setObject(1, correctionId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getLong(2) < rs.getInt(1);
            }
        }
    }

    private static SQLException refusal(String why) {
        return new SQLException("Correction addenda are locked: " + why, FinalizedMeetingGuard.SQL_STATE);
    }
}
