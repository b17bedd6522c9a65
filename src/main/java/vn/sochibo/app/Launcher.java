package vn.sochibo.app;

import java.nio.file.Path;
import vn.sochibo.application.common.DataFolders;
import vn.sochibo.cli.Cli;

/**
 * The entry point of {@code java -jar sochibo.jar}: no arguments opens the window; anything else runs the
 * headless command line, which never loads JavaFX and needs no display. A plain class (not an
 * {@code Application}) so that JavaFX on the class path starts without "runtime components are missing".
 */
public final class Launcher {
    /** Set by the installer's build for its class-data training run (see {@link #openWindowOnce}). */
    static final String TRAINING_PROPERTY = "sochibo.cdsTraining";

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            Path dataFolder = GuiMain.dataFolder();
            Logging.configure(dataFolder);
            GuiMain.launch(dataFolder);
            return;
        }
        Logging.configure(dataFolderFrom(args));
        int code = Cli.run(args, Services.opener(), Services.recovery());
        if (code == 0 && Boolean.getBoolean(TRAINING_PROPERTY)) {
            openWindowOnce(dataFolderFrom(args));
        }
        System.exit(code);
    }

    /**
     * The class-data training run of the installer's build (installer/build.sh): after the command, the window
     * opens once on the same folder and closes as soon as it is shown, so that the archive recorded at the exit
     * holds the classes of both the command line and the window's start. Without a display, the command's only.
     */
    private static void openWindowOnce(Path dataFolder) {
        System.setProperty(SoChiBoApp.EXIT_WHEN_SHOWN_PROPERTY, "true");
        try {
            GuiMain.launch(dataFolder);
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(Launcher.class)
                    .warn("The window could not open for the training run; the archive holds the command's classes only", e);
        }
    }

    /** The folder named by --data (either "--data DIR" or "--data=DIR"), for the log file only. */
    static Path dataFolderFrom(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data") && i + 1 < args.length) {
                return Path.of(args[i + 1]);
            }
            if (args[i].startsWith("--data=")) {
                return Path.of(args[i].substring("--data=".length()));
            }
        }
        return DataFolders.defaultDataFolder();
    }
}
