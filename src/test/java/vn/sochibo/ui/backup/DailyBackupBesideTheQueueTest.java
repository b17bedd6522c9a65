package vn.sochibo.ui.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import vn.sochibo.app.Services;
import vn.sochibo.application.audit.AuditAction;
import vn.sochibo.application.audit.AuditTrail;
import vn.sochibo.application.backup.BackupService;
import vn.sochibo.application.backup.BackupStore;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.member.MemberInput;
import vn.sochibo.domain.cell.CellProfile;
import vn.sochibo.domain.member.Gender;
import vn.sochibo.ui.common.FxTaskRunner;
import vn.sochibo.ui.common.UiText;
import vn.sochibo.ui.FxReads;

/**
 * The daily backup with the window's runner: its script on the queue, its check (held here in the throwaway
 * database) beside it. The queue serves the window meanwhile; success and failure are shown as before; closing the
 * store waits for the check, so the backup's audit line is not lost.
 */
class DailyBackupBesideTheQueueTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T03:00:00Z"),
            ZoneId.of("Asia/Ho_Chi_Minh"));

    @TempDir
    Path folder;
    AppServices services;
    final FxTaskRunner runner = new FxTaskRunner();
    final BackupStatus status = new BackupStatus(UiText.vietnamese());
    private HeldBackupStore held;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void cell() throws Exception {
        services = Services.open(folder, CLOCK);
        services.cell().save(new CellProfile("Chi bộ Thôn Đông", "Đảng bộ xã Hải Phong", "Quảng Trị",
                LocalDate.of(2025, 6, 1), LocalDate.of(2030, 5, 31), null, null, List.of()));
        services.members().add(new MemberInput("Nguyễn Thị Hoà", Gender.FEMALE, LocalDate.of(1980, 5, 1),
                "Hải Phong", "Nông dân", LocalDate.of(2010, 5, 19), LocalDate.of(2011, 5, 19), null, null, null));
        // The folder's own backup store, held in its check until released.
        Field store = BackupService.class.getDeclaredField("store");
        store.setAccessible(true);
        held = new HeldBackupStore((BackupStore) store.get(services.backups()));
        store.set(services.backups(), held);
    }

    @AfterEach
    void close() {
        if (held != null) {
            held.release.countDown();
        }
        runner.close();
        if (services.isOpen()) {
            services.close();
        }
    }

    private void startTheDailyBackup() throws Exception {
        AutoBackup auto = new AutoBackup(() -> services, runner, status);
        Platform.runLater(auto::backUpIfDue);
        assertThat(held.checking.await(10, TimeUnit.SECONDS)).as("the backup reached its check").isTrue();
    }

    private List<Path> backupFiles() throws IOException {
        try (Stream<Path> files = Files.list(services.backups().folder())) {
            return files.toList();
        }
    }

    @Test
    void theQueueServesTheWindowWhileTheBackupIsCheckedAndItsSuccessIsShown() throws Exception {
        startTheDailyBackup();

        CompletableFuture<Integer> members = new CompletableFuture<>();
        Platform.runLater(() -> runner.run(() -> services.members().all().size(), members::complete,
                members::completeExceptionally));
        assertThat(members.get(5, TimeUnit.SECONDS)).as("a read queued after the backup").isEqualTo(1);
        assertThat(FxReads.onFx(() -> status.madeProperty().get())).isZero();
        assertThat(FxReads.onFx(() -> runner.busyProperty().get())).as("the check still counts as work").isTrue();

        held.release.countDown();
        FxReads.await("the backup shown as made", 20, () -> status.madeProperty().get() == 1);
        assertThat(FxReads.onFx(() -> status.problemProperty().get())).isFalse();
        assertThat(backupFiles()).singleElement().satisfies(f -> assertThat(f.toString()).endsWith(".zip"));
        FxReads.await("the runner idle", 20, () -> !runner.busyProperty().get());
    }

    @Test
    void aCheckThatFailsIsReportedAsBeforeAndLeavesNoFile() throws Exception {
        held.failTheCheck = true;
        startTheDailyBackup();
        held.release.countDown();

        FxReads.await("the failure shown", 20, () -> status.problemProperty().get());
        assertThat(FxReads.onFx(() -> status.messageProperty().get())).startsWith("Sao lưu không thành công");
        assertThat(FxReads.onFx(() -> status.madeProperty().get())).isZero();
        assertThat(backupFiles()).isEmpty();
    }

    @Test
    void closingTheStoreWaitsForTheCheckSoTheBackupIsRecordedInTheAuditTrail() throws Exception {
        startTheDailyBackup();
        Thread closing = new Thread(services::close, "closing");
        closing.start();
        closing.join(500);
        assertThat(closing.isAlive()).as("the close waits for the check").isTrue();

        held.release.countDown();
        closing.join(20_000);
        assertThat(closing.isAlive()).isFalse();
        try (AppServices again = Services.open(folder, CLOCK)) {
            assertThat(again.audit().list(new AuditTrail.Filter(AuditAction.BACKUP, null, null, null), 0, 10)
                    .entries()).hasSize(1);
            assertThat(again.backups().list()).hasSize(1);
        }
    }
}
