package vn.sochibo.application.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.sochibo.application.common.Messages;
import vn.sochibo.application.document.Block;
import vn.sochibo.application.document.Header;
import vn.sochibo.application.document.PartyDocument;
import vn.sochibo.application.document.Run;
import vn.sochibo.application.document.Signature;
import vn.sochibo.application.document.SignatureBlocks;
import vn.sochibo.application.document.VietnameseDates;
import vn.sochibo.application.member.MemberService;
import vn.sochibo.application.review.ReviewViews.Summary;
import vn.sochibo.application.review.ReviewViews.SummaryRow;
import vn.sochibo.domain.cell.CellProfile;
import vn.sochibo.domain.meeting.Attendance;
import vn.sochibo.domain.meeting.AttendanceCounts;
import vn.sochibo.domain.meeting.Meeting;
import vn.sochibo.domain.member.Member;
import vn.sochibo.domain.member.MemberStatus;
import vn.sochibo.domain.review.LevelVote;
import vn.sochibo.domain.review.MemberReview;
import vn.sochibo.domain.review.PeriodKind;
import vn.sochibo.domain.review.ReviewAddendum;
import vn.sochibo.domain.review.QuotaRule;
import vn.sochibo.domain.review.ReviewLevel;
import vn.sochibo.domain.review.ReviewPeriod;

/**
 * Builds the review meeting's minutes ("Biên bản hội nghị kiểm điểm, đánh giá, xếp loại chất lượng đảng viên năm
 * Y") in the Party layout, in the course of a meeting's minutes: time and place; the members' totals, who came and
 * who did not (with reasons); chair and minute-taker; I. the self-reviews presented; II. the comments, general then
 * per member; III. the vote per member (votes per level with their share of the voters, the level proposed);
 * IV. the counts per level and the quota; V. the chair's conclusion; the closing lines and the two signatures. A
 * draft prints with a blank number and the "BẢN NHÁP" watermark; a finalized review with its number and the short
 * form of its hash at the foot of every page.
 */
final class ReviewMinutesDocument {
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI"};

    private final Messages w;

    ReviewMinutesDocument(Messages words) {
        this.w = Objects.requireNonNull(words, "words");
    }

    /** What the minutes need, read in one transaction by {@link ReviewDocuments}. */
    record Input(CellProfile cell, Summary summary, List<MemberReview> parts, AttendanceCounts counts,
            List<Member> members) {
        Member member(UUID id) {
            return id == null ? null : members.stream().filter(m -> m.id().equals(id)).findFirst().orElse(null);
        }
    }

