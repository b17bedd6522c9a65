package vn.sochibo.app;

import java.nio.file.Path;

/**
 * Points the rolling log file ({@link LogConfigurator}) at the data folder's logs/ folder. Must run before the first
 * logger is created.
 */
final class Logging {
    static final String LOG_DIR_PROPERTY = "sochibo.logDir";

    private Logging() {
    }

    static void configure(Path dataFolder) {
        if (System.getProperty(LOG_DIR_PROPERTY) == null) {
            System.setProperty(LOG_DIR_PROPERTY, dataFolder.toAbsolutePath().resolve("logs").toString());
        }
    }
}
