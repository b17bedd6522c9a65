package vn.sochibo.cli;

import java.nio.file.Path;
import java.util.Arrays;
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
import vn.sochibo.application.common.PasswordPrompt;
import vn.sochibo.application.common.StoreException;

/**
 * {@code restore FILE} (or {@code --from FILE}): verifies the backup, backs up the current data, restores, and says
 * what the data folder holds now. A folder whose database does not open (damaged or foreign file) is restored too:
 * its file is set aside, not deleted. A protected folder is opened with {@code --password-stdin|--password-file} and
 * stays protected under that password; an encrypted backup made under another password needs
 * {@code --backup-password-stdin|--backup-password-file} (without it the folder's password is tried). Both
 * passwords are read before anything else, the folder's first.
 */
@Command(name = "restore")
final class RestoreCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(RestoreCommand.class);

    @Mixin
    DataFolderOption data;

    @Mixin
    PasswordOption password;

    @Mixin
    BackupPasswordOption backupPassword;

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
        char[] folderSecret = password.read(context.passwords());
        char[] backupSecret = null;
        try {
            backupSecret = backupPassword.read(context);
            PasswordPrompt folderPrompt = once(folderSecret);
            PasswordPrompt backupPrompt = once(backupSecret != null ? backupSecret : folderSecret);
            AppServices services;
            try {
                services = context.opener().open(data.folder(), folderPrompt);
            } catch (StoreException e) {
                if (!RestoreService.curesOpenFailure(e)) {
                    throw e;
                }
                LOG.warn("The data folder {} does not open; restoring it with its file set aside", data.folder(), e);
                context.err().println(context.messages().describe(e));
                return done(context.recovery().over(data.folder(), folderPrompt).restore(backup, backupPrompt));
            }
            try (services) {
                return done(services.restore(backup, backupPrompt));
            }
        } finally {
            wipe(folderSecret);
            wipe(backupSecret);
        }
    }

    /** Gives a copy of {@code secret} once (the store wipes it); after a wrong one, gives up. */
    private static PasswordPrompt once(char[] secret) {
        return (what, previousWasWrong) -> previousWasWrong || secret == null ? null : secret.clone();
    }

    private static void wipe(char[] secret) {
        if (secret != null) {
            Arrays.fill(secret, '\0');
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
        if (r.folderProtected()) {
            context.out().println(context.messages().format("cli.restore.stillProtected"));
        } else if (b.encrypted()) {
            context.out().println(context.messages().format("cli.restore.restoredPlain"));
        }
        return 0;
    }
}
