package vn.sochibo.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import vn.sochibo.application.common.AppServices;

/**
 * Base of the subcommands: opens the data folder, runs, closes it cleanly, and turns every failure into a
 * Vietnamese message on standard error and exit code 1.
 */
abstract class Subcommand implements Callable<Integer> {
    @Mixin
    DataFolderOption data;

    final CliContext context;

    Subcommand(CliContext context) {
        this.context = context;
    }

    @Override
    public final Integer call() {
        try (AppServices services = context.opener().open(data.folder())) {
            return run(services);
        }
    }

    abstract int run(AppServices services);

    String text(String key, Object... args) {
        return context.messages().format(key, args);
    }
}
