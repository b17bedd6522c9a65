package vn.sochibo.application.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.app.Services;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.common.Messages;
import vn.sochibo.domain.common.Problem;

/** The combined integrity check: every check runs and is reported, whatever another one finds or throws. */
class IntegrityServiceTest {
    @TempDir
    Path folder;

    private final IntegrityText words = new IntegrityText(Messages.vietnamese()::describe);

    @Test
    void theDemoCellIsSoundInEveryCheckAndEveryTableIsRead() {
        try (AppServices s = Services.open(folder)) {
            s.demo().create();
            IntegrityService.Report report = s.integrity().run();

            assertThat(report.ok()).isTrue();
            assertThat(report.results()).extracting(CheckResult::checkId)
                    .containsExactly("database", "meetings", "reviews", "audit");
            CheckResult database = report.results().get(0);
            // The members, their history, meetings, votes, settings, the audit trail, Flyway's history…
            assertThat((Integer) database.checked().args().get(0)).isGreaterThanOrEqualTo(10);
            assertThat((Long) database.checked().args().get(1)).isGreaterThan(s.members().all().size());
            assertThat(words.summary(report))
                    .isEqualTo("Mọi phần kiểm tra đều tốt: không phát hiện thay đổi nào ngoài ứng dụng.");
        }
    }

    @Test
    void aTableThatCannotBeReadOrIsMiscountedIsAFindingAndTheOtherChecksStillRun() {
        DatabaseScan damaged = () -> List.of(new DatabaseScan.TableScan("MEMBER", 25, 25, null),
                new DatabaseScan.TableScan("MEETING", 3, -1, "H2 90030: File corrupted while reading record"),
                new DatabaseScan.TableScan("MEETING_VOTE", 40, 41, null));
        IntegrityCheck throwing = new IntegrityCheck() {
            @Override
            public String id() {
                return "meetings";
            }

            @Override
            public CheckResult run() {
                throw new IllegalStateException("outer", new RuntimeException("page 7 unreadable\nsecond line"));
            }
        };
        IntegrityCheck sound = new IntegrityCheck() {
            @Override
            public String id() {
                return "audit";
            }

            @Override
            public CheckResult run() {
                return new CheckResult("audit", Problem.of("audit", "integrity.audit.checked", 12), List.of());
            }
        };

        IntegrityService.Report report = new IntegrityService(List.of(new DatabaseCheck(damaged), throwing, sound))
                .run();

        assertThat(report.ok()).isFalse();
        assertThat(report.results()).extracting(CheckResult::ok).containsExactly(false, false, true);
        assertThat(report.results().stream().map(words::line).toList()).containsExactly(
                "Cơ sở dữ liệu: phát hiện 2 vấn đề. Đọc được 68 dòng của 3 bảng.",
                "Biên bản đã chốt: phát hiện 1 vấn đề. Không kiểm tra hết được.",
                "Nhật ký thay đổi: tốt. Đã kiểm tra 12 dòng nhật ký.");
        assertThat(report.findings().stream().map(words::finding).toList()).containsExactly(
                "Bảng MEETING không đọc được hết: tệp dữ liệu có thể đã bị hỏng (H2 90030: File corrupted while "
                        + "reading record).",
                "Bảng MEETING_VOTE: đọc được 40 dòng nhưng bảng ghi là có 41 dòng: tệp dữ liệu có thể đã bị hỏng.",
                "Phần kiểm tra này dừng giữa chừng vì không đọc được dữ liệu (page 7 unreadable).");
        assertThat(words.summary(report))
                .isEqualTo("Phát hiện 3 vấn đề: dữ liệu đã bị thay đổi hoặc bị hỏng ngoài ứng dụng.");
    }
}
