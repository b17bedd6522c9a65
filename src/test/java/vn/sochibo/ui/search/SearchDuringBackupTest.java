package vn.sochibo.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import vn.sochibo.app.Services;
import vn.sochibo.application.audit.AuditTrail;
import vn.sochibo.application.backup.BackupService;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.common.Messages;
import vn.sochibo.application.member.MemberInput;
import vn.sochibo.application.search.SearchService;
import vn.sochibo.application.settings.SettingsService;
import vn.sochibo.domain.cell.CellProfile;
import vn.sochibo.domain.member.Gender;
import vn.sochibo.persistence.Database;
import vn.sochibo.ui.common.FxTaskRunner;
import vn.sochibo.ui.common.UiText;
import vn.sochibo.ui.meetings.Debouncer;
import vn.sochibo.ui.FxReads;
import vn.sochibo.ui.backup.HeldBackupStore;

/**
 * The window's runner with the daily backup on its queue, held in its check (the written file loaded into the
 * throwaway database): a search typed meanwhile shows its results before the backup ends, and the backup then
 * ends as before.
 */
class SearchDuringBackupTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T03:00:00Z"),
            ZoneId.of("Asia/Ho_Chi_Minh"));

    /** Typing "pauses" at once. */
    private static final Debouncer AT_ONCE = new Debouncer() {
        @Override
        public void schedule(Runnable action) {
            action.run();
        }

        @Override
        public void flush() {
        }

        @Override
        public void cancel() {
        }
    };

    @TempDir
    Path folder;
    Database db;
    final FxTaskRunner runner = new FxTaskRunner();
    private HeldBackupStore held;
    final List<Throwable> reported = new ArrayList<>();

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void cell() throws Exception {
        try (AppServices s = Services.open(folder, CLOCK)) {
            s.cell().save(new CellProfile("Chi bộ Thôn Đông", "Đảng bộ xã Hải Phong", "Quảng Trị",
                    LocalDate.of(2025, 6, 1), LocalDate.of(2030, 5, 31), null, null, List.of()));
            for (String name : List.of("Nguyễn Thị Hoà", "Lê Văn Bình")) {
                s.members().add(new MemberInput(name, Gender.FEMALE, LocalDate.of(1980, 5, 1), "Hải Phong",
                        "Nông dân", LocalDate.of(2010, 5, 19), LocalDate.of(2011, 5, 19), null, null, null));
            }
        }
        db = Database.open(folder);
    }

    @AfterEach
    void close() {
        if (held != null) {
            held.release.countDown();
        }
        runner.close();
        db.close();
    }

    @Test
    void aSearchTypedWhileTheBackupIsCheckedShowsItsResultsBeforeTheBackupEnds() throws Exception {
        var tx = db.transactions();
        AuditTrail audit = new AuditTrail(db.auditLog(), tx, CLOCK, "thu-ky");
        SettingsService settings = new SettingsService(db.settingsRepository(), tx, audit);
        held = new HeldBackupStore(db.backupStore());
        BackupService backups = new BackupService(held, db.backupKeys(), folder,
                () -> settings, audit, CLOCK);
        SearchService search = new SearchService(db.searchSource(), tx, Messages.vietnamese());
        CompletableFuture<BackupService.Result> backedUp = new CompletableFuture<>();
        Platform.runLater(() -> runner.run(() -> backups.backUp("daily"), backedUp::complete,
                backedUp::completeExceptionally));
        assertThat(held.checking.await(10, TimeUnit.SECONDS)).as("the backup reached its check").isTrue();

        // Typed now: the index is not even built yet, and the queue is held by the backup.
        SearchViewModel vm = FxReads.onFx(() -> {
            SearchViewModel model = new SearchViewModel(search, runner, UiText.vietnamese(), reported::add,
                    AT_ONCE);
            model.queryProperty().set("nguyen hoa");
            return model;
        });
        FxReads.await("the search's results", 10, () -> !vm.rows().isEmpty());

        assertThat(FxReads.onFx(() -> vm.rows().size())).as("a heading and the hit").isEqualTo(2);
        assertThat(FxReads.onFx(() -> vm.searchingProperty().get())).isFalse();
        assertThat(backedUp).as("the backup is still in its check").isNotDone();
        assertThat(FxReads.onFx(() -> runner.busyProperty().get())).as("the window still shows work going on").isTrue();

        held.release.countDown();
        BackupService.Result result = backedUp.get(20, TimeUnit.SECONDS);
        assertThat(Files.isRegularFile(result.backup().file())).isTrue();
        assertThat(result.backup().members()).isEqualTo(2);
        assertThat(FxReads.onFx(() -> runner.busyProperty().get())).isFalse();
        assertThat(reported).isEmpty();
    }
}
