package vn.sochibo.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import vn.sochibo.application.common.DataFolders;

/** The --data DIR option every subcommand takes. */
final class DataFolderOption {
    @Option(names = "--data", paramLabel = "DIR", descriptionKey = "option.data")
    Path dataFolder;

    Path folder() {
        return dataFolder != null ? dataFolder : DataFolders.defaultDataFolder();
    }
}