    PartyDocument build(Input in) {
        ReviewPeriod p = in.summary().period();
        ReviewPeriod.ReviewMeeting m = p.meeting();
        CellProfile cell = in.cell();
        PartyDocument.Builder doc = PartyDocument.builder(
                        Header.withoutDate(cell.upperOrganisation(), cell.cellName(), number(p)),
                        w.get("doc.minutes.title"))
                .summary(summary(p))
                .draft(!p.isFinalized())
                .footerNote(footer(p));

        opening(doc, in);
        int section = 0;
        Map<UUID, MemberReview> parts = in.parts().stream()
                .collect(Collectors.toMap(MemberReview::memberId, Function.identity(), (a, b) -> a));
        List<SummaryRow> included = in.summary().rows();

        doc.heading(w.format("doc.section", ROMAN[section++], w.get("doc.reviewMinutes.section.selfReviews")));
        doc.paragraph(w.get("doc.reviewMinutes.selfReviews.intro"));
        for (SummaryRow x : included) {
            MemberReview r = parts.get(x.memberId());
            String line;
            if (r == null || !r.selfReview().isPresent() && r.selfLevel() == null) {
                line = w.format("doc.reviewMinutes.selfReview.none", x.fullName());
            } else if (r.selfLevel() == null) {
                line = w.format("doc.reviewMinutes.selfReview.noLevel", x.fullName());
            } else {
                line = w.format("doc.reviewMinutes.selfReview.level", x.fullName(), levelLower(r.selfLevel()));
            }
            doc.dash(line);
        }
        if (!in.summary().excluded().isEmpty()) {
            doc.paragraph(w.format("doc.reviewSummary.excluded", in.summary().excluded().stream()
                    .map(x -> x.override() != null && x.override().reason() != null
                            ? w.format("doc.minutes.absentReason", w.format("doc.comrade", x.fullName()),
                                    lowerFirst(clause(x.override().reason())))
                            : w.format("doc.comrade", x.fullName()))
                    .collect(Collectors.joining(w.get("doc.listSeparator")))));
        }

        doc.heading(w.format("doc.section", ROMAN[section++], w.get("doc.reviewMinutes.section.comments")));
        List<ReviewPeriod.Comment> general = m.comments().stream().filter(c -> c.aboutMemberId() == null).toList();
        if (!general.isEmpty()) {
            doc.add(new Block.Heading(w.get("doc.reviewMinutes.comments.general")));
            general.forEach(c -> doc.add(comment(in, c)));
        }
        boolean any = !general.isEmpty();
        for (SummaryRow x : included) {
            List<ReviewPeriod.Comment> about = m.comments().stream()
                    .filter(c -> x.memberId().equals(c.aboutMemberId())).toList();
            if (!about.isEmpty()) {
                any = true;
                doc.add(new Block.Heading(w.format("doc.reviewMinutes.comments.about", x.fullName())));
                about.forEach(c -> doc.add(comment(in, c)));
            }
        }
        if (!any) {
            doc.paragraph(w.get("doc.reviewMinutes.comments.none"));
        }

        int voters = in.counts().eligibleVoters();
        doc.heading(w.format("doc.section", ROMAN[section++], w.get("doc.reviewMinutes.section.votes")));
        doc.paragraph(w.format("doc.reviewMinutes.votes.intro", w.format("doc.count.comrades", voters)));
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (SummaryRow x : included) {
            MemberReview r = parts.get(x.memberId());
            LevelVote v = r == null ? null : r.vote();
            List<String> row = new ArrayList<>();
            row.add(String.valueOf(++n));
            row.add(x.fullName());
            for (ReviewLevel l : ReviewLevel.values()) {
                row.add(v == null ? w.get("doc.review.level.unset") : v.votesFor(l) == 0 ? "0"
                        : w.format("doc.reviewMinutes.votes.cell", v.votesFor(l), percent(v.votesFor(l), voters)));
            }
            row.add(r == null || r.cellLevel() == null ? w.get("doc.review.level.unset")
                    : w.get("doc.review.abbreviation." + r.cellLevel().name()));
            rows.add(row);
        }
        List<String> header = new ArrayList<>(List.of(w.get("doc.review.column.number"),
                w.get("doc.review.column.name")));
        for (ReviewLevel l : ReviewLevel.values()) {
            header.add(w.get("doc.review.abbreviation." + l.name()));
        }
        header.add(w.get("doc.review.column.cell"));
        doc.add(new Block.Table(header, rows, List.of(0.5, 2.6, 1.75, 1.75, 1.75, 1.75, 1.6))
                .withAlignments(Block.Alignment.CENTER, Block.Alignment.LEFT, Block.Alignment.CENTER,
                        Block.Alignment.CENTER, Block.Alignment.CENTER, Block.Alignment.CENTER,
                        Block.Alignment.CENTER));
        doc.paragraph(w.format("doc.reviewSummary.legend", java.util.Arrays.stream(ReviewLevel.values())
                .map(l -> w.format("doc.reviewSummary.legendItem", w.get("doc.review.abbreviation." + l.name()),
                        levelLower(l)))
                .collect(Collectors.joining("; "))));

        doc.heading(w.format("doc.section", ROMAN[section++], w.get("doc.reviewMinutes.section.results")));
        Summary s = in.summary();
        doc.paragraph(w.format("doc.reviewMinutes.results.base", s.rows().size()));
        for (ReviewLevel l : ReviewLevel.values()) {
            doc.dash(w.format("doc.reviewMinutes.results.level", w.get("doc.review.level." + l.name()),
                    w.format("doc.review.share", s.cellCounts().count(l), s.cellCounts().percent(l))));
        }
        if (s.cellCounts().unset() > 0) {
            doc.dash(w.format("doc.reviewMinutes.results.level", w.get("doc.review.level.none"),
                    w.format("doc.review.share", s.cellCounts().unset(),
                            100.0 * s.cellCounts().unset() / Math.max(1, s.cellCounts().base()))));
        }
        QuotaRule.QuotaCheck q = s.cellQuota();
        if (q.enabled()) {
            doc.paragraph(w.format("doc.reviewSummary.quota.cell", q.excellent(), q.good(), q.percent(), q.allowed())
                    + " " + w.get(q.exceeded() ? "doc.reviewSummary.quota.exceeded"
                            : "doc.reviewSummary.quota.within"));
        }

        doc.heading(w.format("doc.section", ROMAN[section++], w.get("doc.minutes.section.conclusion")));
        List<String> conclusion = lines(m.conclusion());
        if (conclusion.isEmpty()) {
            doc.paragraph(w.get("doc.blank"));
        } else {
            conclusion.forEach(line -> doc.paragraph(sentence(line)));
        }
        doc.paragraph(m.endTime() == null ? w.get("doc.reviewMinutes.closing.unknown")
                : w.format("doc.reviewMinutes.closing", VietnameseDates.time(m.endTime())));
        doc.paragraph(w.get("doc.minutes.readBack"));
        doc.signatures(new SignatureBlocks(
                Signature.of(name(in, m.minuteTakerId()), w.get("doc.minutes.sign.minuteTaker")),
                Signature.of(name(in, m.chairId()), w.get("doc.minutes.sign.chair"))));
        return doc.build();
    }

