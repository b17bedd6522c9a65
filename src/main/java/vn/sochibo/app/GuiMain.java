package vn.sochibo.app;

import java.nio.file.Path;
import javafx.application.Application;
import vn.sochibo.application.common.DataFolders;

/** Starts the JavaFX window; kept apart from {@link Launcher} so the CLI path never loads JavaFX. */
final class GuiMain {
    private GuiMain() {
    }

    /**
     * The data folder: the one named by the system property {@value SoChiBoApp#DATA_FOLDER_PROPERTY}, or the
     * default one. Touches no logger, so that logging is set up by {@link EarlyOpen}'s thread, not the start's.
     */
    static Path dataFolder() {
        String named = System.getProperty(SoChiBoApp.DATA_FOLDER_PROPERTY);
        return named != null && !named.isBlank() ? Path.of(named) : DataFolders.defaultDataFolder();
    }

    static void launch(Path dataFolder) {
        System.setProperty(SoChiBoApp.DATA_FOLDER_PROPERTY, dataFolder.toString());
        // The folder opens while JavaFX starts; the window takes it (SoChiBoApp's opener).
        EarlyOpen.start(dataFolder, Services.opener());
        try {
            Application.launch(SoChiBoApp.class);
        } finally {
            EarlyOpen.closeIfNotTaken();
        }
    }
}
