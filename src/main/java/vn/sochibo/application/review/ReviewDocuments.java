package vn.sochibo.application.review;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import vn.sochibo.application.cell.CellProfileRepository;
import vn.sochibo.application.common.Messages;
import vn.sochibo.application.common.Transactions;
import vn.sochibo.application.document.Block;
import vn.sochibo.application.document.DocumentRenderer;
import vn.sochibo.application.document.Header;
import vn.sochibo.application.document.PartyDocument;
import vn.sochibo.application.document.Signature;
import vn.sochibo.application.document.SignatureBlocks;
import vn.sochibo.application.document.VietnameseDates;
import vn.sochibo.application.member.MemberRepository;
import vn.sochibo.application.review.ReviewViews.MemberSheet;
import vn.sochibo.application.review.ReviewViews.Summary;
import vn.sochibo.application.review.ReviewViews.SummaryRow;
import vn.sochibo.domain.cell.CellProfile;
import vn.sochibo.domain.common.Problem;
import vn.sochibo.domain.common.ValidationException;
import vn.sochibo.domain.member.Member;
import vn.sochibo.domain.review.LevelCounts;
import vn.sochibo.domain.review.ReviewAddendum;
import vn.sochibo.domain.review.QuotaRule;
import vn.sochibo.domain.review.ReviewLevel;
import vn.sochibo.domain.review.ReviewPeriod;
import vn.sochibo.domain.review.SelfReview;
import vn.sochibo.domain.review.SelfReview.Section;

/**
 * The printed annual review documents, in the Party layout (words in {@code i18n/documents}): the summary table for
 * the upper committee (each member reviewed with the self-proposed, cell-proposed and final levels, then the counts
 * and percentages per level and the quota), each member's self-review form for signature, and the review meeting's
 * minutes with their correction addenda after them.
 */
public class ReviewDocuments {
    private static final String BUNDLE = "i18n.documents";
    /** Sections I–VI of the form: the parts of section I, then II to VI. */
    private static final List<Section> STRENGTHS = List.of(Section.STRENGTH_POLITICS, Section.STRENGTH_ETHICS,
            Section.STRENGTH_DISCIPLINE, Section.STRENGTH_WORK_STYLE, Section.STRENGTH_DUTIES,
            Section.STRENGTH_LEADERSHIP, Section.STRENGTH_PLEDGES);
    private static final List<Section> LATER = List.of(Section.LIMITATIONS, Section.EARLIER_FIXES,
            Section.UPPER_ISSUES, Section.COLLECTIVE_SHARE, Section.REMEDIES);
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII"};

    private final ReviewService reviews;
    private final MemberRepository members;
    private final CellProfileRepository cell;
    private final Transactions transactions;
    private final Supplier<? extends DocumentRenderer> renderer;
    private final Messages w;
    private final ReviewMinutesDocument minutes;

