package vn.sochibo.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Rectangle2D;
import atlantafx.base.theme.Styles;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.sochibo.application.backup.RestoreService;
import vn.sochibo.application.common.Messages;
import vn.sochibo.application.statistics.StatFormat;
import vn.sochibo.domain.cell.CellProfile;
import vn.sochibo.domain.common.ValidationException;
import vn.sochibo.ui.backup.AutoBackup;
import vn.sochibo.ui.backup.BackupStatus;
import vn.sochibo.ui.backup.BackupText;
import vn.sochibo.ui.common.AppStyles;
import vn.sochibo.ui.common.AreaView;
import vn.sochibo.ui.common.Mnemonics;
import vn.sochibo.ui.common.UiContext;
import vn.sochibo.ui.firstrun.ArchiveFileChooser;
import vn.sochibo.ui.firstrun.FirstRunView;
import vn.sochibo.ui.firstrun.FirstRunViewModel;
import vn.sochibo.ui.lock.AppLock;
import vn.sochibo.ui.meetings.MeetingsView;
import vn.sochibo.ui.members.MemberDetailsViewModel;
import vn.sochibo.ui.members.MembersView;
import vn.sochibo.ui.members.MembersViewModel;
import vn.sochibo.ui.pledges.PledgeEditorViewModel;
import vn.sochibo.ui.pledges.PledgesView;
import vn.sochibo.ui.pledges.PledgesViewModel;
import vn.sochibo.ui.reviews.ReviewSheetViewModel;
import vn.sochibo.ui.reviews.ReviewsView;
import vn.sochibo.ui.reviews.ReviewsViewModel;
import vn.sochibo.ui.settings.BackupSection;
import vn.sochibo.ui.settings.BackupViewModel;
import vn.sochibo.ui.settings.AuditViewModel;
import vn.sochibo.ui.settings.ArchiveSection;
import vn.sochibo.ui.settings.ArchiveViewModel;
import vn.sochibo.ui.settings.AutoLockRow;
import vn.sochibo.ui.settings.AutoLockViewModel;
import vn.sochibo.ui.settings.MeetingSettingsViewModel;
import vn.sochibo.ui.settings.PasswordSection;
import vn.sochibo.ui.settings.PasswordSectionViewModel;
import vn.sochibo.ui.settings.SettingsView;
import vn.sochibo.ui.settings.SettingsViewModel;
import vn.sochibo.ui.settings.VerifyViewModel;
import vn.sochibo.ui.settings.VoteSettingsViewModel;
import vn.sochibo.ui.shell.Area;
import vn.sochibo.ui.shell.DemoBanner;
import vn.sochibo.ui.shell.DemoBannerViewModel;
import vn.sochibo.ui.shell.MainWindow;
import vn.sochibo.ui.shell.PlaceholderView;
import vn.sochibo.ui.statistics.StatisticsView;
import vn.sochibo.ui.statistics.StatisticsViewModel;
import vn.sochibo.ui.shell.ShellViewModel;

/**
 * The one application window: the first-run page while the data folder holds no cell, then the main window.
 * Builds each screen with its view model from the {@link UiContext}. When the store under the window is closed
 * (the demo cell set aside), the {@link Reopener} opens the data folder again and the window starts over on
 * the new services.
 */
public final class AppWindow {
    private static final Logger LOG = LoggerFactory.getLogger(AppWindow.class);

    /**
     * Opens the data folder again, closing the current services first if they are still open, and gives the
     * context to build the screens with from now on. Throws (with a message key) when the folder cannot be
     * opened.
     */
    @FunctionalInterface
    public interface Reopener {
        UiContext reopen();
    }

    private final Stage stage;
    private final ObservableBooleanValue busy;
    private final Reopener reopener;
    private final Scene scene;
    private UiContext ctx;
    private MainWindow main;
    private final BackupStatus backupStatus;
    private final AutoBackup autoBackup;
    private ArchiveFileChooser archiveChooser;
    private final AppLock lock;

