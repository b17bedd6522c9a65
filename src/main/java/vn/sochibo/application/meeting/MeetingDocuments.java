package vn.sochibo.application.meeting;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.sochibo.application.cell.CellProfileRepository;
import vn.sochibo.application.common.Transactions;
import vn.sochibo.application.document.DocumentRenderer;
import vn.sochibo.application.document.PartyDocument;
import vn.sochibo.application.member.MemberRepository;
import vn.sochibo.domain.cell.CellProfile;
import vn.sochibo.domain.common.Problem;
import vn.sochibo.domain.common.ValidationException;
import vn.sochibo.domain.meeting.Correction;
import vn.sochibo.domain.meeting.Meeting;
import vn.sochibo.domain.meeting.SelfScoreSheet;
import vn.sochibo.domain.meeting.VoteThresholds;

/**
 * A recorded meeting's printed documents: its minutes and its resolution, as document models and as PDFs. A draft
 * prints as a draft (blank number, "BẢN NHÁP"); a finalized meeting with its numbers and hash.
 *
 * <p>The self-score prints on the sheet the meeting was scored on ({@code sheet}, ADR 0006), not necessarily
 * the one in use now.
 *
 * <p>The renderer is asked for only when a PDF is written, so a lazily built one (iText's cold start takes a
 * second or two) costs nothing until then. Rendering takes tens of milliseconds: call it off the FX thread.
 */
public class MeetingDocuments {
    private final MeetingRepository meetings;
    private final MemberRepository members;
    private final CellProfileRepository cell;
    private final Transactions transactions;
    private final Supplier<? extends DocumentRenderer> renderer;
    private final Function<Meeting, SelfScoreSheet> sheet;
    private final Supplier<VoteThresholds> thresholds;
    private final MinutesDocument minutes;
    private final ResolutionDocument resolution;
    private final CorrectionDocument correction;
    private final Function<UUID, List<MeetingDocumentInput.PledgeCheck>> pledgeChecks;

    public MeetingDocuments(MeetingRepository meetings, MemberRepository members, CellProfileRepository cell,
            Transactions transactions, Supplier<? extends DocumentRenderer> renderer,
            Function<Meeting, SelfScoreSheet> sheet, Supplier<VoteThresholds> thresholds, MeetingDocumentWords words) {
        this(meetings, members, cell, transactions, renderer, sheet, thresholds, words, id -> List.of());
    }

    /**
     * @param pledgeChecks the pledge follow-ups recorded at a meeting (by its id), printed in its minutes; read in the
     *                     documents' transaction
     */
    public MeetingDocuments(MeetingRepository meetings, MemberRepository members, CellProfileRepository cell,
            Transactions transactions, Supplier<? extends DocumentRenderer> renderer,
            Function<Meeting, SelfScoreSheet> sheet, Supplier<VoteThresholds> thresholds, MeetingDocumentWords words,
            Function<UUID, List<MeetingDocumentInput.PledgeCheck>> pledgeChecks) {
        this.pledgeChecks = Objects.requireNonNull(pledgeChecks, "pledgeChecks");
        this.meetings = meetings;
        this.members = members;
        this.cell = cell;
        this.transactions = transactions;
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.sheet = Objects.requireNonNull(sheet, "sheet");
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
        this.minutes = new MinutesDocument(words);
        this.resolution = new ResolutionDocument(words);
        this.correction = new CorrectionDocument(words);
    }

    /** The minutes of a meeting as a document model; refused when the meeting or the cell profile is missing. */
    public PartyDocument minutes(UUID meetingId) {
        return minutes.build(read(meetingId).input());
    }

    public PartyDocument resolution(UUID meetingId) {
        return resolution.build(read(meetingId).input());
    }

    /** The minutes followed by their correction addenda, in number order: what prints as "the minutes". */
    public List<PartyDocument> minutesWithCorrections(UUID meetingId) {
        return withCorrections(read(meetingId), Correction.CorrectedDocument.MINUTES);
    }

    /** The resolution followed by its correction addenda, in number order. */
    public List<PartyDocument> resolutionWithCorrections(UUID meetingId) {
        return withCorrections(read(meetingId), Correction.CorrectedDocument.RESOLUTION);
    }

    /** Writes the minutes, with their correction addenda after them, as one PDF to {@code out} (left open). */
    public void writeMinutesPdf(UUID meetingId, OutputStream out) {
        renderer.get().render(minutesWithCorrections(meetingId), out);
    }

    /** Writes the resolution, with its correction addenda after it, as one PDF to {@code out} (left open). */
    public void writeResolutionPdf(UUID meetingId, OutputStream out) {
        renderer.get().render(resolutionWithCorrections(meetingId), out);
    }

    private List<PartyDocument> withCorrections(Stored stored, Correction.CorrectedDocument document) {
        List<PartyDocument> docs = new ArrayList<>();
        docs.add(document == Correction.CorrectedDocument.MINUTES ? minutes.build(stored.input())
                : resolution.build(stored.input()));
        stored.corrections().stream().filter(c -> c.document() == document)
                .sorted(Comparator.comparingInt(Correction::number))
                .forEach(c -> docs.add(correction.build(stored.input(), c)));
        return docs;
    }

    private record Stored(MeetingDocumentInput input, List<Correction> corrections) {
    }

    /** Everything the documents need, read in one transaction so that they agree with each other. */
    private Stored read(UUID meetingId) {
        return transactions.inTransaction(() -> {
            Meeting meeting = meetings.findById(meetingId)
                    .orElseThrow(() -> new ValidationException(Problem.of("id", "meeting.error.notFound")));
            CellProfile profile = cell.load()
                    .orElseThrow(() -> new ValidationException(Problem.of("cell", "meeting.error.noCellForDocument")));
            // Only the tasks this meeting follows up are read, not every meeting (ten years hold ~160).
            var earlierTasks = new java.util.HashMap<>(meetings.tasks(meeting.followUps().stream()
                    .map(Meeting.TaskFollowUp::taskId).toList()));
            meeting.tasks().forEach(t -> earlierTasks.remove(t.id()));
            return new Stored(new MeetingDocumentInput(meeting, members.findAll(), profile, sheet.apply(meeting),
                    earlierTasks, thresholds.get(), pledgeChecks.apply(meetingId)), meetings.corrections(meetingId));
        });
    }
}
