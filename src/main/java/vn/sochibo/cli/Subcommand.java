package vn.sochibo.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.common.PasswordPrompt;
import vn.sochibo.domain.common.Problem;
import vn.sochibo.domain.common.ValidationException;

/**
 * Base of the subcommands: opens the data folder (with the password of a protected one), runs, closes it cleanly, and turns every failure into a
 * Vietnamese message on standard error and exit code 1.
 */
abstract class Subcommand implements Callable<Integer> {
    @Mixin
    DataFolderOption data;

    @Mixin
    PasswordOption password;

    final CliContext context;
    /** The password the folder was opened with, kept for the {@code password} commands; wiped at the end. */
    private char[] currentPassword;

    private void wipe() {
        if (currentPassword != null) {
            java.util.Arrays.fill(currentPassword, '\0');
            currentPassword = null;
        }
    }

    Subcommand(CliContext context) {
        this.context = context;
    }

    @Override
    public final Integer call() {
        checkArguments();
        PasswordPrompt given = password.prompt(context.passwords());
        PasswordPrompt keeping = (folder, wrong) -> {
            char[] p = given.password(folder, wrong);
            wipe();
            currentPassword = p == null ? null : p.clone();
            return p;
        };
        try (AppServices services = context.opener().open(data.folder(), keeping)) {
            return run(services);
        } finally {
            wipe();
        }
    }

    abstract int run(AppServices services);

    /** Refuses wrong arguments before the data folder is opened (or created), so that they change nothing. */
    void checkArguments() {
    }

    /**
     * The current password again, for the {@code password} commands: the folder was opened with it. Read from
     * a file again, or kept from standard input (which cannot be read twice).
     */
    char[] currentPassword() {
        char[] current = currentPassword == null ? null : currentPassword.clone();
        if (current == null) {
            throw new ValidationException(Problem.of("password", "password.error.notSet"));
        }
        return current;
    }

    String text(String key, Object... args) {
        return context.messages().format(key, args);
    }
}
