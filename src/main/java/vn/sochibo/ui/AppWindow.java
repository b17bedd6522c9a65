package vn.sochibo.ui;

import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import vn.sochibo.domain.cell.CellProfile;
import vn.sochibo.ui.common.AppStyles;
import vn.sochibo.ui.common.AreaView;
import vn.sochibo.ui.common.UiContext;
import vn.sochibo.ui.firstrun.FirstRunView;
import vn.sochibo.ui.firstrun.FirstRunViewModel;
import vn.sochibo.ui.members.MemberDetailsViewModel;
import vn.sochibo.ui.members.MembersView;
import vn.sochibo.ui.members.MembersViewModel;
import vn.sochibo.ui.settings.SettingsView;
import vn.sochibo.ui.settings.SettingsViewModel;
import vn.sochibo.ui.shell.Area;
import vn.sochibo.ui.shell.MainWindow;
import vn.sochibo.ui.shell.PlaceholderView;
import vn.sochibo.ui.shell.ShellViewModel;

/**
 * The one application window: the first-run page while the data folder holds no cell, then the main window.
 * Builds each screen with its view model from the {@link UiContext}.
 */
public final class AppWindow {
    private final Stage stage;
    private final UiContext ctx;
    private final ObservableBooleanValue busy;
    private final Scene scene;

    public AppWindow(Stage stage, UiContext ctx, ObservableBooleanValue busy) {
        this.stage = stage;
        this.ctx = ctx;
        this.busy = busy;
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        this.scene = new Scene(new StackPane(), Math.min(1360, screen.getWidth()), Math.min(860, screen.getHeight()));
        scene.getStylesheets().add(AppStyles.stylesheet());
        ctx.textScale().attach(scene);
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
    }

    /** Shows the first-run choice; once a cell exists, the main window. */
    public void showFirstRun() {
        stage.titleProperty().unbind();
        stage.setTitle(ctx.text().appName());
        FirstRunViewModel vm = new FirstRunViewModel(ctx.services().cell(), ctx.services().demo(), ctx.tasks(),
                ctx.text());
        scene.setRoot(new FirstRunView(vm, ctx.text(), this::showMain).node());
    }

    public void showMain(CellProfile profile) {
        ShellViewModel shell = new ShellViewModel(ctx.text(), profile.cellName());
        MainWindow main = new MainWindow(shell, ctx.text(), area -> createArea(area, shell), busy,
                ctx.services().dataFolder().toString());
        stage.titleProperty().bind(shell.titleProperty());
        main.install(scene);
    }

    private AreaView createArea(Area area, ShellViewModel shell) {
        var services = ctx.services();
        return switch (area) {
            case MEMBERS -> new MembersView(
                    new MembersViewModel(services.members(), services.settings(), ctx.tasks(), ctx.text(),
                            ctx.errors()),
                    new MemberDetailsViewModel(services.members(), ctx.tasks(), ctx.text(), ctx.errors()), ctx);
            case SETTINGS -> {
                SettingsViewModel vm = new SettingsViewModel(services.cell(), services.members(), services.settings(),
                        ctx.tasks(), ctx.text(), ctx.errors(), ctx.textScale());
                vm.setOnProfileSaved(saved -> shell.setCellName(saved.cellName()));
                yield new SettingsView(vm, ctx.text());
            }
            default -> new PlaceholderView(area, ctx.text());
        };
    }
}
