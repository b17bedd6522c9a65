package vn.sochibo.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import vn.sochibo.application.common.StoreException;

/**
 * The password of an encrypted backup made under another password than the data folder's current one
 * ({@code --backup-password-file F} or {@code --backup-password-stdin}: the next line of standard input, after the
 * folder's own {@code --password-stdin}). Without it, the folder's password is tried on the backup. Never a plain
 * argument.
 */
final class BackupPasswordOption {
    @Option(names = "--backup-password-file", paramLabel = "FILE", descriptionKey = "option.backupPasswordFile")
    Path file;

    @Option(names = "--backup-password-stdin", descriptionKey = "option.backupPasswordStdin")
    boolean stdin;

    /** The password, read now; null when neither option was given. */
    char[] read(CliContext context) {
        if (file != null && stdin) {
            throw new StoreException("cli.restore.bothBackupPasswordOptions", null);
        }
        if (file != null) {
            return PasswordInput.fromFile(file);
        }
        return stdin ? context.passwords().nextLine() : null;
    }
}
