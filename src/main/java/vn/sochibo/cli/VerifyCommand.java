package vn.sochibo.cli;

import java.util.List;
import picocli.CommandLine.Command;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.common.Messages;
import vn.sochibo.application.meeting.MeetingService.TamperFinding;
import vn.sochibo.domain.meeting.MeetingSummary;

/** Checks every finalized record against its chained hash; exit code 1 when anything was changed. */
@Command(name = "verify")
final class VerifyCommand extends Subcommand {
    VerifyCommand(CliContext context) {
        super(context);
    }

    @Override
    int run(AppServices services) {
        List<TamperFinding> findings = services.meetings().verify();
        long finalized = services.meetings().summaries().stream().filter(MeetingSummary::isFinalized).count();
        if (findings.isEmpty()) {
            context.out().println(text("cli.verify.ok", finalized));
            return 0;
        }
        for (TamperFinding f : findings) {
            String document = f.concernsCorrection() ? text("correction.document." + f.document().name()) : "";
            context.err().println(text("cli.verify.finding." + f.kind().name(), f.minutesNumber(),
                    Messages.formatDate(f.date()), f.correctionNumber(), document));
        }
        context.err().println(text("cli.verify.failed", findings.size()));
        return 1;
    }
}
