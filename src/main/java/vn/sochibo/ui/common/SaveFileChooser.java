package vn.sochibo.ui.common;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** Asks where to save a file: the system's save dialog in the app; tests answer with a file of their own. */
@FunctionalInterface
public interface SaveFileChooser {
    /**
     * @param filterLabel the file type in words ("Tệp CSV (Excel)")
     * @param extension   without the dot ("csv"); the chosen name gets it when it lacks it
     * @return the file, or empty when the secretary cancelled
     */
    Optional<Path> choose(Window owner, String title, String initialName, String filterLabel, String extension);

    /** The system's save dialog. */
    static SaveFileChooser system() {
        return (owner, title, initialName, filterLabel, extension) -> {
            javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
            chooser.setTitle(title);
            chooser.setInitialFileName(initialName);
            chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(filterLabel,
                    "*." + extension));
            java.io.File file = chooser.showSaveDialog(owner);
            if (file == null) {
                return Optional.empty();
            }
            Path path = file.toPath();
            String name = path.getFileName().toString();
            return Optional.of(name.toLowerCase(java.util.Locale.ROOT).endsWith("." + extension) ? path
                    : path.resolveSibling(name + "." + extension));
        };
    }
}
