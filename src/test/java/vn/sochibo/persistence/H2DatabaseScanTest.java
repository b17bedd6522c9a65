package vn.sochibo.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.app.Services;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.integrity.DatabaseScan.TableScan;

/** The scan of the integrity check reads every table of the schema, row by row, and counts what it read. */
class H2DatabaseScanTest {
    @TempDir
    Path folder;

    @Test
    void everyTableIsReadWholeAndItsRowsCounted() {
        int members;
        int auditEntries;
        try (AppServices s = Services.open(folder)) {
            s.demo().create();
            members = s.members().all().size();
            auditEntries = s.audit().list(vn.sochibo.application.audit.AuditTrail.Filter.ALL, 0, 0).total();
        }
        try (Database db = Database.open(folder)) {
            List<TableScan> scans = db.databaseScan().scanAllTables();

            assertThat(scans).allSatisfy(t -> {
                assertThat(t.readable()).as(t.table()).isTrue();
                assertThat(t.rowsRead()).as(t.table()).isEqualTo(t.rowsCounted());
            });
            assertThat(scans).extracting(TableScan::table).contains("MEMBER", "AUDIT_ENTRY", "flyway_schema_history");
            assertThat(scans).filteredOn(t -> t.table().equals("MEMBER")).singleElement()
                    .satisfies(t -> assertThat(t.rowsRead()).isEqualTo(members));
            assertThat(scans).filteredOn(t -> t.table().equals("AUDIT_ENTRY")).singleElement()
                    .satisfies(t -> assertThat(t.rowsRead()).isEqualTo(auditEntries));
        }
    }
}
