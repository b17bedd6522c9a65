package vn.sochibo.cli;

import java.io.OutputStream;
import java.util.UUID;
import java.util.function.BiConsumer;
import picocli.CommandLine.Command;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.domain.meeting.Correction;

/** A meeting's minutes (biên bản) from the command line. */
@Command(name = "minutes", subcommands = {MinutesCommand.Pdf.class, MinutesCommand.Correct.class})
final class MinutesCommand extends CommandGroup {
    /** minutes pdf --meeting ID --out FILE. */
    @Command(name = "pdf")
    static final class Pdf extends MeetingPdf {
        Pdf(CliContext context) {
            super(context);
        }

        @Override
        BiConsumer<UUID, OutputStream> writer(AppServices services) {
            return services.meetingDocuments()::writeMinutesPdf;
        }

        @Override
        String doneKey() {
            return "cli.minutes.done";
        }
    }

    /** minutes correct --meeting ID --reason R --item "vị trí|đã ghi|sửa lại là" …. */
    @Command(name = "correct")
    static final class Correct extends MeetingCorrection {
        Correct(CliContext context) {
            super(context);
        }

        @Override
        Correction.CorrectedDocument document() {
            return Correction.CorrectedDocument.MINUTES;
        }
    }
}