    /**
     * A correction addendum to the minutes, as a meeting's (CorrectionDocument): the minutes' number in its header,
     * "Căn cứ Biên bản số … ngày …", the reason, a table of the place, what was written and what it should read, who
     * recorded it, signed like the minutes; its fingerprint at the foot of the page. It prints after the minutes.
     */
    PartyDocument addendum(Input in, ReviewAddendum a) {
        ReviewPeriod p = in.summary().period();
        ReviewPeriod.ReviewMeeting m = p.meeting();
        CellProfile cell = in.cell();
        String original = code(p);
        String documentName = w.get("doc.minutes.title");
        String placeAndDate = cell.placeName() == null || cell.placeName().isBlank() ? null
                : VietnameseDates.placeAndDate(cell.placeName(), a.date());
        PartyDocument.Builder doc = PartyDocument.builder(
                        new Header(cell.upperOrganisation(), cell.cellName(), number(p), placeAndDate),
                        w.format("doc.correction.title", String.format(Locale.ROOT, "%02d", a.number())))
                .summary(w.format("doc.correction.summary", documentName.toLowerCase(Messages.VIETNAMESE), original,
                        summary(p)))
                .footerNote(hashNote(a.contentHash()));
        doc.paragraph(w.format("doc.correction.basis", documentName, original,
                m.date() == null ? w.get("doc.blank") : VietnameseDates.date(m.date()), cell.cellName(), summary(p)));
        doc.add(Block.Paragraph.labelled(w.get("doc.correction.reason.label"),
                sentence(String.join(" ", lines(a.reason())))));
        doc.paragraph(w.get("doc.correction.intro"));
        doc.add(new Block.Table(List.of(w.get("doc.correction.table.number"), w.get("doc.correction.table.location"),
                w.get("doc.correction.table.recorded"), w.get("doc.correction.table.corrected")),
                List.of(List.of("1", a.location(), a.recorded() == null ? w.get("doc.correction.nothingRecorded")
                        : a.recorded(), a.corrected())),
                List.of(0.6, 2.2, 3.6, 3.6)).withAlignments(Block.Alignment.CENTER, Block.Alignment.LEFT,
                Block.Alignment.LEFT, Block.Alignment.LEFT));
        doc.paragraph(w.format("doc.correction.rest", documentName.toLowerCase(Messages.VIETNAMESE), original));
        doc.add(Block.Paragraph.labelled(w.get("doc.reviewMinutes.addendum.recordedBy.label"),
                sentence(a.recordedBy())));
        doc.signatures(new SignatureBlocks(
                Signature.of(name(in, m.minuteTakerId()), w.get("doc.minutes.sign.minuteTaker")),
                Signature.of(name(in, m.chairId()), w.get("doc.minutes.sign.chair"))));
        return doc.build();
    }

    /** "Số 01-BBKĐ/CB", with a blank number for a draft (the review's own series, ADR 0012). */
    String number(ReviewPeriod p) {
        return w.format("doc.number", code(p));
    }

