package vn.sochibo.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.common.DateParsing;
import vn.sochibo.application.review.ReviewViews.Summary;
import vn.sochibo.application.review.ReviewViews.SummaryRow;
import vn.sochibo.domain.common.Problem;
import vn.sochibo.domain.common.ValidationException;
import vn.sochibo.domain.review.LevelCounts;
import vn.sochibo.domain.review.QuotaRule;
import vn.sochibo.domain.review.ReviewAddendum;
import vn.sochibo.domain.review.ReviewLevel;
import vn.sochibo.domain.review.ReviewPeriod;

/**
 * The annual review from the command line: the year's summary (text or PDF), a member's self-review form, the review
 * meeting's minutes, a correction addendum to the minutes of a finalized review.
 */
@Command(name = "review", subcommands = {ReviewCommand.SummaryCommand.class, ReviewCommand.Form.class,
        ReviewCommand.Minutes.class, ReviewCommand.Addendum.class})
final class ReviewCommand extends CommandGroup {

    /**
     * Without {@code --out}: one line per member reviewed, in roster order (tab-separated): name, self-proposed,
     * cell-proposed and final level; then one line per level with the counts and percentages of the three; then
     * the quota. With {@code --out}: the summary table for the upper committee as a PDF.
     */
    @Command(name = "summary")
    static final class SummaryCommand extends Subcommand {
        @Option(names = "--year", required = true, paramLabel = "YEAR", descriptionKey = "option.reviewYear")
        int year;

        @Option(names = "--out", paramLabel = "FILE", descriptionKey = "option.pdfOut")
        Path out;

        SummaryCommand(CliContext context) {
            super(context);
        }

        @Override
        int run(AppServices services) {
            Summary s = services.reviews().summaryOfYear(year);
            if (out != null) {
                PledgesCommand.writePdf(out, stream -> services.reviewDocuments().writeSummaryPdf(year, stream));
                context.out().println(text("cli.review.summaryDone", out.toAbsolutePath()));
                return 0;
            }
            context.out().println(String.join("\t", text("cli.review.column.name"), text("cli.review.column.self"),
                    text("cli.review.column.cell"), text("cli.review.column.final")));
            for (SummaryRow r : s.rows()) {
                context.out().println(String.join("\t", r.fullName(), level(r.selfLevel()), level(r.cellLevel()),
                        level(r.finalLevel())));
            }
            context.out().println();
            context.out().println(text("cli.review.counts", s.rows().size()));
            for (ReviewLevel l : ReviewLevel.values()) {
                context.out().println(String.join("\t", level(l), share(s.selfCounts(), l),
                        share(s.cellCounts(), l), share(s.finalCounts(), l)));
            }
            if (s.cellQuota().enabled()) {
                context.out().println(quota("cli.review.quota.cell", s.cellQuota()));
                if (s.finalCounts().unset() < s.finalCounts().base()) {
                    context.out().println(quota("cli.review.quota.final", s.finalQuota()));
                }
            }
            return 0;
        }

        private String level(ReviewLevel level) {
            return level == null ? "–" : text("cli.review.level." + level.name());
        }

        private String share(LevelCounts counts, ReviewLevel level) {
            return text("cli.review.share", counts.count(level), counts.percent(level));
        }

        private String quota(String key, QuotaRule.QuotaCheck q) {
            return text(key, q.excellent(), q.good(), q.percent(), q.allowed())
                    + " " + text(q.exceeded() ? "cli.review.quota.exceeded" : "cli.review.quota.within");
        }
    }

    /** A member's self-review form of the year's review as a PDF. */
    @Command(name = "form")
    static final class Form extends Subcommand {
        @Option(names = "--member", required = true, paramLabel = "ID", descriptionKey = "option.reviewMember")
        UUID memberId;

        @Option(names = "--year", required = true, paramLabel = "YEAR", descriptionKey = "option.reviewYear")
        int year;

        @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "option.pdfOut")
        Path out;

        Form(CliContext context) {
            super(context);
        }

        @Override
        int run(AppServices services) {
            if (services.members().find(memberId).isEmpty()) {
                context.err().println(text("cli.review.memberNotFound", memberId));
                return 1;
            }
            ReviewPeriod p = services.reviews().ofYear(year).orElseThrow(() -> new ValidationException(
                    Problem.of("year", "review.error.noReviewForYear", year)));
            PledgesCommand.writePdf(out, stream -> services.reviewDocuments()
                    .writeSelfReviewFormPdf(p.id(), memberId, stream));
            context.out().println(text("cli.review.formDone", out.toAbsolutePath()));
            return 0;
        }
    }

    /** The review meeting's minutes of the year's review as a PDF, with its correction addenda after them. */
    @Command(name = "minutes")
    static final class Minutes extends Subcommand {
        @Option(names = "--year", required = true, paramLabel = "YEAR", descriptionKey = "option.reviewYear")
        int year;

        @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "option.pdfOut")
        Path out;

        Minutes(CliContext context) {
            super(context);
        }

        @Override
        int run(AppServices services) {
            ReviewPeriod p = yearPeriod(services, year);
            PledgesCommand.writePdf(out, stream -> services.reviewDocuments().writeMinutesPdf(p.id(), stream));
            context.out().println(text("cli.review.minutesDone", out.toAbsolutePath()));
            return 0;
        }
    }

    /**
     * "review addendum": records a numbered correction addendum to the minutes of the year's finalized review, as
     * "minutes correct" does for a meeting. {@code --item} is "vị trí|đã ghi|nay sửa lại là" (leave the middle empty
     * for something left out). The addendum is locked once recorded and prints after the minutes.
     */
    @Command(name = "addendum")
    static final class Addendum extends Subcommand {
        @Option(names = "--year", required = true, paramLabel = "YEAR", descriptionKey = "option.reviewYear")
        int year;

        @Option(names = "--date", paramLabel = "NGÀY", descriptionKey = "option.correctionDate")
        String date;

        @Option(names = "--reason", required = true, paramLabel = "LÝ_DO", descriptionKey = "option.correctionReason")
        String reason;

        @Option(names = "--item", required = true, paramLabel = "VỊ_TRÍ|ĐÃ_GHI|SỬA_LẠI",
                descriptionKey = "option.correctionItem")
        String item;

        @Option(names = "--by", required = true, paramLabel = "HỌ_TÊN", descriptionKey = "option.addendumBy")
        String by;

        Addendum(CliContext context) {
            super(context);
        }

        @Override
        int run(AppServices services) {
            ReviewPeriod p = yearPeriod(services, year);
            LocalDate day = services.reviews().today();
            if (date != null) {
                var parsed = DateParsing.parse(date);
                if (parsed.isEmpty()) {
                    context.err().println(text("cli.correction.badDate", date));
                    return 1;
                }
                day = parsed.get();
            }
            String[] parts = item.split("\\|", -1);
            if (parts.length != 3) {
                context.err().println(text("cli.correction.badItem", item));
                return 1;
            }
            ReviewAddendum done = services.reviews().addAddendum(p.id(),
                    new ReviewAddendum.Draft(day, parts[0], parts[1], parts[2], reason, by));
            context.out().println(text("cli.review.addendumDone", done.number(), done.id()));
            return 0;
        }
    }

    static ReviewPeriod yearPeriod(AppServices services, int year) {
        return services.reviews().ofYear(year).orElseThrow(() -> new ValidationException(
                Problem.of("year", "review.error.noReviewForYear", year)));
    }
}
