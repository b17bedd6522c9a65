package vn.sochibo.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.sochibo.application.backup.RestoreService;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.common.StoreException;

/**
 * {@code restore FILE} (or {@code --from FILE}): verifies the backup, backs up the current data, restores, and says
 * what the data folder holds now. A folder whose database does not open (damaged or foreign file) is restored too:
 * its file is set aside, not deleted.
 */
@Command(name = "restore")
final class RestoreCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(RestoreCommand.class);

    @Mixin
    DataFolderOption data;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", descriptionKey = "param.backupFile")
    Path file;

    @Option(names = "--from", paramLabel = "FILE", descriptionKey = "option.from")
    Path from;

    private final CliContext context;

    RestoreCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if ((file == null) == (from == null)) {
            throw new ParameterException(spec.commandLine(),
                    spec.commandLine().getResourceBundle().getString("restore.oneFile"));
        }
        Path backup = file != null ? file : from;
        AppServices services;
        try {
            services = context.opener().open(data.folder());
        } catch (StoreException e) {
            if (!RestoreService.curesOpenFailure(e)) {
                throw e;
            }
            LOG.warn("The data folder {} does not open; restoring it with its file set aside", data.folder(), e);
            context.err().println(context.messages().describe(e));
            return done(context.recovery().over(data.folder()).restore(backup));
        }
        try (services) {
            return done(services.restore(backup));
        }
    }

    private int done(RestoreService.Restored r) {
        var b = r.backup();
        context.out().println(context.messages().format("cli.restore.done", b.file(), BackupCommand.when(b),
                b.members(), b.meetings()));
        if (r.backupOfPrevious() != null) {
            context.out().println(context.messages().format("cli.restore.previousBackup", r.backupOfPrevious().file()));
        }
        if (r.previousSetAside() != null) {
            context.out().println(context.messages().format("cli.restore.previousSetAside", r.previousSetAside()));
        }
        return 0;
    }
}
