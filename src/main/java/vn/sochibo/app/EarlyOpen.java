package vn.sochibo.app;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.LoggerFactory;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.common.PasswordPrompt;
import vn.sochibo.domain.common.VietnameseNames;

/**
 * Opens the data folder on a background thread while JavaFX starts, so that the two overlap on a two-core laptop
 * instead of taking turns (docs/performance.md, "Start-up"). The window then takes the opened store from
 * {@link #opener(AppServices.Opener)} instead of opening it itself.
 *
 * <p>Only the plain case is done early. A protected folder (its password is asked in the window), and any failure
 * (folder in use, a damaged file), leaves nothing open: the window opens the folder again the usual way and shows
 * the same messages and recovery as before.
 */
final class EarlyOpen {
    /** The one early opening of this process, taken once by the window (or closed if the window never takes it). */
    private static final AtomicReference<EarlyOpen> PENDING = new AtomicReference<>();

    private final Path folder;
    private final CompletableFuture<AppServices> services = new CompletableFuture<>();

    private EarlyOpen(Path folder) {
        this.folder = folder;
    }

    /** Starts opening {@code folder} with {@code opener} on a daemon thread; the logging is set up there too. */
    static void start(Path folder, AppServices.Opener opener) {
        EarlyOpen early = new EarlyOpen(folder);
        PENDING.set(early);
        Thread thread = new Thread(() -> early.open(opener), "sochibo-early-open");
        thread.setDaemon(true);
        thread.start();
    }

    private void open(AppServices.Opener opener) {
        try {
            // The first logger sets up logging (a tenth of a second): here, off the path of the window.
            LoggerFactory.getLogger(EarlyOpen.class);
            AppServices opened = opener.open(folder, EarlyOpen::refusePassword);
            warmUpCollator();
            services.complete(opened);
        } catch (RuntimeException | Error e) {
            services.completeExceptionally(e);
        }
    }

    /**
     * The first area sorts the roster: the JDK builds its Vietnamese collation rules once per process (tens of ms),
     * here rather than on the window's thread. Only a warm-up: nothing may keep the opened store from the window.
     */
    private static void warmUpCollator() {
        try {
            VietnameseNames.comparator();
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(EarlyOpen.class).debug("Could not build the collator early", e);
        }
    }

    private static char[] refusePassword(Path folder, boolean previousWasWrong) {
        throw new PasswordNeeded();
    }

    /**
     * An opener that hands over the early-opened store when it is asked for the same folder the first time, and
     * otherwise (another folder, a reopen, an early failure) opens with {@code usual}.
     */
    static AppServices.Opener opener(AppServices.Opener usual) {
        return new AppServices.Opener() {
            @Override
            public AppServices open(Path dataFolder) {
                return open(dataFolder, PasswordPrompt.NONE);
            }

            @Override
            public AppServices open(Path dataFolder, PasswordPrompt prompt) {
                EarlyOpen early = PENDING.getAndSet(null);
                if (early != null && early.folder.equals(dataFolder)) {
                    AppServices opened = early.await();
                    if (opened != null) {
                        return opened;
                    }
                } else if (early != null) {
                    early.closeWhenDone();
                }
                return usual.open(dataFolder, prompt);
            }
        };
    }

    /** The opened store, or null when the early opening failed (the caller then opens the usual way). */
    private AppServices await() {
        try {
            return services.join();
        } catch (RuntimeException e) {
            if (!(e.getCause() instanceof PasswordNeeded)) {
                LoggerFactory.getLogger(EarlyOpen.class)
                        .info("The data folder did not open in the background; the window opens it again", e);
            }
            return null;
        }
    }

    /** Closes the early-opened store if nobody took it (the window never started, or asked for another folder). */
    static void closeIfNotTaken() {
        EarlyOpen early = PENDING.getAndSet(null);
        if (early != null) {
            early.closeWhenDone();
        }
    }

    private void closeWhenDone() {
        services.thenAccept(AppServices::close);
    }

    /** Thrown by the early opening's password prompt: a protected folder is opened by the window, which asks. */
    private static final class PasswordNeeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PasswordNeeded() {
            super("the folder is protected; the window asks for its password", null, false, false);
        }
    }
}
