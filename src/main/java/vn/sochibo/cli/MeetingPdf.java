package vn.sochibo.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.function.BiConsumer;
import picocli.CommandLine.Option;
import vn.sochibo.application.common.AppServices;

/**
 * Base of "minutes pdf" and "resolution pdf": finds the meeting, writes its document beside the target and
 * moves it into place, so that an interrupted run never leaves half a PDF.
 */
abstract class MeetingPdf extends Subcommand {
    @Option(names = "--meeting", required = true, paramLabel = "ID", descriptionKey = "option.meeting")
    UUID meetingId;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "option.pdfOut")
    Path out;

    MeetingPdf(CliContext context) {
        super(context);
    }

    /** Writes the document of the meeting with this id to the stream. */
    abstract BiConsumer<UUID, OutputStream> writer(AppServices services);

    /** The key of the message printed when the file is written, with its path. */
    abstract String doneKey();

    @Override
    final int run(AppServices services) {
        if (services.meetings().find(meetingId).isEmpty()) {
            context.err().println(text("cli.meetings.notFound", meetingId));
            return 1;
        }
        Path target = out.toAbsolutePath();
        try {
            Path dir = target.getParent();
            Files.createDirectories(dir);
            Path partial = Files.createTempFile(dir, ".sochibo-pdf-", ".part");
            try {
                try (OutputStream stream = Files.newOutputStream(partial)) {
                    writer(services).accept(meetingId, stream);
                }
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.out().println(text(doneKey(), target));
        return 0;
    }
}
