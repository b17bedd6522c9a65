package vn.sochibo.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.application.meeting.MeetingService.TamperFinding;
import vn.sochibo.domain.meeting.Meeting;
import vn.sochibo.ui.UiFixture;
import vn.sochibo.ui.common.DateText;

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
        return new VerifyViewModel(fx.services.meetings(), fx.tasks, fx.text, fx.errors);
    }

    @Test
    void anEmptyFolderHasNothingToCheck() {
        VerifyViewModel vm = open();
        vm.verify();
        assertThat(vm.summaryProperty().get()).isEqualTo("Chưa có biên bản nào được chốt, chưa có gì để kiểm tra.");
        assertThat(vm.findings()).isEmpty();
        assertThat(vm.runningProperty().get()).isFalse();
    }

    @Test
    void allFinalizedMinutesMatchThenAnEditBehindTheAppsBackIsReported() throws Exception {
        VerifyViewModel vm = open();
        fx.services.demo().create();
        long finalized = fx.services.meetings().all().stream().filter(Meeting::isFinalized).count();
        Meeting victim = fx.services.meetings().all().stream().filter(m -> m.isFinalized() && !m.votes().isEmpty())
                .findFirst().orElseThrow();

        vm.verify();
        assertThat(vm.summaryProperty().get())
                .isEqualTo("Tất cả " + finalized + " biên bản đã chốt khớp mã xác thực.");
        assertThat(vm.allMatchProperty().get()).isTrue();
        fx.close();
        fx = null;

        // Someone opens the database file with another tool, removes the guard and changes a vote.
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("sochibo"), "sa", "");
                Statement st = c.createStatement()) {
            st.execute("DROP TRIGGER tr_meeting_vote_finalized");
            st.executeUpdate("UPDATE meeting_vote SET in_favour = in_favour - 1, against = against + 1"
                    + " WHERE meeting_id = '" + victim.id() + "'");
        }

        vm = open();
        vm.verify();
        assertThat(vm.allMatchProperty().get()).isFalse();
        assertThat(vm.summaryProperty().get()).isEqualTo("Phát hiện 1 vấn đề trong " + finalized + " biên bản đã chốt:");
        assertThat(vm.findings()).singleElement().satisfies(f -> {
            assertThat(f.finding().kind()).isEqualTo(TamperFinding.Kind.CONTENT_CHANGED);
            assertThat(f.finding().meetingId()).isEqualTo(victim.id());
            assertThat(f.meeting()).isEqualTo(String.format("Biên bản số %02d (họp ngày %s)",
                    victim.finalization().minutesNumber(), DateText.format(victim.date())));
            assertThat(f.kind()).isEqualTo("nội dung đã bị sửa sau khi chốt");
            assertThat(f.advice()).contains("bản sao lưu");
        });
        assertThat(fx.reported).isEmpty();
    }
}
