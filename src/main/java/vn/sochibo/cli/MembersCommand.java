package vn.sochibo.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.common.LocatedProblem;
import vn.sochibo.application.common.Messages;
import vn.sochibo.application.member.MemberCsvPreview;
import vn.sochibo.domain.member.Member;
import vn.sochibo.domain.member.MemberStatus;

/** The roster from the command line: list (tab-separated, for scripts) and CSV import. */
@Command(name = "members", subcommands = {MembersCommand.ListMembers.class, MembersCommand.ImportCsv.class,
        MembersCommand.Dossier.class})
final class MembersCommand extends CommandGroup {
    /** members dossier --member ID --year Y --out FILE: a member's dossier for a year as a PDF. */
    @Command(name = "dossier")
    static final class Dossier extends Subcommand {
        @picocli.CommandLine.Option(names = "--member", required = true, paramLabel = "ID",
                descriptionKey = "option.dossierMember")
        java.util.UUID memberId;

        @picocli.CommandLine.Option(names = "--year", required = true, paramLabel = "YEAR",
                descriptionKey = "option.dossierYear")
        int year;

        @picocli.CommandLine.Option(names = "--out", required = true, paramLabel = "FILE",
                descriptionKey = "option.pdfOut")
        java.nio.file.Path out;

        Dossier(CliContext context) {
            super(context);
        }

        @Override
        int run(AppServices services) {
            if (services.members().find(memberId).isEmpty()) {
                context.err().println(text("cli.review.memberNotFound", memberId));
                return 1;
            }
            // Collected first: a refusal writes no file.
            var dossier = services.dossiers().dossier(memberId, year);
            var document = services.dossiers().document(dossier);
            PledgesCommand.writePdf(out, stream -> services.dossiers().writePdf(dossier, stream));
            context.out().println(text("cli.dossier.done", document.summaryLine(), out.toAbsolutePath()));
            return 0;
        }
    }

    @Command(name = "list")
    static final class ListMembers extends Subcommand {
        @Option(names = "--status", paramLabel = "STATUS", descriptionKey = "option.status")
        MemberStatus status;

        @Option(names = "--search", paramLabel = "TEXT", descriptionKey = "option.search")
        String search;

        ListMembers(CliContext context) {
            super(context);
        }

        @Override
        int run(AppServices services) {
            LocalDate today = services.members().today();
            for (Member m : services.members().search(search, status)) {
                context.out().println(String.join("\t", m.fullName(),
                        text("member.status." + m.statusOn(today).name()),
                        Messages.formatDate(m.admissionDate()), Messages.formatDate(m.officialDate()),
                        m.cardNumber() == null ? "" : m.cardNumber(), m.id().toString()));
            }
            return 0;
        }
    }

    @Command(name = "import-csv")
    static final class ImportCsv extends Subcommand {
        @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "param.csvFile")
        Path file;

        @Option(names = "--dry-run", descriptionKey = "option.dryRun")
        boolean dryRun;

        ImportCsv(CliContext context) {
            super(context);
        }

        @Override
        int run(AppServices services) {
            MemberCsvPreview preview;
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                preview = services.memberCsvImport().preview(reader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            List<LocatedProblem> problems = preview.problems();
            if (!problems.isEmpty()) {
                problems.forEach(p -> context.err().println(context.messages().describe(p)));
                context.err().println(text("cli.csv.nothingImported", problems.size()));
                return 1;
            }
            if (dryRun) {
                context.out().println(text("cli.csv.dryRun", preview.rows().size()));
                return 0;
            }
            int added = services.memberCsvImport().commit(preview);
            context.out().println(text("cli.csv.done", added));
            return 0;
        }
    }
}
