package vn.sochibo.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.domain.common.Problem;
import vn.sochibo.domain.common.ValidationException;

/**
 * The password of the data folder: set, change, remove (ADR 0009). Passwords come from standard input, one a
 * line, or from files; never from the command line. {@code change} and {@code remove} open the folder with
 * the current password ({@code --password-stdin}: the first line; {@code --password-file F}).
 */
@Command(name = "password", subcommands = {PasswordCommand.Set.class, PasswordCommand.Change.class,
        PasswordCommand.Remove.class})
final class PasswordCommand extends CommandGroup {

    /** The new password: from {@code --new-password-file F}, else the next line of standard input. */
    static final class NewPasswordOption {
        @Option(names = "--new-password-file", paramLabel = "FILE", descriptionKey = "option.newPasswordFile")
        Path file;

        char[] read(CliContext context) {
            char[] password = file != null ? PasswordInput.fromFile(file) : context.passwords().nextLine();
            if (password == null) {
                throw new ValidationException(Problem.of("password", "cli.password.missingNew"));
            }
            return password;
        }
    }

    @Command(name = "set")
    static final class Set extends Subcommand {
        @picocli.CommandLine.Mixin
        NewPasswordOption newPassword;

        Set(CliContext context) {
            super(context);
        }

        @Override
        int run(AppServices services) {
            services.security().setPassword(newPassword.read(context));
            context.out().println(text("cli.password.set.done"));
            return 0;
        }
    }

    @Command(name = "change")
    static final class Change extends Subcommand {
        @picocli.CommandLine.Mixin
        NewPasswordOption newPassword;

        Change(CliContext context) {
            super(context);
        }

        @Override
        int run(AppServices services) {
            char[] current = currentPassword();
            services.security().changePassword(current, newPassword.read(context));
            context.out().println(text("cli.password.change.done"));
            return 0;
        }
    }

    @Command(name = "remove")
    static final class Remove extends Subcommand {
        Remove(CliContext context) {
            super(context);
        }

        @Override
        int run(AppServices services) {
            services.security().removePassword(currentPassword());
            context.out().println(text("cli.password.remove.done"));
            return 0;
        }
    }
}
