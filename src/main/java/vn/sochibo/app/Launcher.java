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
        System.exit(code);
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
