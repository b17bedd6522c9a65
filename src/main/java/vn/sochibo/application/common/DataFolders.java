package vn.sochibo.application.common;

import java.nio.file.Path;
import java.util.Locale;

/** Where the data lives when no --data folder is given: the user's data folder, never the install folder. */
public final class DataFolders {
    private DataFolders() {
    }

    public static Path defaultDataFolder() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return Path.of(appData != null ? appData : home, "SoChiBo");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "SoChiBo");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "sochibo") : Path.of(home, ".local", "share", "sochibo");
    }
}
