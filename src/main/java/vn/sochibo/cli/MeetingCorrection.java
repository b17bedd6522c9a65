package vn.sochibo.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import picocli.CommandLine.Option;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.common.DateParsing;
import vn.sochibo.domain.meeting.Correction;

/**
 * Base of "minutes correct" and "resolution correct": records a numbered correction addendum to a finalized
 * meeting's document. Each {@code --item} is "vị trí|đã ghi|nay sửa lại là" (leave the middle empty for
 * something left out). The addendum is locked once recorded and prints after the document.
 */
abstract class MeetingCorrection extends Subcommand {
    @Option(names = "--meeting", required = true, paramLabel = "ID", descriptionKey = "option.meeting")
    UUID meetingId;

    @Option(names = "--date", paramLabel = "NGÀY", descriptionKey = "option.correctionDate")
    String date;

    @Option(names = "--reason", required = true, paramLabel = "LÝ_DO", descriptionKey = "option.correctionReason")
    String reason;

    @Option(names = "--item", required = true, paramLabel = "VỊ_TRÍ|ĐÃ_GHI|SỬA_LẠI",
            descriptionKey = "option.correctionItem")
    List<String> items;

    MeetingCorrection(CliContext context) {
        super(context);
    }

    abstract Correction.CorrectedDocument document();

    @Override
    final int run(AppServices services) {
        if (services.meetings().find(meetingId).isEmpty()) {
            context.err().println(text("cli.meetings.notFound", meetingId));
            return 1;
        }
        LocalDate day = services.members().today();
        if (date != null) {
            var parsed = DateParsing.parse(date);
            if (parsed.isEmpty()) {
                context.err().println(text("cli.correction.badDate", date));
                return 1;
            }
            day = parsed.get();
        }
        List<Correction.Item> parsedItems = new ArrayList<>();
        for (String item : items) {
            String[] parts = item.split("\\|", -1);
            if (parts.length != 3) {
                context.err().println(text("cli.correction.badItem", item));
                return 1;
            }
            parsedItems.add(new Correction.Item(parts[0], parts[1], parts[2]));
        }
        Correction done = services.meetings().addCorrection(
                new Correction.Draft(meetingId, document(), day, reason, parsedItems));
        context.out().println(text("cli.correction.done", done.number(),
                text("correction.document." + document().name()), done.id()));
        return 0;
    }
}
