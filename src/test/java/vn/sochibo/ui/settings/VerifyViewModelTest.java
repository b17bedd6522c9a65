package vn.sochibo.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.application.audit.AuditTrail;
import vn.sochibo.application.meeting.MeetingService.TamperFinding;
import vn.sochibo.domain.meeting.Meeting;
import vn.sochibo.ui.UiFixture;
import vn.sochibo.ui.common.DateText;

/** "Kiểm tra ngay": the whole integrity check, in the same lines as {@code sochibo verify}. */
class VerifyViewModelTest {
    @TempDir
    Path folder;
    UiFixture fx;

    @AfterEach
    void tearDown() {
        if (fx != null) {
            fx.close();
        }
    }

    private VerifyViewModel open() {
        fx = new UiFixture(folder);
        return new VerifyViewModel(fx.services.integrity(), fx.tasks, fx.text, fx.errors);
    }

    private void closeAndRun(String... statements) throws Exception {
        fx.close();
        fx = null;
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("sochibo"), "sa", "");
                Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        }
    }

    @Test
    void anEmptyFolderIsSoundInEveryCheck() {
        VerifyViewModel vm = open();
        vm.verify();
        assertThat(vm.summaryProperty().get())
                .isEqualTo("Mọi phần kiểm tra đều tốt: không phát hiện thay đổi nào ngoài ứng dụng.");
        assertThat(vm.checks()).extracting(VerifyViewModel.Check::id)
                .containsExactly("database", "meetings", "reviews", "audit");
        assertThat(vm.checks()).allMatch(VerifyViewModel.Check::ok);
        assertThat(vm.checks().get(1).line())
                .isEqualTo("Biên bản đã chốt: tốt. Đã kiểm tra 0 biên bản đã chốt cùng các phụ lục đính chính.");
        assertThat(vm.findings()).isEmpty();
        assertThat(vm.runningProperty().get()).isFalse();
    }

    @Test
    void allChecksPassThenAMinutesEditBehindTheAppsBackIsReported() throws Exception {
        VerifyViewModel vm = open();
        fx.services.demo().create();
        long finalized = fx.services.meetings().all().stream().filter(Meeting::isFinalized).count();
        Meeting victim = fx.services.meetings().all().stream().filter(m -> m.isFinalized() && !m.votes().isEmpty())
                .findFirst().orElseThrow();

        vm.verify();
        assertThat(vm.allMatchProperty().get()).isTrue();
        assertThat(vm.checks()).extracting(VerifyViewModel.Check::line).containsExactly(
                vm.checks().get(0).line(),
                "Biên bản đã chốt: tốt. Đã kiểm tra " + finalized + " biên bản đã chốt cùng các phụ lục đính chính.",
                vm.checks().get(2).line(), vm.checks().get(3).line());
        assertThat(vm.checks().get(0).line()).matches("Cơ sở dữ liệu: tốt\\. Đọc được \\d+ dòng của \\d+ bảng\\.");

        // Someone opens the database file with another tool, removes the guard and changes a vote.
        closeAndRun("DROP TRIGGER tr_meeting_vote_finalized",
                "UPDATE meeting_vote SET in_favour = in_favour - 1, against = against + 1 WHERE meeting_id = '"
                        + victim.id() + "'");

        vm = open();
        vm.verify();
        assertThat(vm.allMatchProperty().get()).isFalse();
        assertThat(vm.summaryProperty().get())
                .isEqualTo("Phát hiện 1 vấn đề: dữ liệu đã bị thay đổi hoặc bị hỏng ngoài ứng dụng.");
        assertThat(vm.checks()).extracting(VerifyViewModel.Check::ok).containsExactly(true, false, true, true);
        assertThat(vm.findings()).singleElement().satisfies(f -> {
            TamperFinding tamper = (TamperFinding) f.finding().detail();
            assertThat(tamper.kind()).isEqualTo(TamperFinding.Kind.CONTENT_CHANGED);
            assertThat(tamper.meetingId()).isEqualTo(victim.id());
            assertThat(f.check()).isEqualTo("Biên bản đã chốt");
            assertThat(f.what()).isEqualTo("Biên bản số " + victim.finalization().minutesNumber() + " (họp ngày "
                    + DateText.format(victim.date()) + "): nội dung đã bị sửa sau khi chốt.");
            assertThat(f.advice()).contains("bản sao lưu");
        });
        assertThat(fx.reported).isEmpty();
    }

    @Test
    void anAuditEntryEditedBehindTheAppsBackIsReportedWithItsAdvice() throws Exception {
        open();
        fx.setUpCell();
        closeAndRun("DROP TRIGGER tr_audit_entry_insert_only", "UPDATE audit_entry SET os_user = 'ai do' WHERE seq = 1");

        VerifyViewModel vm = open();
        vm.verify();

        assertThat(vm.checks()).extracting(VerifyViewModel.Check::ok).containsExactly(true, true, true, false);
        assertThat(vm.checks().get(3).line()).startsWith("Nhật ký thay đổi: phát hiện 1 vấn đề.");
        assertThat(vm.findings()).singleElement().satisfies(f -> {
            assertThat(f.finding().detail()).isEqualTo(new AuditTrail.Finding(1, AuditTrail.Finding.Kind.CHANGED));
            assertThat(f.what()).isEqualTo("Dòng nhật ký số 1: nội dung đã bị sửa sau khi ghi.");
            assertThat(f.advice()).contains("nhật ký");
        });
    }
}
