package vn.sochibo.application.dossier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.sochibo.application.common.Messages;
import vn.sochibo.application.document.Block;
import vn.sochibo.application.document.Header;
import vn.sochibo.application.document.PartyDocument;
import vn.sochibo.application.document.Signature;
import vn.sochibo.application.document.SignatureBlocks;
import vn.sochibo.application.document.VietnameseDates;
import vn.sochibo.application.review.ReviewViews;
import vn.sochibo.domain.cell.CellProfile;
import vn.sochibo.domain.member.Member;
import vn.sochibo.domain.member.StatusEvent;
import vn.sochibo.domain.pledge.YearFigures;

/**
 * Builds a member's dossier as a {@link PartyDocument}: the cell's header with the place-and-date line, "HỒ SƠ
 * ĐẢNG VIÊN", then I. general facts and status history, II. the year's meetings, III. tasks, IV. the pledge,
 * V. the review; signed by the secretary for the cell.
 */
final class DossierDocument {
    private final Messages w;
    private final Messages labels;

    /**
     * @param documentWords the bundle {@code i18n/documents}
     * @param messages      the bundle {@code i18n/messages}, for the member status and event names
     */
    DossierDocument(Messages documentWords, Messages messages) {
        this.w = Objects.requireNonNull(documentWords, "documentWords");
        this.labels = Objects.requireNonNull(messages, "messages");
    }

