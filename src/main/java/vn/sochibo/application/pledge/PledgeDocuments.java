package vn.sochibo.application.pledge;

import java.io.OutputStream;
import java.time.LocalDate;
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
import vn.sochibo.domain.cell.CellProfile;
import vn.sochibo.domain.common.Problem;
import vn.sochibo.domain.common.ValidationException;
import vn.sochibo.domain.member.Member;
import vn.sochibo.domain.pledge.CompletionRate;
import vn.sochibo.domain.pledge.Pledge;
import vn.sochibo.domain.pledge.PledgeItem;
import vn.sochibo.domain.pledge.PledgeKind;
import vn.sochibo.domain.pledge.YearFigures;

/**
 * The printed pledge documents, in the Party layout (words in {@code i18n/documents}): each member's pledge form
 * ("Bản đăng ký cam kết", signed by the member and confirmed by the secretary; a draft prints "BẢN NHÁP"), and the
 * cell's pledge summary for a year (one line per member: items, completed, rate, overdue; the cell's total).
 */
public class PledgeDocuments {
    private static final String BUNDLE = "i18n.documents";

    private final PledgeService pledges;
    private final MemberRepository members;
    private final CellProfileRepository cell;
    private final Transactions transactions;
    private final Supplier<? extends DocumentRenderer> renderer;
    private final Messages w;

