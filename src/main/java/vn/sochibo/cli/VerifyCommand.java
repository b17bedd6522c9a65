package vn.sochibo.cli;

import picocli.CommandLine.Command;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.integrity.CheckResult;
import vn.sochibo.application.integrity.IntegrityFinding;
import vn.sochibo.application.integrity.IntegrityService;
import vn.sochibo.application.integrity.IntegrityText;

/**
 * The whole integrity check (the database file, the finalized meetings' chain, the audit trail's chain): one line
 * per check, each finding under its check, and exit code 1 when anything was found.
 */
@Command(name = "verify")
final class VerifyCommand extends Subcommand {
    VerifyCommand(CliContext context) {
        super(context);
    }

    @Override
    int run(AppServices services) {
        IntegrityService.Report report = services.integrity().run();
        IntegrityText words = new IntegrityText(context.messages()::describe);
        for (CheckResult result : report.results()) {
            context.out().println(words.line(result));
            for (IntegrityFinding finding : result.findings()) {
                context.out().println("  - " + words.finding(finding));
            }
        }
        if (report.ok()) {
            context.out().println(words.summary(report));
            return 0;
        }
        context.err().println(words.summary(report));
        return 1;
    }
}
