package vn.sochibo.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import vn.sochibo.application.common.PasswordPrompt;

/**
 * How a subcommand gets the password of a protected data folder: {@code --password-stdin} (the first line of
 * standard input) or {@code --password-file F}. Never a plain argument: it would show in the process list and
 * the shell history.
 */
final class PasswordOption {
    @Option(names = "--password-stdin", descriptionKey = "option.passwordStdin")
    boolean fromStdin;

    @Option(names = "--password-file", paramLabel = "FILE", descriptionKey = "option.passwordFile")
    Path file;

    boolean given() {
        return fromStdin || file != null;
    }

    /** The password given, read now; null when none was given. */
    char[] read(PasswordInput input) {
        if (file != null) {
            return PasswordInput.fromFile(file);
        }
        return fromStdin ? input.nextLine() : null;
    }

    /** Gives the password once; after a wrong one, gives up (a script cannot type another). */
    PasswordPrompt prompt(PasswordInput input) {
        return (folder, previousWasWrong) -> previousWasWrong ? null : read(input);
    }
}
