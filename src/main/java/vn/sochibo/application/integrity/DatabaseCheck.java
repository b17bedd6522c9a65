package vn.sochibo.application.integrity;

import java.util.ArrayList;
import java.util.List;
import vn.sochibo.domain.common.Problem;

/** The database file itself: every row of every table can be read, and as many rows as each table counts. */
public final class DatabaseCheck implements IntegrityCheck {
    public static final String ID = "database";
    private final DatabaseScan scan;

    public DatabaseCheck(DatabaseScan scan) {
        this.scan = scan;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult run() {
        List<DatabaseScan.TableScan> tables = scan.scanAllTables();
        List<IntegrityFinding> findings = new ArrayList<>();
        long rows = 0;
        for (DatabaseScan.TableScan t : tables) {
            rows += t.rowsRead();
            if (!t.readable()) {
                findings.add(new IntegrityFinding(ID, Problem.of(ID, "integrity.database.unreadable", t.table(),
                        t.failure()), t));
            } else if (t.rowsRead() != t.rowsCounted()) {
                findings.add(new IntegrityFinding(ID, Problem.of(ID, "integrity.database.countMismatch", t.table(),
                        t.rowsRead(), t.rowsCounted()), t));
            }
        }
        return new CheckResult(ID, Problem.of(ID, "integrity.database.checked", tables.size(), rows), findings);
    }
}
