package vn.sochibo.persistence;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;
import vn.sochibo.application.common.StoreException;

/** Small JDBC helpers shared by the repositories. */
final class Jdbc {
    private Jdbc() {
    }

    interface SqlWork<T> {
        T run() throws SQLException;
    }

    static <T> T call(SqlWork<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new StoreException("store.error.write", e);
        }
    }

    static void setDate(PreparedStatement ps, int index, LocalDate date) throws SQLException {
        ps.setObject(index, date == null ? null : Date.valueOf(date), java.sql.Types.DATE);
    }

    static LocalDate getDate(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    static UUID getUuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }
}
