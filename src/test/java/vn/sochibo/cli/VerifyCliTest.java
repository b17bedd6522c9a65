package vn.sochibo.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.sochibo.cli.CliRun.run;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.cli.CliRun.Result;

/** {@code verify}: the database, the finalized meetings' chain and the audit trail's chain, in one command. */
class VerifyCliTest {
    @TempDir
    Path temp;
    Path data;

    @BeforeEach
    void demoCell() {
        data = temp.resolve("cell");
        assertThat(run("demo", "--data", data.toString()).code()).isZero();
    }

    /** What someone with another tool does to the database file while the app is closed. */
    private void behindTheAppsBack(String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("sochibo"), "sa", "");
                Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        }
    }

    @Test
    void aSoundFolderNamesEveryCheckAndExitsZero() {
        Result result = run("verify", "--data", data.toString());

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out().lines().toList()).satisfiesExactly(
                line -> assertThat(line).matches("Cơ sở dữ liệu: tốt\\. Đọc được \\d+ dòng của \\d+ bảng\\."),
                line -> assertThat(line).matches("Biên bản đã chốt: tốt\\. Đã kiểm tra \\d+ biên bản đã chốt cùng các "
                        + "phụ lục đính chính\\."),
                line -> assertThat(line).matches("Kiểm điểm đã chốt: tốt\\. Đã kiểm tra \\d+ kỳ kiểm điểm đã chốt "
                        + "cùng các xếp loại của cấp trên\\."),
                line -> assertThat(line).matches("Nhật ký thay đổi: tốt\\. Đã kiểm tra \\d+ dòng nhật ký\\."),
                line -> assertThat(line).isEqualTo("Mọi phần kiểm tra đều tốt: không phát hiện thay đổi nào ngoài "
                        + "ứng dụng."));
        assertThat(result.err()).isEmpty();
    }

    @Test
    void anAuditEntryEditedBehindTheAppsBackIsNamedAndExitsOne() throws Exception {
        behindTheAppsBack("DROP TRIGGER tr_audit_entry_insert_only",
                "UPDATE audit_entry SET os_user = 'ai do' WHERE seq = 3");

        Result result = run("verify", "--data", data.toString());

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.out()).contains("Cơ sở dữ liệu: tốt.", "Biên bản đã chốt: tốt.",
                "Nhật ký thay đổi: phát hiện 1 vấn đề.", "  - Dòng nhật ký số 3: nội dung đã bị sửa sau khi ghi.");
        assertThat(result.err().strip())
                .isEqualTo("Phát hiện 1 vấn đề: dữ liệu đã bị thay đổi hoặc bị hỏng ngoài ứng dụng.");
    }

    @Test
    void aFinalizedMeetingChangedBehindTheAppsBackIsStillFound() throws Exception {
        behindTheAppsBack("DROP TRIGGER tr_meeting_vote_finalized",
                "UPDATE meeting_vote SET in_favour = in_favour - 1, against = against + 1 WHERE meeting_id = "
                        + "(SELECT MIN(v.meeting_id) FROM meeting_vote v JOIN meeting m ON m.id = v.meeting_id "
                        + "WHERE m.minutes_number IS NOT NULL)");

        Result result = run("verify", "--data", data.toString());

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.out()).contains("Cơ sở dữ liệu: tốt.", "Biên bản đã chốt: phát hiện 1 vấn đề.",
                "Nhật ký thay đổi: tốt.").containsPattern("  - Biên bản số \\d+ \\(họp ngày \\d\\d/\\d\\d/\\d{4}\\): "
                        + "nội dung đã bị sửa sau khi chốt\\.");
        assertThat(result.err()).contains("Phát hiện 1 vấn đề");
    }
}
