package vn.sochibo.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.sochibo.app.Services;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.document.DocumentPrinter;

/** A protected data folder at start: a wrong password is said so and asked again; the right one opens it. */
class UnlockFlowTest extends HeadlessAppTest {
    private static final AppServices.Opener OPENER = Services.openerForTests(Clock.systemDefaultZone(),
            (pdf, name) -> DocumentPrinter.Outcome.CANCELLED, 1_000);

    private void await(String what, BooleanSupplier condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean shown(String query) {
        return lookup(query).tryQuery().filter(Node::isVisible).isPresent();
    }

    @Test
    void aWrongPasswordIsRefusedThenTheRightOneOpensTheFolder() throws Exception {
        try (AppServices services = OPENER.open(folder)) {
            services.security().setPassword("right password".toCharArray());
        }
        long timeout = FxToolkit.toolkitContext().getSetupTimeoutInMillis();
        FxToolkit.toolkitContext().setSetupTimeoutInMillis(120_000);
        // start() waits in the password dialog, so the app is started from another thread.
        CompletableFuture<Void> started = CompletableFuture.runAsync(() -> {
            try {
                startApp(OPENER);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            await("the password is asked for", () -> shown("#unlockPassword"));
            assertThat(shown("#unlockProblem")).isFalse();
            clickOn("#unlockPassword").write("wrong password");
            clickOn("#unlockOpen");
            await("the wrong password is said so", () -> shown("#unlockProblem"));
            clickOn("#unlockPassword").write("right password");
            clickOn("#unlockOpen");
            started.get(60, TimeUnit.SECONDS);
            await("the first-run page is shown", () -> shown("#firstRun"));
            assertThat(shown("#unlockPassword")).isFalse();
        } finally {
            FxToolkit.toolkitContext().setSetupTimeoutInMillis(timeout);
            if (!started.isDone()) {
                started.cancel(true);
            }
        }
    }
}