    PartyDocument build(MemberDossier d, CellProfile cell, String secretaryName, LocalDate today) {
        Member m = d.member();
        String placeAndDate = cell.placeName() == null || cell.placeName().isBlank() ? null
                : VietnameseDates.placeAndDate(cell.placeName(), today);
        PartyDocument.Builder doc = PartyDocument.builder(
                        new Header(cell.upperOrganisation(), cell.cellName(), "", placeAndDate),
                        w.get("doc.dossier.title"))
                .summary(w.format("doc.dossier.summary", m.fullName(), d.year()));

        doc.heading(w.get("doc.dossier.section.general"));
        doc.dash(w.format("doc.dossier.name", m.fullName()));
        if (m.birthDate() != null) {
            doc.dash(w.format("doc.dossier.birth", m.birthDate()));
        }
        if (hasText(m.position())) {
            doc.dash(w.format("doc.dossier.position", m.position()));
        }
        doc.dash(w.format("doc.dossier.admitted", m.admissionDate()));
        if (m.officialDate() != null) {
            doc.dash(w.format("doc.dossier.official", m.officialDate()));
        }
        if (hasText(m.cardNumber())) {
            doc.dash(w.format("doc.dossier.card", m.cardNumber()));
        }
        doc.dash(w.format("doc.dossier.statusAtEnd", d.year(), labels.get("member.status." + d.statusAtEnd().name())));
        record Event(LocalDate date, String what, String note) {
        }
        List<Event> events = new ArrayList<>();
        events.add(new Event(m.admissionDate(), labels.get("member.event.ADMITTED"), ""));
        if (m.officialDate() != null) {
            events.add(new Event(m.officialDate(), labels.get("member.event.RECOGNISED_OFFICIAL"), ""));
        }
        for (StatusEvent e : m.history()) {
            events.add(new Event(e.date(), labels.get("member.event." + e.type().name()),
                    e.note() == null ? "" : e.note()));
        }
        events.sort(java.util.Comparator.comparing(Event::date));
        List<List<String>> history = events.stream()
                .map(e -> List.of(Messages.formatDate(e.date()), e.what(), e.note())).toList();
        doc.paragraph(w.get("doc.dossier.history"));
        doc.add(new Block.Table(List.of(w.get("doc.dossier.col.date"), w.get("doc.dossier.col.event"),
                w.get("doc.dossier.col.note")), history, List.of(2.2, 5.0, 4.0))
                .withAlignments(Block.Alignment.CENTER, Block.Alignment.LEFT, Block.Alignment.LEFT));

        doc.heading(w.format("doc.dossier.section.meetings", d.year()));
        ReviewViews.Facts f = d.reviewFacts();
        if (f != null) {
            doc.paragraph(w.format("doc.dossier.facts", f.meetingsExpected(), f.meetingsAttended(), f.contributions(),
                    f.tasksAssigned(), f.tasksDone()));
        } else {
            doc.paragraph(w.format("doc.dossier.noReview", d.year()));
        }
        if (d.meetings().isEmpty()) {
            doc.paragraph(w.get("doc.dossier.meetings.none"));
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (MemberDossier.MeetingLine l : d.meetings()) {
                String took = l.attendance() == null ? w.get("doc.dossier.notCalled")
                        : w.get("doc.dossier.attendance." + l.attendance().name());
                if (l.reason() != null && !l.reason().isBlank()) {
                    took = took + " (" + l.reason() + ")";
                }
                rows.add(List.of(Messages.formatDate(l.date()), w.get("doc.dossier.kind." + l.kind().name())
                                + (l.minutesNumber() == 0 ? " " + w.get("doc.dossier.draft") : ""),
                        took, Integer.toString(l.contributions())));
            }
            doc.add(new Block.Table(List.of(w.get("doc.dossier.col.date"), w.get("doc.dossier.col.meeting"),
                    w.get("doc.dossier.col.attendance"), w.get("doc.dossier.col.spoke")), rows,
                    List.of(2.2, 3.6, 4.4, 1.6))
                    .withAlignments(Block.Alignment.CENTER, Block.Alignment.LEFT, Block.Alignment.LEFT,
                            Block.Alignment.CENTER));
        }

        doc.heading(w.get("doc.dossier.section.tasks"));
        if (d.tasks().isEmpty()) {
            doc.paragraph(w.get("doc.dossier.tasks.none"));
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (MemberDossier.TaskLine t : d.tasks()) {
                rows.add(List.of(Messages.formatDate(t.assignedOn()), t.description(),
                        t.deadline() == null ? "" : Messages.formatDate(t.deadline()),
                        t.result() == null ? w.get("doc.dossier.task.open")
                                : w.get("doc.task." + t.result().name())));
            }
            doc.add(new Block.Table(List.of(w.get("doc.dossier.col.assigned"), w.get("doc.dossier.col.task"),
                    w.get("doc.dossier.col.deadline"), w.get("doc.dossier.col.result")), rows,
                    List.of(2.2, 5.0, 2.2, 2.6))
                    .withAlignments(Block.Alignment.CENTER, Block.Alignment.LEFT, Block.Alignment.CENTER,
                            Block.Alignment.LEFT));
        }

        doc.heading(w.format("doc.dossier.section.pledge", d.year()));
        if (d.pledge() == null) {
            doc.paragraph(w.format("doc.dossier.pledge.none", d.year()));
        } else {
            YearFigures pf = d.pledgeFigures();
            doc.paragraph(d.pledge().isRegistered()
                    ? w.format("doc.dossier.pledge.registered", d.pledge().registeredOn(), pf.items(), pf.completed(),
                            pf.counted(), pf.overdue())
                    : w.get("doc.dossier.pledge.draft"));
            List<List<String>> rows = new ArrayList<>();
            for (MemberDossier.PledgeLine l : d.pledgeItems()) {
                String content = l.item().content() == null ? "" : l.item().content();
                if (l.item().target() != null && !l.item().target().isBlank()) {
                    content = content + " (" + l.item().target() + ")";
                }
                rows.add(List.of(content, l.item().deadline() == null ? "" : Messages.formatDate(l.item().deadline()),
                        l.lastStatus() == null ? w.get("doc.dossier.pledge.notChecked")
                                : w.get("doc.pledge.status." + l.lastStatus().name())));
            }
            if (!rows.isEmpty()) {
                doc.add(new Block.Table(List.of(w.get("doc.dossier.col.item"), w.get("doc.dossier.col.deadline"),
                        w.get("doc.dossier.col.status")), rows, List.of(6.6, 2.2, 3.0))
                        .withAlignments(Block.Alignment.LEFT, Block.Alignment.CENTER, Block.Alignment.LEFT));
            }
        }

        doc.heading(w.get("doc.dossier.section.review"));
        if (d.levels().isEmpty()) {
            doc.paragraph(w.get("doc.dossier.review.none"));
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (ReviewViews.YearLevels y : d.levels()) {
                rows.add(List.of(Integer.toString(y.year()),
                        y.included() ? level(y.selfLevel()) : w.get("doc.dossier.review.excluded"),
                        y.included() ? level(y.cellLevel()) : "", y.included() ? level(y.finalLevel()) : ""));
            }
            doc.add(new Block.Table(List.of(w.get("doc.dossier.col.year"), w.get("doc.dossier.col.selfLevel"),
                    w.get("doc.dossier.col.cellLevel"), w.get("doc.dossier.col.finalLevel")), rows,
                    List.of(1.4, 3.6, 3.6, 3.6))
                    .withAlignments(Block.Alignment.CENTER, Block.Alignment.LEFT, Block.Alignment.LEFT,
                            Block.Alignment.LEFT));
        }
        doc.signatures(SignatureBlocks.rightOnly(Signature.of(secretaryName, w.get("doc.dossier.sign.on"),
                w.get("doc.dossier.sign.title"))));
        return doc.build();
    }

    private String level(vn.sochibo.domain.review.ReviewLevel level) {
        return level == null ? w.get("doc.review.level.unset") : w.get("doc.review.level." + level.name());
    }

    /** True when the text has something in it. */
    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }
}
