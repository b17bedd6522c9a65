package vn.sochibo.application.meeting;

import static vn.sochibo.application.meeting.MeetingDocumentWords.clause;
import static vn.sochibo.application.meeting.MeetingDocumentWords.sentence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import vn.sochibo.domain.meeting.AttendanceCounts;
import vn.sochibo.domain.meeting.Meeting;
import vn.sochibo.domain.meeting.SelfScoreSheet;
import vn.sochibo.domain.meeting.VoteSubject;
import vn.sochibo.domain.member.Member;

/**
 * Builds a meeting's resolution (nghị quyết) as a {@link PartyDocument} (domain.md §3–4): the header with the
 * place-and-date line, "Số 05-NQ/CB", then I. the results of last month's resolution (task / status / result),
 * II. next month's tasks, III. the named assignments with deadlines, IV. the meeting's self-score; signed on the
 * right only, "T/M CHI BỘ" / "BÍ THƯ" with the secretary's name, and "Nơi nhận" on the left.
 */
public final class ResolutionDocument {
    private final MeetingDocumentWords w;

    public ResolutionDocument(MeetingDocumentWords words) {
        this.w = Objects.requireNonNull(words, "words");
    }

    public PartyDocument build(MeetingDocumentInput in) {
        Meeting m = in.meeting();
        CellProfile cell = in.cell();
        String placeAndDate = cell.placeName() == null || cell.placeName().isBlank() ? null
                : VietnameseDates.placeAndDate(cell.placeName(), m.date());
        PartyDocument.Builder doc = PartyDocument.builder(
                        new Header(cell.upperOrganisation(), cell.cellName(), w.number(m, true), placeAndDate),
                        w.get("doc.resolution.title"))
                .summary(w.summary(m))
                .draft(!m.isFinalized())
                .footerNote(w.footer(m));

        doc.paragraph(w.format("doc.resolution.preamble", w.summary(m), VietnameseDates.date(m.date()),
                cell.cellName()));

        boolean monthly = MeetingDocumentWords.isMonthly(m);
        LocalDate last = m.date().minusMonths(1);
        doc.heading(w.section(1, monthly
                ? w.format("doc.resolution.section.results", last.getMonthValue(), last.getYear())
                : w.get("doc.resolution.section.results.other")));
        results(doc, in);

        LocalDate next = m.date().plusMonths(1);
        doc.heading(w.section(2, monthly
                ? w.format("doc.resolution.section.tasks", next.getMonthValue(), next.getYear())
                : w.get("doc.resolution.section.tasks.other")));
        if (m.tasks().isEmpty()) {
            doc.paragraph(w.get("doc.resolution.tasks.none"));
        }
        m.tasks().forEach(t -> doc.dash(sentence(t.description())));

        doc.heading(w.section(3, w.get("doc.resolution.section.assignments")));
        assignments(doc, in);

        doc.heading(w.section(4, w.get("doc.resolution.section.selfScore")));
        Map<String, Integer> scores = m.selfScores();
        SelfScoreSheet sheet = in.sheet();
        if (scores.isEmpty()) {
            doc.paragraph(w.get("doc.resolution.selfScore.none"));
        } else {
            int total = sheet.total(scores);
            doc.paragraph(w.format("doc.resolution.selfScore", total, sheet.maxTotal(),
                    w.get("doc.grade." + sheet.grade(total).name())));
        }

        AttendanceCounts counts = in.counts();
        m.votes().stream().filter(v -> v.subject() == VoteSubject.RESOLUTION).findFirst()
                .ifPresent(v -> doc.paragraph(w.format("doc.resolution.adopted",
                        w.voteLine(v.tally(), counts.eligibleVoters()))));

        String secretary = in.member(cell.secretaryId()).map(Member::fullName).orElse(null);
        doc.signatures(SignatureBlocks.rightOnly(Signature.of(secretary,
                w.get("doc.resolution.sign.onBehalf"), w.get("doc.resolution.sign.secretary"))));
        doc.recipients(w.format("doc.resolution.recipient.upper", upperCommittee(cell.upperOrganisation())),
                w.get("doc.resolution.recipient.archive"));
        return doc.build();
    }

    /** I. Each follow-up of an earlier task: number, task, status, result. */
    private void results(PartyDocument.Builder doc, MeetingDocumentInput in) {
        List<Meeting.TaskFollowUp> followUps = in.meeting().followUps();
        if (followUps.isEmpty()) {
            doc.paragraph(w.get("doc.resolution.results.none"));
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (Meeting.TaskFollowUp f : followUps) {
            Meeting.TaskAssignment task = in.earlierTasks().get(f.taskId());
            rows.add(List.of(Integer.toString(rows.size() + 1),
                    task == null ? w.get("doc.blank") : clause(task.description()),
                    f.result() == null ? "" : w.get("doc.task." + f.result().name()),
                    f.note() == null ? "" : f.note().strip()));
        }
        doc.add(new Block.Table(List.of(w.get("doc.resolution.table.number"), w.get("doc.resolution.table.task"),
                w.get("doc.resolution.table.status"), w.get("doc.resolution.table.result")), rows,
                List.of(0.6, 3.2, 1.7, 2.7))
                .withAlignments(Block.Alignment.CENTER, Block.Alignment.LEFT, Block.Alignment.CENTER,
                        Block.Alignment.LEFT));
    }

    /** III. Each task with the comrades named to carry it out and its deadline. */
    private void assignments(PartyDocument.Builder doc, MeetingDocumentInput in) {
        List<Meeting.TaskAssignment> tasks = in.meeting().tasks();
        if (tasks.isEmpty()) {
            doc.paragraph(w.get("doc.resolution.assignments.none"));
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (Meeting.TaskAssignment t : tasks) {
            List<String> names = new ArrayList<>();
            for (UUID id : t.assigneeIds()) {
                in.member(id).ifPresent(x -> names.add(w.format("doc.comrade.capital", x.fullName())));
            }
            rows.add(List.of(Integer.toString(rows.size() + 1), clause(t.description()),
                    String.join("\n", names), Messages.formatDate(t.deadline())));
        }
        doc.add(new Block.Table(List.of(w.get("doc.resolution.table.number"), w.get("doc.resolution.table.task"),
                w.get("doc.resolution.table.assignees"), w.get("doc.resolution.table.deadline")), rows,
                List.of(0.6, 3.6, 2.6, 1.5))
                .withAlignments(Block.Alignment.CENTER, Block.Alignment.LEFT, Block.Alignment.LEFT,
                        Block.Alignment.CENTER));
    }

    /** "Đảng bộ xã Hải Phong" → "Đảng ủy xã Hải Phong": the upper organisation's committee receives it. */
    private String upperCommittee(String upper) {
        String s = java.text.Normalizer.normalize(upper == null ? "" : upper.strip(), java.text.Normalizer.Form.NFC);
        String party = w.get("doc.upperOrganisation.party");
        String committee = w.get("doc.upperOrganisation.committee");
        Locale vi = Messages.VIETNAMESE;
        String folded = s.toLowerCase(vi);
        if (folded.startsWith(party.toLowerCase(vi) + " ")) {
            return committee + s.substring(party.length());
        }
        if (folded.startsWith(committee.toLowerCase(vi) + " ")) {
            return s;
        }
        return committee + " " + s;
    }
}