    public PledgeDocuments(PledgeService pledges, MemberRepository members, CellProfileRepository cell,
            Transactions transactions, Supplier<? extends DocumentRenderer> renderer) {
        this.pledges = pledges;
        this.members = members;
        this.cell = cell;
        this.transactions = transactions;
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.w = new Messages(ResourceBundle.getBundle(BUNDLE, Messages.VIETNAMESE,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)),
                Messages.VIETNAMESE);
    }

    /** The member's pledge form for the year; refused when there is no such pledge or no cell profile. */
    public PartyDocument form(UUID memberId, int year) {
        return transactions.inTransaction(() -> {
            Pledge p = pledges.find(memberId, year)
                    .orElseThrow(() -> new ValidationException(Problem.of("year", "pledge.error.noPledge", year)));
            return form(p);
        });
    }

    private PartyDocument form(Pledge p) {
        CellProfile profile = profile();
        Member m = members.findById(p.memberId()).orElseThrow();
        String placeAndDate = p.registeredOn() == null || profile.placeName() == null ? null
                : VietnameseDates.placeAndDate(profile.placeName(), p.registeredOn());
        PartyDocument.Builder doc = PartyDocument.builder(new Header(profile.upperOrganisation(), profile.cellName(),
                        "", placeAndDate), w.get("doc.pledge.title"))
                .summary(w.format("doc.pledge.summary", p.year()))
                .draft(!p.isRegistered());
        doc.add(fact("doc.pledge.name", m.fullName()));
        if (m.birthDate() != null) {
            doc.add(fact("doc.pledge.birthDate", Messages.formatDate(m.birthDate())));
        }
        if (m.position() != null) {
            doc.add(fact("doc.pledge.position", m.position()));
        }
        String joined = Messages.formatDate(m.admissionDate());
        if (m.officialDate() != null) {
            joined = w.format("doc.pledge.joinedAndOfficial", joined, Messages.formatDate(m.officialDate()));
        }
        doc.add(fact("doc.pledge.joined", joined));
        doc.add(fact("doc.pledge.cell", profile.cellName()));
        doc.paragraph(w.format("doc.pledge.intro", p.year()));
        int section = 0;
        for (PledgeKind kind : PledgeKind.values()) {
            List<PledgeItem> items = p.items().stream().filter(i -> i.kind() == kind).toList();
            if (items.isEmpty()) {
                continue;
            }
            doc.heading(w.format("doc.section", roman(++section), w.get("doc.pledge.kind." + kind.name())));
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                PledgeItem item = items.get(i);
                String content = item.exampleSetting()
                        ? w.format("doc.pledge.exampleSetting", item.content()) : item.content();
                rows.add(List.of(String.valueOf(i + 1), content, item.target() == null ? "" : item.target(),
                        Messages.formatDate(item.deadline())));
            }
            doc.add(new Block.Table(List.of(w.get("doc.pledge.column.number"), w.get("doc.pledge.column.content"),
                    w.get("doc.pledge.column.target"), w.get("doc.pledge.column.deadline")), rows,
                    List.of(0.6, 4.0, 2.6, 1.8)).withAlignments(Block.Alignment.CENTER, Block.Alignment.LEFT,
                    Block.Alignment.LEFT, Block.Alignment.CENTER));
        }
        doc.paragraph(w.get("doc.pledge.promise"));
        String secretary = profile.secretaryId() == null ? null
                : members.findById(profile.secretaryId()).map(Member::fullName).orElse(null);
        doc.signatures(new SignatureBlocks(
                Signature.of(secretary, w.get("doc.pledge.sign.confirm"), w.get("doc.pledge.sign.secretary")),
                Signature.of(m.fullName(), w.get("doc.pledge.sign.member"))));
        return doc.build();
    }

    /** The cell's pledge summary for the year, as of today (the year's last day once it is over). */
    public PartyDocument summary(int year) {
        return transactions.inTransaction(() -> {
            CellProfile profile = profile();
            YearOverview o = pledges.overview(year, null);
            String placeAndDate = profile.placeName() == null ? null
                    : VietnameseDates.placeAndDate(profile.placeName(), o.asOf());
            PartyDocument.Builder doc = PartyDocument.builder(new Header(profile.upperOrganisation(),
                            profile.cellName(), "", placeAndDate), w.get("doc.pledgeSummary.title"))
                    .summary(w.format("doc.pledgeSummary.summary", year, Messages.formatDate(o.asOf())));
            int expected = o.expectedCount();
            int registered = o.registeredExpectedCount();
            doc.paragraph(w.format("doc.pledgeSummary.registered", expected, registered,
                    percent(new CompletionRate(registered, expected))));
            if (!o.notRegistered().isEmpty()) {
                doc.paragraph(w.format("doc.pledgeSummary.notRegistered", o.notRegistered().stream()
                        .map(r -> w.format("doc.comrade", r.fullName())).collect(Collectors.joining(", "))));
            }
            List<List<String>> rows = new ArrayList<>();
            int n = 0;
            for (YearOverview.Row r : o.rows()) {
                if (!r.isRegistered()) {
                    rows.add(List.of(String.valueOf(++n), w.format("doc.pledgeSummary.none", r.fullName()), "", "", "", ""));
                    continue;
                }
                rows.add(row(String.valueOf(++n), r.fullName(), r.figures()));
            }
            rows.add(row("", w.get("doc.pledgeSummary.total"), o.cell()));
            doc.add(new Block.Table(List.of(w.get("doc.pledge.column.number"), w.get("doc.pledgeSummary.column.name"),
                    w.get("doc.pledgeSummary.column.items"), w.get("doc.pledgeSummary.column.completed"),
                    w.get("doc.pledgeSummary.column.rate"), w.get("doc.pledgeSummary.column.overdue")), rows,
                    List.of(0.6, 3.4, 1.3, 1.4, 1.2, 1.2)).withAlignments(Block.Alignment.CENTER,
                    Block.Alignment.LEFT, Block.Alignment.CENTER, Block.Alignment.CENTER, Block.Alignment.CENTER,
                    Block.Alignment.CENTER));
            doc.paragraph(w.get("doc.pledgeSummary.rateNote"));
            String secretary = profile.secretaryId() == null ? null
                    : members.findById(profile.secretaryId()).map(Member::fullName).orElse(null);
            doc.signatures(SignatureBlocks.rightOnly(Signature.of(secretary, w.get("doc.pledgeSummary.sign.onBehalf"),
                    w.get("doc.pledge.sign.secretary"))));
            doc.recipients(w.format("doc.pledgeSummary.recipient.upper", profile.upperOrganisation()),
                    w.get("doc.pledgeSummary.recipient.archive"));
            return doc.build();
        });
    }

    public void writeFormPdf(UUID memberId, int year, OutputStream out) {
        renderer.get().render(form(memberId, year), out);
    }

    public void writeSummaryPdf(int year, OutputStream out) {
        renderer.get().render(summary(year), out);
    }

    private List<String> row(String number, String name, YearFigures f) {
        return List.of(number, name, String.valueOf(f.items()), String.valueOf(f.completed()),
                percent(f.completionRate()), String.valueOf(f.overdue()));
    }

    private String percent(CompletionRate rate) {
        return rate.percent().isPresent() ? w.format("doc.pledgeSummary.percent", rate.percent().getAsInt())
                : w.get("doc.pledgeSummary.noRate");
    }

    private Block.Paragraph fact(String labelKey, String value) {
        return Block.Paragraph.labelled(w.get(labelKey), value).withoutIndent();
    }

    private CellProfile profile() {
        return cell.load().orElseThrow(() -> new ValidationException(Problem.of("cell",
                "meeting.error.noCellForDocument")));
    }

    private static String roman(int n) {
        return switch (n) {
            case 1 -> "I";
            case 2 -> "II";
            case 3 -> "III";
            case 4 -> "IV";
            default -> String.valueOf(n);
        };
    }
}