    String code(ReviewPeriod p) {
        String type = w.get("doc.reviewMinutes.type");
        String n = p.isFinalized() ? String.format(Locale.ROOT, "%02d", p.finalization().number())
                : w.get("doc.number.blank");
        return w.format("doc.number.code", n, type);
    }

    /** "hội nghị kiểm điểm, đánh giá, xếp loại chất lượng đảng viên năm 2025" (or the period's dates). */
    String summary(ReviewPeriod p) {
        if (p.kind() == PeriodKind.YEAR) {
            return w.format("doc.reviewMinutes.summary.YEAR", p.year());
        }
        return w.format("doc.reviewMinutes.summary.period", Messages.formatDate(p.startDate()),
                Messages.formatDate(p.endDate()));
    }

    String footer(ReviewPeriod p) {
        return hashNote(p.isFinalized() ? p.finalization().contentHash() : null);
    }

    private String hashNote(String hash) {
        if (hash == null || hash.length() < 12) {
            return null;
        }
        return w.format("doc.footer.hash", hash.substring(0, 8), hash.substring(hash.length() - 4));
    }

    // ---- time, place, who was there ----

    private void opening(PartyDocument.Builder doc, Input in) {
        ReviewPeriod.ReviewMeeting m = in.summary().period().meeting();
        String day = m.date() == null ? w.get("doc.blank") : VietnameseDates.date(m.date());
        doc.add(Block.Paragraph.labelled(w.get("doc.minutes.time.label"), m.startTime() == null
                ? w.format("doc.minutes.time.unknown", day)
                : w.format("doc.minutes.time", VietnameseDates.time(m.startTime()), day)));
        doc.add(Block.Paragraph.labelled(w.get("doc.minutes.place.label"),
                m.place() == null || m.place().isBlank() ? w.get("doc.blank") : sentence(m.place())));
        AttendanceCounts c = in.counts();
        doc.add(Block.Paragraph.labelled(w.get("doc.minutes.members.label"), w.format("doc.minutes.members",
                comrades(c.onRoster()), comrades(c.official()), comrades(c.probationary()), comrades(c.exempt()),
                comrades(c.attachedElsewhere()), comrades(c.expected()))));

        if (m.date() == null) {
            // the roll call is taken at the meeting: a draft before it leaves the lines to fill in
            doc.dash(w.get("doc.reviewMinutes.present.blank"));
            doc.dash(w.format("doc.minutes.absentWithReason", w.get("doc.blank")));
            doc.dash(w.format("doc.minutes.absentWithoutReason", w.get("doc.blank")));
            doc.add(Block.Paragraph.labelled(w.get("doc.minutes.chair.label"), person(in, m.chairId())));
            doc.add(Block.Paragraph.labelled(w.get("doc.minutes.minuteTaker.label"), person(in, m.minuteTakerId())));
            return;
        }
        Map<UUID, Meeting.RollCallEntry> marks = m.rollCall().stream()
                .collect(Collectors.toMap(Meeting.RollCallEntry::memberId, Function.identity(), (a, b) -> a));
        List<String> present = new ArrayList<>();
        List<String> withReason = new ArrayList<>();
        List<String> withoutReason = new ArrayList<>();
        java.time.LocalDate on = m.date() == null ? in.summary().period().endDate() : m.date();
        for (Member member : in.members().stream().sorted(MemberService.rosterOrder()).toList()) {
            MemberStatus status = member.statusOn(on);
            if (!status.isOnRoster() || status == MemberStatus.TEMPORARILY_ATTACHED_ELSEWHERE) {
                continue;
            }
            Meeting.RollCallEntry mark = marks.get(member.id());
            Attendance attendance = mark == null ? null : mark.attendance();
            if (attendance != null && attendance.isPresent()) {
                present.add(member.fullName());
            } else if (status != MemberStatus.EXEMPT) {
                if (attendance == Attendance.ABSENT_WITH_REASON) {
                    withReason.add(mark.reason() == null || mark.reason().isBlank() ? member.fullName()
                            : w.format("doc.minutes.absentReason", member.fullName(), lowerFirst(clause(mark.reason()))));
                } else {
                    withoutReason.add(member.fullName());
                }
            }
        }
        String presentLine = w.format("doc.minutes.present", comrades(c.present()),
                percent(c.expected() - c.absentWithReason() - c.absentWithoutReason(), c.expected()));
        if (!present.isEmpty()) {
            presentLine += w.format("doc.minutes.present.names", String.join(w.get("doc.listSeparator"), present));
        }
        doc.dash(sentence(presentLine));
        String with = comrades(withReason.size());
        if (!withReason.isEmpty()) {
            with += ": " + String.join(w.get("doc.itemSeparator"), withReason);
        }
        doc.dash(sentence(w.format("doc.minutes.absentWithReason", with)));
        String without = comrades(withoutReason.size());
        if (!withoutReason.isEmpty()) {
            without += ": " + String.join(w.get("doc.listSeparator"), withoutReason);
        }
        doc.dash(sentence(w.format("doc.minutes.absentWithoutReason", without)));
        doc.add(Block.Paragraph.labelled(w.get("doc.minutes.chair.label"), person(in, m.chairId())));
        doc.add(Block.Paragraph.labelled(w.get("doc.minutes.minuteTaker.label"), person(in, m.minuteTakerId())));
    }