    public ReviewDocuments(ReviewService reviews, MemberRepository members, CellProfileRepository cell,
            Transactions transactions, Supplier<? extends DocumentRenderer> renderer) {
        this.reviews = reviews;
        this.members = members;
        this.cell = cell;
        this.transactions = transactions;
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.w = new Messages(ResourceBundle.getBundle(BUNDLE, Messages.VIETNAMESE,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)),
                Messages.VIETNAMESE);
        this.minutes = new ReviewMinutesDocument(w);
    }

    /**
     * The review meeting's minutes ("Biên bản hội nghị kiểm điểm, đánh giá, xếp loại chất lượng đảng viên"): a
     * draft prints as a draft (blank number, "BẢN NHÁP"), a finalized review with its number and fingerprint.
     */
    public PartyDocument minutes(UUID periodId) {
        return minutes.build(minutesInput(periodId));
    }

    private ReviewMinutesDocument.Input minutesInput(UUID periodId) {
        return transactions.inTransaction(() -> {
            Summary s = reviews.summary(periodId);
            return new ReviewMinutesDocument.Input(profile(), s, reviews.includedReviews(periodId),
                    reviews.counts(s.period()), members.findAll());
        });
    }

    /** The minutes of the year's review; refused when the year has none. */
    public PartyDocument minutesOfYear(int year) {
        return minutes(yearPeriod(year).id());
    }

    /** The minutes followed by their correction addenda, in number order: what prints as "the minutes". */
    public List<PartyDocument> minutesWithAddenda(UUID periodId) {
        ReviewMinutesDocument.Input in = minutesInput(periodId);
        List<PartyDocument> docs = new ArrayList<>();
        docs.add(minutes.build(in));
        reviews.addenda(periodId).stream().sorted(java.util.Comparator.comparingInt(ReviewAddendum::number))
                .forEach(a -> docs.add(minutes.addendum(in, a)));
        return docs;
    }

    /** Writes the minutes, with their correction addenda after them, as one PDF to {@code out} (left open). */
    public void writeMinutesPdf(UUID periodId, OutputStream out) {
        renderer.get().render(minutesWithAddenda(periodId), out);
    }

    private ReviewPeriod yearPeriod(int year) {
        return reviews.ofYear(year).orElseThrow(() -> new ValidationException(
                Problem.of("year", "review.error.noReviewForYear", year)));
    }

    /** The summary table of the year's review; refused when the year has none or there is no cell profile. */
    public PartyDocument summaryOfYear(int year) {
        return summary(reviews.summaryOfYear(year));
    }

    /** The summary table of the period for the upper committee. */
    public PartyDocument summary(UUID periodId) {
        return summary(reviews.summary(periodId));
    }

    private PartyDocument summary(Summary s) {
        return transactions.inTransaction(() -> {
            CellProfile profile = profile();
            ReviewPeriod p = s.period();
            String placeAndDate = profile.placeName() == null ? null
                    : VietnameseDates.placeAndDate(profile.placeName(), reviews.today());
            PartyDocument.Builder doc = PartyDocument.builder(new Header(profile.upperOrganisation(),
                    profile.cellName(), "", placeAndDate), w.format("doc.reviewSummary.title", p.year()));
            if (p.meeting().date() != null) {
                doc.summary(w.format("doc.reviewSummary.summary", Messages.formatDate(p.meeting().date())));
            }
            doc.heading(w.format("doc.section", ROMAN[0], w.get("doc.reviewSummary.section.members")));
            List<List<String>> rows = new ArrayList<>();
            int n = 0;
            for (SummaryRow r : s.rows()) {
                rows.add(List.of(String.valueOf(++n), r.fullName(), abbreviation(r.selfLevel()),
                        abbreviation(r.cellLevel()), abbreviation(r.finalLevel())));
            }
            doc.add(new Block.Table(List.of(w.get("doc.review.column.number"), w.get("doc.review.column.name"),
                    w.get("doc.review.column.self"), w.get("doc.review.column.cell"),
                    w.get("doc.review.column.final")), rows, List.of(0.6, 3.8, 1.8, 1.8, 1.8))
                    .withAlignments(Block.Alignment.CENTER, Block.Alignment.LEFT, Block.Alignment.CENTER,
                            Block.Alignment.CENTER, Block.Alignment.CENTER));
            doc.paragraph(w.format("doc.reviewSummary.legend", java.util.Arrays.stream(ReviewLevel.values())
                    .map(l -> w.format("doc.reviewSummary.legendItem", abbreviation(l),
                            w.get("doc.review.level." + l.name()).toLowerCase(Messages.VIETNAMESE)))
                    .collect(Collectors.joining("; "))));
            if (!s.excluded().isEmpty()) {
                doc.paragraph(w.format("doc.reviewSummary.excluded", s.excluded().stream()
                        .map(x -> w.format("doc.comrade", x.fullName())).collect(Collectors.joining(", "))));
            }
            doc.heading(w.format("doc.section", ROMAN[1], w.get("doc.reviewSummary.section.counts")));
            doc.paragraph(w.format("doc.reviewSummary.base", s.rows().size()));
            List<List<String>> counts = new ArrayList<>();
            for (ReviewLevel l : ReviewLevel.values()) {
                counts.add(List.of(w.get("doc.review.level." + l.name()), share(s.selfCounts(), l),
                        share(s.cellCounts(), l), share(s.finalCounts(), l)));
            }
            if (s.selfCounts().unset() + s.cellCounts().unset() + s.finalCounts().unset() > 0) {
                counts.add(List.of(w.get("doc.review.level.none"), unset(s.selfCounts()), unset(s.cellCounts()),
                        unset(s.finalCounts())));
            }
            doc.add(new Block.Table(List.of(w.get("doc.review.column.level"), w.get("doc.review.column.self"),
                    w.get("doc.review.column.cell"), w.get("doc.review.column.final")), counts,
                    List.of(3.4, 2.1, 2.1, 2.1)).withAlignments(Block.Alignment.LEFT, Block.Alignment.CENTER,
                    Block.Alignment.CENTER, Block.Alignment.CENTER));
            if (s.cellQuota().enabled()) {
                doc.paragraph(quota("doc.reviewSummary.quota.cell", s.cellQuota()));
                if (s.finalCounts().unset() < s.finalCounts().base()) {
                    doc.paragraph(quota("doc.reviewSummary.quota.final", s.finalQuota()));
                }
            }
            doc.signatures(SignatureBlocks.rightOnly(Signature.of(secretary(profile),
                    w.get("doc.review.sign.onBehalf"), w.get("doc.review.sign.secretary"))));
            doc.recipients(w.format("doc.review.recipient.upper", profile.upperOrganisation()),
                    w.get("doc.review.recipient.archive"));
            return doc.build();
        });
    }

    /** The member's self-review form (sections I–VII) as stored; refused for a member not taking part. */
    public PartyDocument selfReviewForm(UUID periodId, UUID memberId) {
        MemberSheet sheet = reviews.sheet(periodId, memberId);
        if (!sheet.participant().included()) {
            throw new ValidationException(Problem.of("memberId", "review.error.notParticipant"));
        }
        return transactions.inTransaction(() -> {
            CellProfile profile = profile();
            Member m = members.findById(memberId).orElseThrow();
            ReviewPeriod p = sheet.period();
            SelfReview self = sheet.review().selfReview();
            PartyDocument.Builder doc = PartyDocument.builder(new Header(profile.upperOrganisation(),
                            profile.cellName(), "", null), w.get("doc.selfReview.title"))
                    .summary(w.format("doc.selfReview.summary", p.year()));
            doc.add(fact("doc.selfReview.name", m.fullName()));
            if (m.birthDate() != null) {
                doc.add(fact("doc.selfReview.birthDate", Messages.formatDate(m.birthDate())));
            }
            if (m.position() != null) {
                doc.add(fact("doc.selfReview.position", m.position()));
            }
            doc.add(fact("doc.selfReview.cell", profile.cellName()));
            if (self.paperReceivedOn() != null) {
                doc.paragraph(w.format("doc.selfReview.paper", Messages.formatDate(self.paperReceivedOn())));
            }
            doc.heading(w.format("doc.section", ROMAN[0], w.get("doc.selfReview.section.STRENGTHS")));
            for (int i = 0; i < STRENGTHS.size(); i++) {
                Section part = STRENGTHS.get(i);
                doc.paragraph(w.format("doc.selfReview.part", i + 1,
                        w.get("doc.selfReview.section." + part.name())));
                doc.paragraph(text(self, part));
            }
            for (int i = 0; i < LATER.size(); i++) {
                Section section = LATER.get(i);
                doc.heading(w.format("doc.section", ROMAN[i + 1], w.get("doc.selfReview.section." + section.name())));
                doc.paragraph(text(self, section));
            }
            doc.heading(w.format("doc.section", ROMAN[6], w.get("doc.selfReview.section.LEVEL")));
            ReviewLevel level = sheet.review().selfLevel();
            doc.paragraph(level == null ? w.get("doc.selfReview.noLevel")
                    : w.format("doc.selfReview.level", w.get("doc.review.level." + level.name())));
            doc.signatures(SignatureBlocks.rightOnly(Signature.of(m.fullName(), w.get("doc.selfReview.sign"))));
            return doc.build();
        });
    }

    public void writeSummaryPdf(int year, OutputStream out) {
        renderer.get().render(summaryOfYear(year), out);
    }

    /** The summary table of any period (a term, quarter or ad hoc review as well as a year's). */
    public void writeSummaryPdf(UUID periodId, OutputStream out) {
        renderer.get().render(summary(periodId), out);
    }

    public void writeSelfReviewFormPdf(UUID periodId, UUID memberId, OutputStream out) {
        renderer.get().render(selfReviewForm(periodId, memberId), out);
    }

    private String text(SelfReview self, Section section) {
        String t = self.text(section);
        return t == null || t.isBlank() ? w.get("doc.selfReview.empty") : t;
    }

    /** The usual abbreviation of the level in tables (HTXSNV, HTTNV, HTNV, KHTNV), "–" when not set. */
    private String abbreviation(ReviewLevel level) {
        return level == null ? w.get("doc.review.level.unset") : w.get("doc.review.abbreviation." + level.name());
    }

    private String share(LevelCounts counts, ReviewLevel level) {
        return w.format("doc.review.share", counts.count(level), counts.percent(level));
    }

    private String unset(LevelCounts counts) {
        return w.format("doc.review.share", counts.unset(),
                counts.base() == 0 ? 0.0 : 100.0 * counts.unset() / counts.base());
    }

    private String quota(String key, QuotaRule.QuotaCheck q) {
        return w.format(key, q.excellent(), q.good(), q.percent(), q.allowed())
                + " " + w.get(q.exceeded() ? "doc.reviewSummary.quota.exceeded" : "doc.reviewSummary.quota.within");
    }

    private String secretary(CellProfile profile) {
        return profile.secretaryId() == null ? null
                : members.findById(profile.secretaryId()).map(Member::fullName).orElse(null);
    }

    private Block.Paragraph fact(String labelKey, String value) {
        return Block.Paragraph.labelled(w.get(labelKey), value).withoutIndent();
    }

    private CellProfile profile() {
        return cell.load().orElseThrow(() -> new ValidationException(Problem.of("cell",
                "meeting.error.noCellForDocument")));
    }
}
