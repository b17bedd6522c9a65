package vn.sochibo.application.meeting;

import static vn.sochibo.application.meeting.MeetingDocumentWords.lines;
import static vn.sochibo.application.meeting.MeetingDocumentWords.sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import vn.sochibo.application.common.Messages;
import vn.sochibo.application.document.Block;
import vn.sochibo.application.document.Header;
import vn.sochibo.application.document.PartyDocument;
import vn.sochibo.application.document.Signature;
import vn.sochibo.application.document.SignatureBlocks;
import vn.sochibo.application.document.VietnameseDates;
import vn.sochibo.domain.cell.CellProfile;
import vn.sochibo.domain.meeting.Correction;
import vn.sochibo.domain.meeting.Meeting;
import vn.sochibo.domain.member.Member;

/**
 * Builds a correction addendum (phụ lục đính chính) as a {@link PartyDocument}: it carries the number of the
 * document it corrects in its header and names it in its text ("Căn cứ Biên bản số 05-BB/CB ngày …"), then the
 * reason and a table of each place, what was written and what it should read, and is signed like the original
 * (minute-taker and chair for minutes; T/M CHI BỘ – BÍ THƯ for a resolution). It prints after the original.
 */
public final class CorrectionDocument {
    private final MeetingDocumentWords w;

    public CorrectionDocument(MeetingDocumentWords words) {
        this.w = Objects.requireNonNull(words, "words");
    }

    public PartyDocument build(MeetingDocumentInput in, Correction c) {
        Meeting m = in.meeting();
        CellProfile cell = in.cell();
        boolean resolution = c.document() == Correction.CorrectedDocument.RESOLUTION;
        String original = w.code(m, resolution);
        String placeAndDate = cell.placeName() == null || cell.placeName().isBlank() ? null
                : VietnameseDates.placeAndDate(cell.placeName(), c.date());
        String documentName = w.get(resolution ? "doc.resolution.title" : "doc.minutes.title");
        PartyDocument.Builder doc = PartyDocument.builder(
                        new Header(cell.upperOrganisation(), cell.cellName(), w.number(m, resolution), placeAndDate),
                        w.format("doc.correction.title", String.format(Locale.ROOT, "%02d", c.number())))
                .summary(w.format("doc.correction.summary", documentName.toLowerCase(Messages.VIETNAMESE), original,
                        w.summary(m)))
                .footerNote(footer(c));

        doc.paragraph(w.format("doc.correction.basis", documentName, original, VietnameseDates.date(m.date()),
                cell.cellName(), w.summary(m)));
        List<String> reason = lines(c.reason());
        doc.add(Block.Paragraph.labelled(w.get("doc.correction.reason.label"),
                sentence(String.join(" ", reason))));
        doc.paragraph(w.get("doc.correction.intro"));
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (Correction.Item item : c.items()) {
            rows.add(List.of(Integer.toString(++n), item.location(),
                    item.recorded() == null ? w.get("doc.correction.nothingRecorded") : item.recorded(),
                    item.corrected()));
        }
        doc.add(new Block.Table(List.of(w.get("doc.correction.table.number"), w.get("doc.correction.table.location"),
                w.get("doc.correction.table.recorded"), w.get("doc.correction.table.corrected")), rows,
                List.of(0.6, 2.2, 3.6, 3.6)).withAlignments(Block.Alignment.CENTER, Block.Alignment.LEFT,
                Block.Alignment.LEFT, Block.Alignment.LEFT));
        doc.paragraph(w.format("doc.correction.rest", documentName.toLowerCase(Messages.VIETNAMESE), original));

        if (resolution) {
            String secretary = name(in, cell.secretaryId());
            doc.signatures(SignatureBlocks.rightOnly(Signature.of(secretary,
                    w.get("doc.resolution.sign.onBehalf"), w.get("doc.resolution.sign.secretary"))));
        } else {
            doc.signatures(new SignatureBlocks(
                    Signature.of(name(in, m.minuteTakerId()), w.get("doc.minutes.sign.minuteTaker")),
                    Signature.of(name(in, m.chairId()), w.get("doc.minutes.sign.chair"))));
        }
        return doc.build();
    }

    private String footer(Correction c) {
        String hash = c.contentHash();
        if (hash == null || hash.length() < 12) {
            return null;
        }
        return w.format("doc.footer.hash", hash.substring(0, 8), hash.substring(hash.length() - 4));
    }

    private static String name(MeetingDocumentInput in, UUID id) {
        return in.member(id).map(Member::fullName).orElse(null);
    }
}