    private Block comment(Input in, ReviewPeriod.Comment c) {
        String speaker;
        if (c.speakerMemberId() != null) {
            String name = name(in, c.speakerMemberId());
            speaker = w.format("doc.comrade.capital", name == null ? w.get("doc.blank") : name);
        } else {
            speaker = w.format("doc.minutes.speaker.guest", c.speakerName() == null ? w.get("doc.blank")
                    : c.speakerName());
        }
        List<String> text = lines(c.text());
        String said = text.isEmpty() ? w.get("doc.blank")
                : String.join(" ", text.stream().map(ReviewMinutesDocument::sentence).toList());
        return Block.ListItem.dash(Run.bold(speaker + w.get("doc.minutes.speaker.suffix")), Run.plain(said));
    }

    private String person(Input in, UUID id) {
        String name = name(in, id);
        if (name == null) {
            return w.get("doc.blank");
        }
        CellProfile cell = in.cell();
        String role = id.equals(cell.secretaryId()) ? w.get("doc.minutes.role.secretary")
                : id.equals(cell.deputyId()) ? w.get("doc.minutes.role.deputy")
                : cell.committeeMemberIds().contains(id) ? w.get("doc.minutes.role.committee")
                : w.get("doc.minutes.role.member");
        return w.format("doc.minutes.person", w.format("doc.comrade", name), role);
    }

    private static String name(Input in, UUID id) {
        Member m = in.member(id);
        return m == null ? null : m.fullName();
    }

    private String comrades(int n) {
        return n == 0 ? w.get("doc.count.none") : w.format("doc.count.comrades", n);
    }

    private String levelLower(ReviewLevel l) {
        return w.get("doc.review.level." + l.name()).toLowerCase(Messages.VIETNAMESE);
    }

    /** A share in percent with at most one decimal, Vietnamese style (90, 66,7), half up, computed exactly. */
    static String percent(int part, int whole) {
        if (whole <= 0) {
            return "0";
        }
        BigDecimal value = BigDecimal.valueOf(100L * part).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
        NumberFormat format = NumberFormat.getNumberInstance(Messages.VIETNAMESE);
        format.setGroupingUsed(false);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** A text as a sentence: stripped, ending with a full stop unless it already ends with punctuation. */
    static String sentence(String text) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            return s;
        }
        char last = s.charAt(s.length() - 1);
        return ".!?…:;".indexOf(last) >= 0 ? s : s + ".";
    }

    /** A text to be followed by more words: stripped, without a final full stop or semicolon. */
    static String clause(String text) {
        String s = text == null ? "" : text.strip();
        while (!s.isEmpty() && (s.endsWith(".") && !s.endsWith("...") || s.endsWith(";"))) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }

    private static String lowerFirst(String s) {
        String[] words = s.split("\\s+");
        if (s.isEmpty() || words[0].length() > 1 && Character.isUpperCase(words[0].charAt(1))
                || words.length > 1 && !words[1].isEmpty() && Character.isUpperCase(words[1].charAt(0))) {
            return s;
        }
        return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }
}
