package vn.sochibo.cli;

import java.io.OutputStream;
import java.util.UUID;
import java.util.function.BiConsumer;
import picocli.CommandLine.Command;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.domain.meeting.Correction;

/** A meeting's resolution (nghị quyết) from the command line. */
@Command(name = "resolution", subcommands = {ResolutionCommand.Pdf.class, ResolutionCommand.Correct.class})
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

    /** resolution correct --meeting ID --reason R --item "vị trí|đã ghi|sửa lại là" …. */
    @Command(name = "correct")
    static final class Correct extends MeetingCorrection {
        Correct(CliContext context) {
            super(context);
        }

        @Override
        Correction.CorrectedDocument document() {
            return Correction.CorrectedDocument.RESOLUTION;
        }
    }
}
