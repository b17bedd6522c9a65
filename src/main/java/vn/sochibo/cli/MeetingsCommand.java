package vn.sochibo.cli;

import java.util.Comparator;
import java.util.Locale;
import picocli.CommandLine.Command;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.common.Messages;
import vn.sochibo.domain.meeting.MeetingSummary;

/** The meetings from the command line: list (tab-separated, for scripts). */
@Command(name = "meetings", subcommands = {MeetingsCommand.ListMeetings.class})
final class MeetingsCommand extends CommandGroup {
    /** One line per meeting, oldest first: date, kind, state (draft, or finalized with its number), id. */
    @Command(name = "list")
    static final class ListMeetings extends Subcommand {
        ListMeetings(CliContext context) {
            super(context);
        }

        @Override
        int run(AppServices services) {
            for (MeetingSummary m : services.meetings().summaries().stream()
                    .sorted(Comparator.comparing(MeetingSummary::date).thenComparing(MeetingSummary::id)).toList()) {
                String state = m.isFinalized()
                        ? text("cli.meetings.finalized",
                                String.format(Locale.ROOT, "%02d", m.finalization().minutesNumber()))
                        : text("cli.meetings.draft");
                context.out().println(String.join("\t", Messages.formatDate(m.date()),
                        text("cli.meetings.kind." + m.kind().name()), state, m.id().toString()));
            }
            return 0;
        }
    }
}
