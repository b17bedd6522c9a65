package vn.sochibo.application.integrity;

import java.util.List;

/**
 * Reads the whole database through its own engine: every row of every table, every column value. A damaged page
 * (a checksum that does not match, a record cut short) shows up as a table that cannot be read.
 */
public interface DatabaseScan {
    /** What reading one table gave: the rows read, the rows the table says it has, or why it could not be read. */
    record TableScan(String table, long rowsRead, long rowsCounted, String failure) {
        public boolean readable() {
            return failure == null;
        }
    }

    /** Scans every table of the app's schema, one after the other; a table that fails does not stop the others. */
    List<TableScan> scanAllTables();
}