    public AppWindow(Stage stage, UiContext ctx, ObservableBooleanValue busy, Reopener reopener) {
        this(stage, ctx, busy, reopener, Clock.systemDefaultZone());
    }

    /** With the clock the idle lock counts minutes by (tests move it on instead of waiting). */
    public AppWindow(Stage stage, UiContext ctx, ObservableBooleanValue busy, Reopener reopener, Clock idleClock) {
        this.stage = stage;
        this.ctx = ctx;
        this.busy = busy;
        this.reopener = reopener;
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        this.scene = new Scene(new StackPane(), Math.min(1360, screen.getWidth()), Math.min(860, screen.getHeight()));
        scene.getStylesheets().add(AppStyles.stylesheet());
        ctx.textScale().attach(scene);
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.addEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, e -> savePending());
        this.backupStatus = new BackupStatus(ctx.text());
        this.autoBackup = new AutoBackup(() -> this.ctx.services(), ctx.tasks(), backupStatus);
        autoBackup.start();
        this.archiveChooser = ArchiveFileChooser.dialog(ctx.text());
        this.lock = new AppLock(stage, ctx.text(), ctx.textScale(), ctx.tasks(), idleClock, new AppLock.Host() {
            @Override
            public void savePending() {
                AppWindow.this.savePending();
            }

            @Override
            public vn.sochibo.application.security.PasswordService security() {
                return AppWindow.this.ctx.services().security();
            }

            @Override
            public void quit() {
                Platform.exit();
            }
        });
        lock.start();
    }

    /** The app ends: the idle lock stops watching the windows. */
    public void close() {
        lock.stop();
    }

    /** The folder's password and the auto-lock minutes, read again from the open folder. */
    private void configureLock() {
        try {
            var services = ctx.services();
            lock.configure(services.security().isProtected(), services.settings().autoLockMinutes());
        } catch (RuntimeException e) {
            LOG.warn("Could not read the auto-lock settings", e);
        }
    }

    /** How the first run asks for the handover archive (the system's open dialog unless a test hands in a file). */
    public void setArchiveChooser(ArchiveFileChooser chooser) {
        this.archiveChooser = java.util.Objects.requireNonNull(chooser, "chooser");
    }

    /**
     * The app ends: queues the exit backup (skipped when nothing changed since the newest backup) after the
     * pending saves; the background runner finishes its queue, within its time limit, before the store closes.
     */
    public void backUpOnExit() {
        autoBackup.backUpOnExit();
    }

    /**
     * Saves what the area shown still holds (text typed less than a moment ago): called when the window is
     * closed and when the app ends. The save is queued on the background runner, which finishes its queue
     * before the store is closed.
     */
    public void savePending() {
        if (main != null) {
            main.leave();
        }
    }

    /** The first-run page or the main window, whichever the open data folder calls for. */
    public void show(Optional<CellProfile> profile) {
        profile.ifPresentOrElse(this::showMain, this::showFirstRun);
    }

    /** Shows the first-run choice; once a cell exists, the main window. */
    public void showFirstRun() {
        lock.setTitle(null);
        autoBackup.setBeforeCheck(() -> { });
        configureLock();
        FirstRunViewModel vm = new FirstRunViewModel(ctx.services().cell(), ctx.services().demo(),
                ctx.services().archive(), ctx.services().audit().zone(), ctx.tasks(), ctx.text());
        leaveCurrentRoot();
        main = null;
        scene.setRoot(new FirstRunView(vm, ctx.text(), archiveChooser, this::showMain).node());
    }

    public void showMain(CellProfile profile) {
        ShellViewModel shell = new ShellViewModel(ctx.text(), profile.cellName());
        MainWindow main = new MainWindow(shell, ctx.text(), area -> createArea(area, shell), busy,
                ctx.services().dataFolder().toString());
        vn.sochibo.ui.search.SearchViewModel search = new vn.sochibo.ui.search.SearchViewModel(
                ctx.services().search(), ctx.tasks(), ctx.text(), ctx.errors(),
                new vn.sochibo.ui.meetings.FxDebouncer(javafx.util.Duration.millis(250)));
        main.enableSearch(search, new vn.sochibo.ui.search.SearchResultsView(search, ctx.text()));
        autoBackup.setBeforeCheck(search::warmUp);
        DemoBannerViewModel banner = new DemoBannerViewModel(ctx.services().settings(),
                ctx.services()::setDemoCellAside, ctx.tasks());
        if (banner.visibleProperty().get()) {
            main.setBanner(new DemoBanner(banner, ctx.text(), ctx.dialogs(), this::demoSetAside,
                    this::demoNotSetAside).node());
        }
        Label backupProblem = new Label();
        backupProblem.setId("backupProblem");
        backupProblem.getStyleClass().add(Styles.WARNING);
        backupProblem.textProperty().bind(backupStatus.messageProperty());
        backupProblem.visibleProperty().bind(backupStatus.problemProperty());
        backupProblem.managedProperty().bind(backupProblem.visibleProperty());
        main.addStatus(backupProblem);
        main.addStatus(lock.lockNowButton());
        lock.setTitle(shell.titleProperty());
        configureLock();
        leaveCurrentRoot();
        this.main = main;
        main.install(scene);
    }

    /** Forgets the shortcuts and Alt keys of the page about to be replaced. */
    private void leaveCurrentRoot() {
        scene.getAccelerators().clear();
        Mnemonics.forget(scene, scene.getRoot());
    }

    /** The demo cell is in its own folder now and the store is closed: open the empty data folder. */
    private void demoSetAside(Path aside) {
        int textPercent = ctx.textScale().percent();
        if (!reopen()) {
            return;
        }
        try {
            // The text size chosen while trying the demo stays the secretary's choice.
            ctx.services().settings().setTextScalePercent(textPercent);
        } catch (RuntimeException e) {
            LOG.warn("Could not keep the text size in the new data folder", e);
        }
        show(ctx.services().cell().profile());
        ctx.dialogs().showInfo(ctx.text().format("demoBanner.done", aside));
    }

    /**
     * The demo could not be set aside; nothing was deleted. A refusal leaves the store open as it was;
     * after any other failure the store may be closed, so the folder is opened again, as it now is.
     */
    private void demoNotSetAside(Throwable failure) {
        ctx.dialogs().showFailure(failure);
        if (failure instanceof ValidationException) {
            return;
        }
        if (reopen()) {
            show(ctx.services().cell().profile());
        }
    }

    /** The data folder was restored from a backup and its store closed: open it again and say what happened. */
    private void restored(RestoreService.Restored restored) {
        if (!reopen()) {
            return;
        }
        show(ctx.services().cell().profile());
        ctx.dialogs().showInfo(ctx.text().format("backup.restore.done", BackupText.summary(ctx.text(),
                restored.backup()), restored.previousSetAside()) + BackupText.protection(ctx.text(), restored));
    }

    /** A restore was refused or failed: say why; when the store was closed on the way, open the folder again. */
    private void notRestored(Throwable failure) {
        ctx.dialogs().showFailure(failure);
        if (!ctx.services().isOpen() && reopen()) {
            show(ctx.services().cell().profile());
        }
    }

    /** Opens the data folder again; when it cannot be opened, says why and ends the app (nothing is lost). */
    private boolean reopen() {
        try {
            ctx = reopener.reopen();
            return true;
        } catch (RuntimeException e) {
            LOG.error("Could not open the data folder again", e);
            ctx.dialogs().showFailure(e);
            Platform.exit();
            return false;
        }
    }

    /** The member whose dossier "Hồ sơ" asked for, until "Sổ & hồ sơ" takes it. */
    private java.util.UUID pendingDossier;

    private java.util.UUID takePendingDossier() {
        java.util.UUID id = pendingDossier;
        pendingDossier = null;
        return id;
    }

    private AreaView createArea(Area area, ShellViewModel shell) {
        var services = ctx.services();
        return switch (area) {
            case MEMBERS -> {
                MembersView view = new MembersView(
                        new MembersViewModel(services.members(), services.settings(), ctx.tasks(), ctx.text(),
                                ctx.errors()),
                        new MemberDetailsViewModel(services.members(), ctx.tasks(), ctx.text(), ctx.errors()), ctx);
                // "Hồ sơ" in the member's details: the dossier in "Sổ & hồ sơ", opened on that member.
                view.setOnOpenDossier(id -> {
                    pendingDossier = id;
                    shell.show(Area.PRINTING);
                });
                yield view;
            }
            case MEETINGS -> new MeetingsView(ctx);
            case REVIEWS -> new ReviewsView(
                    new ReviewsViewModel(services.reviews(), services.reviewDocuments(), ctx.tasks(), ctx.text(),
                            ctx.errors()),
                    new ReviewSheetViewModel(services.reviews(), services.reviewDocuments(), ctx.tasks(), ctx.text()),
                    ctx);
            case PLEDGES -> new PledgesView(
                    new PledgesViewModel(services.pledges(), services.pledgeDocuments(), ctx.tasks(), ctx.text(),
                            ctx.errors()),
                    new PledgeEditorViewModel(services.pledges(), services.pledgeDocuments(), services.members(),
                            services.meetings(), services.cell(), ctx.tasks(), ctx.text()), ctx);
            case SETTINGS -> {
                SettingsViewModel vm = new SettingsViewModel(services.cell(), services.members(), services.settings(),
                        ctx.tasks(), ctx.text(), ctx.errors(), ctx.textScale());
                vm.setOnProfileSaved(saved -> shell.setCellName(saved.cellName()));
                SettingsView view = new SettingsView(vm,
                        new MeetingSettingsViewModel(services.settings(), ctx.tasks(), ctx.text(), ctx.errors()),
                        new VoteSettingsViewModel(services.settings(), ctx.tasks(), ctx.text(), ctx.errors()),
                        new VerifyViewModel(services.integrity(), ctx.tasks(), ctx.text(), ctx.errors()),
                        new AuditViewModel(services.audit(), ctx.tasks(), ctx.text(), ctx.errors()), ctx.text());
                view.addDataSection(new BackupSection(new BackupViewModel(services, ctx.tasks(), ctx.text(),
                        ctx.errors(), backupStatus), ctx.text(), ctx.dialogs(), this::restored, this::notRestored)
                        .node());
                PasswordSectionViewModel password = new PasswordSectionViewModel(services.security(), ctx.tasks(),
                        ctx.text(), ctx.errors());
                password.protectedProperty().addListener((obs, was, now) -> lock.setProtected(now));
                AutoLockViewModel autoLock = new AutoLockViewModel(services.settings(), ctx.tasks(), ctx.text(),
                        ctx.errors(), lock::setMinutes);
                view.addDataSection(new PasswordSection(password, ctx.text())
                        .addRow(new AutoLockRow(autoLock, password.protectedProperty(), ctx.text()).node()).node());
                view.addDataSection(new ArchiveSection(
                        new ArchiveViewModel(services.archive(), ctx.tasks(), ctx.text()), ctx.text()).node());
                yield view;
            }
            case PRINTING -> new vn.sochibo.ui.books.BooksView(new vn.sochibo.ui.books.BooksViewModel(services.books(),
                    services.dossiers(), services.members(), ctx.tasks(), ctx.text()), ctx, this::takePendingDossier);
            case STATISTICS -> new StatisticsView(new StatisticsViewModel(services.statistics(), ctx.tasks(),
                    ctx.text(), ctx.errors(), new StatFormat(Messages.vietnamese())), ctx.text(), ctx.dialogs());
            default -> new PlaceholderView(area, ctx.text());
        };
    }
}
