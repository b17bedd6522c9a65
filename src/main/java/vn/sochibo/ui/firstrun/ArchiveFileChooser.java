package vn.sochibo.ui.firstrun;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import vn.sochibo.ui.common.UiText;

/**
 * Asks which handover archive to open. The app shows the system's open dialog; tests hand in a file instead
 * (a native dialog cannot be driven headless).
 */
@FunctionalInterface
public interface ArchiveFileChooser {
    /** The file chosen, empty when the secretary cancelled. */
    Optional<Path> choose(Window owner);

    /** The system's open dialog, showing handover archives (*.zip) first. */
    static ArchiveFileChooser dialog(UiText text) {
        return owner -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(text.plain("handover.chooseTitle"));
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter(text.text("archive.fileFilter"), "*.zip", "*.ZIP"),
                    new FileChooser.ExtensionFilter(text.text("handover.allFiles"), "*.*"));
            File file = chooser.showOpenDialog(owner);
            return Optional.ofNullable(file).map(File::toPath);
        };
    }
}
