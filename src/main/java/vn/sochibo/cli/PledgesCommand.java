package vn.sochibo.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.common.Messages;
import vn.sochibo.application.pledge.YearOverview;
import vn.sochibo.domain.pledge.CompletionRate;
import vn.sochibo.domain.pledge.YearFigures;

/** The yearly pledges from the command line: list, the year's summary (text or PDF), a member's pledge form. */
@Command(name = "pledges", subcommands = {PledgesCommand.ListPledges.class, PledgesCommand.Summary.class,
        PledgesCommand.Form.class})
final class PledgesCommand extends CommandGroup {

    /**
     * One line per member expected to register or having a pledge, in roster order (tab-separated): name, state
     * (registered with its day, draft, not registered), items, completed, rate, overdue, member id.
     */
    @Command(name = "list")
    static final class ListPledges extends Subcommand {
        @Option(names = "--year", required = true, paramLabel = "YEAR", descriptionKey = "option.pledgeYear")
        int year;

        ListPledges(CliContext context) {
            super(context);
        }

        @Override
        int run(AppServices services) {
            YearOverview o = services.pledges().overview(year, null);
            for (YearOverview.Row r : o.rows()) {
                String state = r.pledge() == null ? text("cli.pledges.none")
                        : r.isRegistered() ? text("cli.pledges.registered", Messages.formatDate(r.registeredOn()))
                        : text("cli.pledges.draft");
                context.out().println(String.join("\t", r.fullName(), state, figures(r.figures()),
                        r.memberId().toString()));
            }
            return 0;
        }

        private String figures(YearFigures f) {
            return String.join("\t", String.valueOf(f.items()), String.valueOf(f.completed()), rate(f.completionRate()),
                    String.valueOf(f.overdue()));
        }
    }

    /** The year's figures as text, or the summary table as a PDF with {@code --out}. */
    @Command(name = "summary")
    static final class Summary extends Subcommand {
        @Option(names = "--year", required = true, paramLabel = "YEAR", descriptionKey = "option.pledgeYear")
        int year;

        @Option(names = "--out", paramLabel = "FILE", descriptionKey = "option.pdfOut")
        Path out;

        Summary(CliContext context) {
            super(context);
        }

        @Override
        int run(AppServices services) {
            if (out != null) {
                writePdf(out, stream -> services.pledgeDocuments().writeSummaryPdf(year, stream));
                context.out().println(text("cli.pledges.summaryDone", out.toAbsolutePath()));
                return 0;
            }
            YearOverview o = services.pledges().overview(year, null);
            context.out().println(text("cli.pledges.summary.registered", year, Messages.formatDate(o.asOf()),
                    o.expectedCount(), o.registeredExpectedCount()));
            for (YearOverview.Row r : o.notRegistered()) {
                context.out().println(text("cli.pledges.summary.notRegistered", r.fullName()));
            }
            YearFigures cell = o.cell();
            context.out().println(text("cli.pledges.summary.cell", cell.items(), cell.completed(),
                    rate(cell.completionRate()), cell.overdue()));
            return 0;
        }
    }

    /** A member's pledge form for the year as a PDF. */
    @Command(name = "form")
    static final class Form extends Subcommand {
        @Option(names = "--member", required = true, paramLabel = "ID", descriptionKey = "option.pledgeMember")
        UUID memberId;

        @Option(names = "--year", required = true, paramLabel = "YEAR", descriptionKey = "option.pledgeYear")
        int year;

        @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "option.pdfOut")
        Path out;

        Form(CliContext context) {
            super(context);
        }

        @Override
        int run(AppServices services) {
            if (services.members().find(memberId).isEmpty()) {
                context.err().println(text("cli.pledges.memberNotFound", memberId));
                return 1;
            }
            writePdf(out, stream -> services.pledgeDocuments().writeFormPdf(memberId, year, stream));
            context.out().println(text("cli.pledges.formDone", out.toAbsolutePath()));
            return 0;
        }
    }

    /** "67%", or "–" while nothing is due. */
    static String rate(CompletionRate rate) {
        return rate.percent().isPresent() ? rate.percent().getAsInt() + "%" : "–";
    }

    /** Writes beside the target and moves it into place, so an interrupted run never leaves half a PDF. */
    static void writePdf(Path out, Consumer<OutputStream> writer) {
        Path target = out.toAbsolutePath();
        try {
            Path dir = target.getParent();
            Files.createDirectories(dir);
            Path partial = Files.createTempFile(dir, ".sochibo-pdf-", ".part");
            try {
                try (OutputStream stream = Files.newOutputStream(partial)) {
                    writer.accept(stream);
                }
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
