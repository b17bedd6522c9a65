package vn.sochibo.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.sochibo.application.book.BookPeriod;
import vn.sochibo.application.book.RecordBooks;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.common.DateParsing;

/**
 * The record books from the command line: {@code book minutes} and {@code book resolutions}, for a year
 * ({@code --year}), the committee's term ({@code --term}) or a range of days ({@code --from}, {@code --to}).
 * An empty period is refused in words and no file is written.
 */
@Command(name = "book", subcommands = {BookCommand.Minutes.class, BookCommand.Resolutions.class})
final class BookCommand extends CommandGroup {

    /** book minutes --year Y --out FILE. */
    @Command(name = "minutes")
    static final class Minutes extends BookPdf {
        Minutes(CliContext context) {
            super(context);
        }

        @Override
        RecordBooks.Kind kind() {
            return RecordBooks.Kind.MINUTES;
        }
    }

    /** book resolutions --year Y --out FILE. */
    @Command(name = "resolutions")
    static final class Resolutions extends BookPdf {
        Resolutions(CliContext context) {
            super(context);
        }

        @Override
        RecordBooks.Kind kind() {
            return RecordBooks.Kind.RESOLUTIONS;
        }
    }

    /** The shared options and run of both books. */
    abstract static class BookPdf extends Subcommand {
        @Option(names = "--year", paramLabel = "YEAR", descriptionKey = "option.bookYear")
        Integer year;

        @Option(names = "--term", descriptionKey = "option.bookTerm")
        boolean term;

        @Option(names = "--from", paramLabel = "NGÀY", descriptionKey = "option.bookFrom")
        String from;

        @Option(names = "--to", paramLabel = "NGÀY", descriptionKey = "option.bookTo")
        String to;

        @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "option.pdfOut")
        Path out;

        BookPdf(CliContext context) {
            super(context);
        }

        abstract RecordBooks.Kind kind();

        @Override
        int run(AppServices services) {
            int chosen = (year != null ? 1 : 0) + (term ? 1 : 0) + (from != null || to != null ? 1 : 0);
            if (chosen != 1) {
                context.err().println(text("cli.book.onePeriod"));
                return 1;
            }
            BookPeriod period;
            if (year != null) {
                period = RecordBooks.year(year);
            } else if (term) {
                period = services.books().currentTerm();
            } else {
                Optional<LocalDate> fromDay = day(from);
                Optional<LocalDate> toDay = day(to);
                if (fromDay == null || toDay == null) {
                    return 1;
                }
                period = RecordBooks.range(fromDay.orElse(null), toDay.orElse(null));
            }
            // Collected first: an empty period is refused here, before any file is created.
            RecordBooks.Book book = services.books().book(kind(), period);
            int[] pages = new int[1];
            PledgesCommand.writePdf(out, stream -> pages[0] = services.books().write(book, stream).pages()
                    .pageCount());
            context.out().println(text(kind() == RecordBooks.Kind.MINUTES ? "cli.book.minutesDone"
                    : "cli.book.resolutionsDone", out.toAbsolutePath(), book.records(), pages[0],
                    book.draftsLeftOut()));
            return 0;
        }

        /** The day typed, empty when none was given, null (after saying so) when it is not a date. */
        private Optional<LocalDate> day(String typed) {
            if (typed == null) {
                return Optional.empty();
            }
            Optional<LocalDate> parsed = DateParsing.parse(typed);
            if (parsed.isEmpty()) {
                context.err().println(text("cli.book.badDate", typed));
                return null;
            }
            return parsed;
        }
    }
}
