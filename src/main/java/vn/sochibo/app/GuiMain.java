package vn.sochibo.app;

import java.nio.file.Path;
import javafx.application.Application;

/** Starts the JavaFX window; kept apart from {@link Launcher} so the CLI path never loads JavaFX. */
final class GuiMain {
    private GuiMain() {
    }

    static Path dataFolder() {
        return SoChiBoApp.dataFolder();
    }

    static void launch(Path dataFolder) {
        System.setProperty(SoChiBoApp.DATA_FOLDER_PROPERTY, dataFolder.toString());
        Application.launch(SoChiBoApp.class);
    }
}
