package vn.sochibo.ui;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import vn.sochibo.app.Services;
import vn.sochibo.app.SoChiBoApp;
import vn.sochibo.application.common.AppServices;

/** Base of the TestFX flows: the real application, headless (Monocle), on a temporary data folder. */
abstract class HeadlessAppTest extends FxRobot {
    @TempDir
    Path folder;
    Stage stage;
    Application app;

    void startApp() throws Exception {
        startApp(Services::open);
    }

    /** The real application, opening the data folder through {@code opener} (e.g. with a recording printer). */
    void startApp(AppServices.Opener opener) throws Exception {
        startApp(opener, java.time.Clock.systemDefaultZone());
    }

    /** The same, with the clock the idle lock counts minutes by (a test moves it on instead of waiting). */
    void startApp(AppServices.Opener opener, java.time.Clock idleClock) throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(() -> new SoChiBoApp(opener, Services::recovery, idleClock) {
            @Override
            public void init() {
                // The test names the data folder itself; the system property is for the launcher.
            }

            @Override
            public void start(Stage primary) {
                System.setProperty(SoChiBoApp.DATA_FOLDER_PROPERTY, folder.toString());
                try {
                    super.start(primary);
                } finally {
                    System.clearProperty(SoChiBoApp.DATA_FOLDER_PROPERTY);
                }
            }
        });
    }

    @AfterEach
    void stopApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    /** Waits up to ten seconds until the condition holds (then lets the UI settle), naming it if it never does. */
    static void await(String what, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        await(what, 10, condition);
    }

    /** The same, for steps that may take longer (rendering, backups). */
    static void await(String what, int seconds, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(seconds, java.util.concurrent.TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what, e);
        }
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }
}
