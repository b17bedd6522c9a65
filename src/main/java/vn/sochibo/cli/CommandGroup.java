package vn.sochibo.cli;

import java.text.MessageFormat;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * A command that only groups subcommands ({@code members}, {@code meetings}, {@code minutes}, …): run on its
 * own it is a usage error naming the subcommands to choose from.
 */
abstract class CommandGroup implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public final void run() {
        String choices = String.join(", ", spec.subcommands().keySet());
        String pattern = spec.commandLine().getResourceBundle().getString("group.missingSubcommand");
        throw new ParameterException(spec.commandLine(), MessageFormat.format(pattern, choices));
    }
}
