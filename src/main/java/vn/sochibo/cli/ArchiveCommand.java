package vn.sochibo.cli;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.sochibo.application.archive.ArchiveInfo;
import vn.sochibo.application.archive.ArchiveService;
import vn.sochibo.application.common.AppServices;

/**
 * The handover archive (hồ sơ bàn giao) from the command line: export, import into an empty data folder, inspect.
 * A password is never an argument (it would show in the process list): it is read from a file or standard input.
 */
@Command(name = "archive", subcommands = {ArchiveCommand.Export.class, ArchiveCommand.Import.class,
        ArchiveCommand.Inspect.class})
final class ArchiveCommand extends CommandGroup {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    /** archive export --out FILE [--password-file F | --password-stdin]. */
    @Command(name = "export")
    static final class Export extends Subcommand {
        @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "option.archiveOut")
        Path out;

        @Mixin
        PasswordSource password;

        Export(CliContext context) {
            super(context);
        }

        @Override
        int run(AppServices services) {
            char[] secret = password.read(context);
            ArchiveInfo info = services.archive().exportTo(out, secret);
            context.out().println(text("cli.archive.exported", out.toAbsolutePath(), info.members(), info.meetings(),
                    info.documents()));
            context.out().println(text(info.encrypted() ? "cli.archive.encrypted" : "cli.archive.notEncrypted"));
            return 0;
        }
    }

    /** archive import FILE [--password-file F | --password-stdin]. */
    @Command(name = "import")
    static final class Import extends Subcommand {
        @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "param.archiveFile")
        Path file;

        @Mixin
        PasswordSource password;

        Import(CliContext context) {
            super(context);
        }

        @Override
        int run(AppServices services) {
            ArchiveService.Imported imported = services.archive().importFrom(file, password.read(context));
            context.out().println(text("cli.archive.imported", services.dataFolder(), imported.summary().members(),
                    imported.summary().meetings(), imported.archive().documents()));
            return 0;
        }
    }

    /** archive inspect FILE [--password-file F | --password-stdin]. */
    @Command(name = "inspect")
    static final class Inspect extends Subcommand {
        @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "param.archiveFile")
        Path file;

        @Mixin
        PasswordSource password;

        Inspect(CliContext context) {
            super(context);
        }

        @Override
        int run(AppServices services) {
            ArchiveInfo info = services.archive().inspect(file, password.read(context));
            context.out().println(text("cli.archive.inspect.createdAt",
                    TIME.format(info.createdAt().atZone(ZoneId.systemDefault()))));
            context.out().println(text("cli.archive.inspect.appVersion", info.appVersion()));
            context.out().println(text("cli.archive.inspect.cell", info.cellName()));
            context.out().println(text("cli.archive.inspect.counts", info.members(), info.meetings(),
                    info.finalizedMeetings(), info.documents()));
            context.out().println(text(info.encrypted() ? "cli.archive.encrypted" : "cli.archive.notEncrypted"));
            context.out().println(text("cli.archive.inspect.ok"));
            return 0;
        }
    }
}
