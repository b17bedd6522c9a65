package vn.sochibo.cli;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import picocli.CommandLine.Command;
import vn.sochibo.application.backup.BackupInfo;
import vn.sochibo.application.backup.BackupService;
import vn.sochibo.application.common.AppServices;

/**
 * {@code backup}: makes a verified backup now (printing where and what it holds; encrypted when the folder is
 * protected); {@code backup list}: the backups in the data folder, newest first, tab-separated, read without a
 * password (the last column says whether one is encrypted).
 */
@Command(name = "backup", subcommands = {BackupCommand.ListBackups.class})
final class BackupCommand extends Subcommand {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    BackupCommand(CliContext context) {
        super(context);
    }

    @Override
    int run(AppServices services) {
        BackupService.Result result = services.backups().backUp("manual");
        BackupInfo b = result.backup();
        context.out().println(text("cli.backup.done", b.file(), b.members(), b.meetings()));
        if (b.encrypted()) {
            context.out().println(text("cli.backup.encrypted"));
        }
        if (result.copiedToSecondFolder()) {
            context.out().println(text("cli.backup.copied", result.secondFolder()));
        } else if (result.secondFolder() != null) {
            context.err().println(text(result.secondFolderProblem(), b.file().getFileName().toString()));
        }
        return 0;
    }

    static String when(BackupInfo b) {
        return WHEN.format(b.createdAt().atZone(ZoneId.systemDefault()));
    }

    /** The reason a backup was made, in words. */
    static String reason(CliContext context, BackupInfo b) {
        String key = switch (b.reason()) {
            case "manual" -> "cli.backup.reason.manual";
            case "daily" -> "cli.backup.reason.daily";
            case "exit" -> "cli.backup.reason.exit";
            case "before-restore" -> "cli.backup.reason.beforeRestore";
            case "before-migration" -> "cli.backup.reason.beforeMigration";
            default -> null;
        };
        return key == null ? b.reason() : context.messages().get(key);
    }

    @Command(name = "list")
    static final class ListBackups extends Subcommand {
        ListBackups(CliContext context) {
            super(context);
        }

        @Override
        int run(AppServices services) {
            var backups = services.backups().list();
            if (backups.isEmpty()) {
                context.out().println(text("cli.backup.none", services.backups().folder()));
                return 0;
            }
            for (BackupInfo b : backups) {
                context.out().println(String.join("\t", when(b), reason(context, b), Integer.toString(b.members()),
                        Integer.toString(b.meetings()), Long.toString(b.size()), b.file().toString(),
                        context.messages().get(b.encrypted() ? "cli.backup.list.encrypted" : "cli.backup.list.plain")));
            }
            return 0;
        }
    }
}
