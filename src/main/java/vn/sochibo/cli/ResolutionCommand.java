package vn.sochibo.cli;

import java.io.OutputStream;
import java.util.UUID;
import java.util.function.BiConsumer;
import picocli.CommandLine.Command;
import vn.sochibo.application.common.AppServices;

/** A meeting's resolution (nghị quyết) from the command line. */
@Command(name = "resolution", subcommands = {ResolutionCommand.Pdf.class})
final class ResolutionCommand extends CommandGroup {
    /** resolution pdf --meeting ID --out FILE. */
    @Command(name = "pdf")
    static final class Pdf extends MeetingPdf {
        Pdf(CliContext context) {
            super(context);
        }

        @Override
        BiConsumer<UUID, OutputStream> writer(AppServices services) {
            return services.meetingDocuments()::writeResolutionPdf;
        }

        @Override
        String doneKey() {
            return "cli.resolution.done";
        }
    }
}
