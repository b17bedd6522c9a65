package vn.sochibo.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import vn.sochibo.application.common.AppInfo;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.common.FileRejectedException;
import vn.sochibo.application.common.Messages;
import vn.sochibo.application.common.PasswordRequiredException;
import vn.sochibo.application.common.StoreException;
import vn.sochibo.domain.common.ValidationException;

/**
 * The headless command line over the same application services as the GUI: for scripting, backups,
 * tests and benchmarks. Help and messages are in Vietnamese (bundles i18n/cli and i18n/messages).
 */
public final class Cli {
    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    private Cli() {
    }

    /** The subcommands, in the order the usage lists them. */
    static final List<Class<?>> COMMANDS = List.of(ArchiveCommand.class, AuditCommand.class, DemoCommand.class,
            ExportCommand.class, ImportCommand.class, InfoCommand.class, MeetingsCommand.class, MembersCommand.class,
            MinutesCommand.class, PasswordCommand.class, ResolutionCommand.class, VerifyCommand.class,
            BackupCommand.class, RestoreCommand.class, PledgesCommand.class, ReviewCommand.class, BookCommand.class,
            SearchCommand.class, StatsCommand.class);

    @Command(name = "sochibo", mixinStandardHelpOptions = true, versionProvider = Version.class)
    static final class Root implements Runnable {
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            spec.commandLine().usage(spec.commandLine().getOut());
        }
    }

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Sổ Chi Bộ " + AppInfo.version()};
        }
    }

    private static final AppServices.Recovery NO_RECOVERY = folder -> {
        throw new StoreException("store.error.open", null, folder.toString());
    };

    /** Runs the command line on the process's standard streams; returns the exit code. */
    public static int run(String[] args, AppServices.Opener opener, AppServices.Recovery recovery) {
        java.io.Console console = System.console();
        java.nio.charset.Charset charset = console != null ? console.charset() : java.nio.charset.StandardCharsets.UTF_8;
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, charset), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, charset), true);
        java.io.Reader in = new java.io.InputStreamReader(System.in, charset);
        return execute(args, opener, recovery, in, out, err);
    }

    /** Runs the command line with nothing on standard input; returns the process exit code. */
    public static int execute(String[] args, AppServices.Opener opener, PrintWriter out, PrintWriter err) {
        return execute(args, opener, NO_RECOVERY, java.io.Reader.nullReader(), out, err);
    }

    /** With passwords read from {@code in} ({@code --password-stdin}). */
    public static int execute(String[] args, AppServices.Opener opener, java.io.Reader in, PrintWriter out,
            PrintWriter err) {
        return execute(args, opener, NO_RECOVERY, in, out, err);
    }

    /** With the recovery of a data folder whose database does not open ({@code restore} falls back to it). */
    public static int execute(String[] args, AppServices.Opener opener, AppServices.Recovery recovery, PrintWriter out,
            PrintWriter err) {
        return execute(args, opener, recovery, java.io.Reader.nullReader(), out, err);
    }

    /**
     * Runs the command line; returns the process exit code (0 done, 1 refused or failed, 2 bad usage).
     * Passwords are read from {@code in} ({@code --password-stdin}); {@code restore} uses {@code recovery} for a
     * folder whose database does not open.
     */
    public static int execute(String[] args, AppServices.Opener opener, AppServices.Recovery recovery,
            java.io.Reader in, PrintWriter out, PrintWriter err) {
        Messages messages = Messages.vietnamese();
        CliContext context = new CliContext(opener, recovery, messages, out, err, new PasswordInput(in));
        CommandLine commandLine = new CommandLine(new Root(), new Factory(context));
        for (Class<?> command : commandsFor(args)) {
            commandLine.addSubcommand(command);
        }
        addHelpOptions(commandLine);
        commandLine.setResourceBundle(ResourceBundle.getBundle("i18n.cli", Messages.VIETNAMESE));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((failure, cmd, parseResult) -> {
            if (failure instanceof ValidationException || failure instanceof FileRejectedException
                    || failure instanceof StoreException) {
                LOG.info("Command {} refused: {}", cmd.getCommandName(), messages.describe(failure));
            } else {
                LOG.error("Command {} failed", cmd.getCommandName(), failure);
            }
            // The folder is protected and no password was given: say how to give one here.
            err.println(failure instanceof PasswordRequiredException ? messages.format("cli.password.required")
                    : messages.describe(failure));
            err.flush();
            return 1;
        });
        commandLine.setParameterExceptionHandler((failure, args1) -> {
            CommandLine cmd = failure.getCommandLine();
            err.println(usageProblem(failure, messages));
            err.println(messages.format("cli.usage.seeHelp", cmd.getCommandSpec().qualifiedName()));
            err.flush();
            return 2;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * Only the subcommand that {@code args} starts with, none for --version alone, or all of them when it starts
     * with none (usage, help, a mistyped name, which picocli then answers with the near names). picocli reads every option of every subcommand it is
     * given, by reflection: for all of them that was a quarter of a second of each run (docs/performance.md).
     */
    static List<Class<?>> commandsFor(String[] args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            return List.of();
        }
        if (args.length > 0) {
            for (Class<?> command : COMMANDS) {
                if (command.getAnnotation(Command.class).name().equals(args[0])) {
                    return List.of(command);
                }
            }
        }
        return COMMANDS;
    }

    /**
     * -h/--help on every subcommand, so that "Xem hướng dẫn: sochibo minutes pdf --help", which every usage error
     * ends with, works.
     */
    private static void addHelpOptions(CommandLine parent) {
        for (CommandLine sub : new java.util.LinkedHashSet<>(parent.getSubcommands().values())) {
            sub.getCommandSpec().addOption(CommandLine.Model.OptionSpec.builder("-h", "--help")
                    .usageHelp(true).descriptionKey("help").description("Show this help message and exit.").build());
            addHelpOptions(sub);
        }
    }

    private static String usageProblem(CommandLine.ParameterException failure, Messages messages) {
        if (failure instanceof CommandLine.MissingParameterException missing) {
            String names = missing.getMissing().stream()
                    .map(arg -> arg.isOption() ? ((CommandLine.Model.OptionSpec) arg).longestName() : arg.paramLabel())
                    .collect(Collectors.joining(", "));
            return messages.format("cli.usage.missing", names);
        }
        if (failure instanceof CommandLine.UnmatchedArgumentException unmatched) {
            return messages.format("cli.usage.unknown", String.join(" ", unmatched.getUnmatched()));
        }
        String value = failure.getValue();
        return messages.format("cli.usage.invalid", value == null ? failure.getMessage() : value);
    }

    /** Builds subcommands with the shared context (constructor injection, no static state). */
    private record Factory(CliContext context) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                var constructor = type.getDeclaredConstructor(CliContext.class);
                return constructor.newInstance(context);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(type);
            }
        }
    }
}
