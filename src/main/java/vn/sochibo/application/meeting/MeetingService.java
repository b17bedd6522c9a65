package vn.sochibo.application.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.sochibo.application.audit.AuditAction;
import vn.sochibo.application.audit.AuditKind;
import vn.sochibo.application.audit.AuditSummary;
import vn.sochibo.application.audit.AuditTrail;
import vn.sochibo.application.cell.CellProfileRepository;
import vn.sochibo.application.common.StoreSync;
import vn.sochibo.application.common.Transactions;
import vn.sochibo.application.member.MemberRepository;
import vn.sochibo.domain.cell.CellProfile;
import vn.sochibo.domain.common.Problem;
import vn.sochibo.domain.common.ValidationException;
import vn.sochibo.domain.common.Ids;
import vn.sochibo.domain.common.Text;
import vn.sochibo.domain.meeting.AttendanceCounts;
import vn.sochibo.domain.meeting.Correction;
import vn.sochibo.domain.meeting.CorrectionRules;
import vn.sochibo.domain.meeting.Meeting;
import vn.sochibo.domain.meeting.MeetingRules;
import vn.sochibo.domain.meeting.MeetingStandards;
import vn.sochibo.domain.meeting.SelfScoreSheet;
import vn.sochibo.domain.member.Member;

/**
 * Meetings: drafts saved while the meeting runs, then finalized (numbered, hashed into the chain, locked by
 * the store), and the tamper check over every finalized meeting.
 */
public class MeetingService {
    private final MeetingRepository meetings;
    private final MemberRepository members;
    private final CellProfileRepository cell;
    private final Transactions transactions;
    private final StoreSync storeSync;
    private final AuditTrail audit;
    private final Clock clock;

    public MeetingService(MeetingRepository meetings, MemberRepository members, CellProfileRepository cell,
            Transactions transactions, StoreSync storeSync, AuditTrail audit, Clock clock) {
        this.meetings = meetings;
        this.members = members;
        this.cell = cell;
        this.transactions = transactions;
        this.storeSync = storeSync;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Meeting> all() {
        return transactions.inTransaction(meetings::findAll);
    }

    /** Every meeting as the list shows it, by date, without reading what each one holds. */
    public List<vn.sochibo.domain.meeting.MeetingSummary> summaries() {
        return transactions.inTransaction(meetings::summaries);
    }

    /** The tasks of the last finalized meeting that assigned any, not yet reviewed by a later meeting. */
    public List<Meeting.TaskAssignment> openTasks() {
        return transactions.inTransaction(meetings::openTasks);
    }

    public Optional<Meeting> find(UUID id) {
        return transactions.inTransaction(() -> meetings.findById(id));
    }

    /**
     * Saves a draft as it stands, its texts cleaned (NFC, trimmed); it only has to be whole (see
     * {@link MeetingRules#checkDraft}), not consistent or complete. Returns what was stored. The audit trail gets
     * the creation, and then the parts changed, each part at most once per {@link AuditTrail#DRAFT_WINDOW} (the
     * editor saves every pause in typing; ADR 0007).
     */
    public Meeting saveDraft(Meeting raw) {
        Meeting meeting = raw.cleaned();
        return transactions.inTransaction(() -> {
            Optional<Meeting> before = meetings.findById(meeting.id());
            if (before.map(Meeting::isFinalized).orElse(false)) {
                throw new ValidationException(Problem.of("id", "meeting.error.finalized"));
            }
            ValidationException.throwIfAny(MeetingRules.checkDraft(meeting, membersById(), today()));
            meetings.save(meeting);
            if (before.isEmpty()) {
                audit.record(AuditAction.CREATE, AuditKind.MEETING, meeting.id(), describe(meeting));
            } else {
                audit.recordParts(AuditAction.UPDATE, AuditKind.MEETING, meeting.id(),
                        MeetingChanges.parts(before.get(), meeting), AuditTrail.DRAFT_WINDOW);
            }
            return meeting;
        });
    }

    /** Deletes a draft meeting (one created by mistake); a finalized meeting is refused and kept. */
    public void deleteDraft(UUID id) {
        transactions.run(() -> {
            Meeting m = meetings.findById(id)
                    .orElseThrow(() -> new ValidationException(Problem.of("id", "meeting.error.notFound")));
            if (m.isFinalized()) {
                throw new ValidationException(Problem.of("id", "meeting.error.finalized"));
            }
            meetings.delete(id);
            audit.record(AuditAction.DELETE, AuditKind.MEETING, id, describe(m));
        });
    }

    private static String describe(Meeting m) {
        return AuditSummary.create().put("kind", m.kind()).put("date", m.date()).put("topic", m.topic()).toString();
    }

    public AttendanceCounts counts(Meeting meeting) {
        return AttendanceCounts.of(transactions.inTransaction(members::findAll), MeetingRules.attendanceMap(meeting),
                meeting.date());
    }

    /**
     * What to tell the secretary about a draft without stopping the typing: first what contradicts itself and must
     * be put right before finalizing (an end before the start, …), then the soft warnings (too short, low
     * attendance, no thematic meeting this quarter).
     */
    public List<Problem> warnings(Meeting meeting, MeetingStandards standards) {
        return transactions.inTransaction(() -> {
            List<Member> all = members.findAll();
            List<Problem> problems = new ArrayList<>(MeetingRules.checkConsistency(meeting,
                    all.stream().collect(Collectors.toMap(Member::id, Function.identity())), today()));
            LocalDate quarter = MeetingRules.quarterStart(meeting.date());
            problems.addAll(MeetingRules.warnings(meeting,
                    AttendanceCounts.of(all, MeetingRules.attendanceMap(meeting), meeting.date()),
                    meetings.hasTopicMeetingBetween(quarter, quarter.plusMonths(3).minusDays(1)), standards));
            return problems;
        });
    }

    /**
     * Finalizes a complete draft: gives it the next minutes and resolution numbers of the committee term,
     * chains its content hash to the last finalized record, locks it, and syncs the store to disk.
     */
    public Meeting finalize(UUID id, SelfScoreSheet sheet) {
        return finalize(id, sheet, clock.instant());
    }

    /** Finalizes as of the given moment (the demo cell's past meetings were finalized on their day). */
    public Meeting finalize(UUID id, SelfScoreSheet sheet, java.time.Instant at) {
        Meeting done = transactions.inTransaction(() -> {
            Meeting m = meetings.findById(id)
                    .orElseThrow(() -> new ValidationException(Problem.of("id", "meeting.error.notFound")));
            if (m.isFinalized()) {
                throw new ValidationException(Problem.of("id", "meeting.error.finalized"));
            }
            ValidationException.throwIfAny(MeetingRules.checkForFinalize(m, membersById(), today(), sheet));
            CellProfile profile = cell.load()
                    .orElseThrow(() -> new ValidationException(Problem.of("cell", "meeting.error.noCell")));
            MeetingRepository.Numbers taken = meetings.maxNumbers(termStart(m.date(), profile),
                    termEnd(m.date(), profile));
            int minutes = taken.minutes() + 1;
            int resolution = taken.resolution() + 1;
            String previous = meetings.lastFinalized().map(x -> x.finalization().contentHash()).orElse(null);
            Meeting.Finalization f = new Meeting.Finalization(minutes, resolution, at,
                    MeetingCanonicalForm.chainedHash(m, previous), previous);
            meetings.finalize(id, f);
            audit.record(AuditAction.FINALIZE, AuditKind.MEETING, id, AuditSummary.create().put("date", m.date())
                    .put("minutesNumber", minutes).put("resolutionNumber", resolution)
                    .put("contentHash", f.contentHash()).toString());
            return meetings.findById(id).orElseThrow();
        });
        storeSync.syncToDisk();
        return done;
    }

    /** The tasks assigned at the latest regular or combined meeting before this one: the ones it follows up. */
    public List<Meeting.TaskAssignment> tasksToFollowUp(Meeting meeting) {
        return transactions.inTransaction(() -> meetings.tasksOfPreviousRegular(meeting.date(), meeting.id()));
    }

    /** The correction addenda of a meeting, by document, then number. */
    public List<Correction> corrections(UUID meetingId) {
        return transactions.inTransaction(() -> meetings.corrections(meetingId));
    }

    /**
     * Records a correction addendum to a finalized meeting's minutes or resolution: the next number for that
     * document, its hash chained to the meeting's last record, locked by the store at once and synced to disk.
     * Nothing is written when anything is wrong.
     */
    public Correction addCorrection(Correction.Draft raw) {
        Correction.Draft draft = clean(raw);
        Correction done = transactions.inTransaction(() -> {
            Meeting m = draft.meetingId() == null ? null : meetings.findById(draft.meetingId()).orElse(null);
            ValidationException.throwIfAny(CorrectionRules.check(draft, m, today()));
            List<Correction> existing = meetings.corrections(m.id());
            int number = existing.stream().filter(c -> c.document() == draft.document())
                    .mapToInt(Correction::number).max().orElse(0) + 1;
            List<Correction> chain = correctionsInChainOrder(existing);
            String previous = chain.isEmpty() ? m.finalization().contentHash()
                    : chain.get(chain.size() - 1).contentHash();
            Correction unsigned = new Correction(Ids.newId(), m.id(), draft.document(), number, draft.date(),
                    draft.reason(), draft.items(), clock.instant(), null, previous);
            Correction correction = new Correction(unsigned.id(), unsigned.meetingId(), unsigned.document(),
                    unsigned.number(), unsigned.date(), unsigned.reason(), unsigned.items(), unsigned.createdAt(),
                    MeetingCanonicalForm.chainedHash(unsigned, previous), previous);
            meetings.addCorrection(correction);
            audit.record(AuditAction.CORRECT, AuditKind.CORRECTION, correction.id(), AuditSummary.create()
                    .put("meeting", m.id()).put("document", correction.document()).put("number", number)
                    .put("date", correction.date()).put("items", correction.items().size())
                    .put("reason", correction.reason()).toString());
            return correction;
        });
        storeSync.syncToDisk();
        return done;
    }

    /** The order a meeting's addenda are chained in: as they were recorded. */
    public static List<Correction> correctionsInChainOrder(java.util.Collection<Correction> corrections) {
        return corrections.stream()
                .sorted(java.util.Comparator.comparing(Correction::createdAt).thenComparing(Correction::id))
                .toList();
    }

    private static Correction.Draft clean(Correction.Draft raw) {
        List<Correction.Item> items = raw.items().stream()
                .map(i -> new Correction.Item(Text.clean(i.location()), Text.cleanMultiline(i.recorded()),
                        Text.cleanMultiline(i.corrected())))
                .filter(i -> i.location() != null || i.recorded() != null || i.corrected() != null)
                .toList();
        return new Correction.Draft(raw.meetingId(), raw.document(), raw.date(), Text.cleanMultiline(raw.reason()),
                items);
    }

    /**
     * Recomputes the hash of every finalized meeting and of every correction addendum from what the store holds
     * now and walks the chains. An empty list means nothing was changed behind the app's back.
     */
    public List<TamperFinding> verify() {
        return transactions.inTransaction(() -> {
            List<TamperFinding> findings = new ArrayList<>();
            Map<UUID, List<Correction>> corrections = meetings.allCorrections().stream()
                    .collect(Collectors.groupingBy(Correction::meetingId));
            String previous = null;
            for (Meeting m : finalizedInChainOrder()) {
                Meeting.Finalization f = m.finalization();
                if (!java.util.Objects.equals(f.previousHash(), previous)) {
                    findings.add(TamperFinding.of(m, TamperFinding.Kind.CHAIN_BROKEN));
                }
                if (!MeetingCanonicalForm.chainedHash(m, f.previousHash()).equals(f.contentHash())) {
                    findings.add(TamperFinding.of(m, TamperFinding.Kind.CONTENT_CHANGED));
                }
                previous = f.contentHash();
                verifyCorrections(m, corrections.getOrDefault(m.id(), List.of()), findings);
            }
            corrections.keySet().stream()
                    .filter(id -> meetings.findById(id).map(x -> !x.isFinalized()).orElse(true))
                    .forEach(id -> corrections.get(id).forEach(c -> findings.add(new TamperFinding(id, c.date(), 0,
                            c.document(), c.number(), TamperFinding.Kind.CORRECTION_CHAIN_BROKEN))));
            return findings;
        });
    }

    private static void verifyCorrections(Meeting m, List<Correction> corrections, List<TamperFinding> findings) {
        String previous = m.finalization().contentHash();
        for (Correction c : correctionsInChainOrder(corrections)) {
            if (!java.util.Objects.equals(c.previousHash(), previous)) {
                findings.add(TamperFinding.of(m, c, TamperFinding.Kind.CORRECTION_CHAIN_BROKEN));
            }
            if (!MeetingCanonicalForm.chainedHash(c, c.previousHash()).equals(c.contentHash())) {
                findings.add(TamperFinding.of(m, c, TamperFinding.Kind.CORRECTION_CHANGED));
            }
            previous = c.contentHash();
        }
    }

    /**
     * A finalized meeting (or one of its correction addenda) whose stored content no longer matches its hash, or
     * whose link in the chain is broken. {@code document} and {@code correctionNumber} are null and 0 for a
     * finding on the meeting itself.
     */
    public record TamperFinding(UUID meetingId, LocalDate date, int minutesNumber,
            Correction.CorrectedDocument document, int correctionNumber, Kind kind) {
        public enum Kind {
            CONTENT_CHANGED,
            CHAIN_BROKEN,
            CORRECTION_CHANGED,
            CORRECTION_CHAIN_BROKEN
        }

        static TamperFinding of(Meeting m, Kind kind) {
            return new TamperFinding(m.id(), m.date(), m.finalization().minutesNumber(), null, 0, kind);
        }

        static TamperFinding of(Meeting m, Correction c, Kind kind) {
            return new TamperFinding(m.id(), m.date(), m.finalization().minutesNumber(), c.document(), c.number(),
                    kind);
        }

        public boolean concernsCorrection() {
            return document != null;
        }
    }

    private List<Meeting> finalizedInChainOrder() {
        return Meeting.finalizedInChainOrder(meetings.findAll());
    }

    /**
     * Which committee term a date falls in, relative to the current one (-1 before it, 0 during, 1 after):
     * document numbers run from 01 within a term. Earlier terms' exact bounds are not kept, so all meetings
     * before the current term share one series.
     */
    private static int termOf(LocalDate date, CellProfile profile) {
        if (date.isBefore(profile.termStart())) {
            return -1;
        }
        return date.isAfter(profile.termEnd()) ? 1 : 0;
    }

    private static final LocalDate EARLIEST = LocalDate.of(1930, 2, 3);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    /** The first day of the numbering series a meeting day falls in (see {@link #termOf}). */
    private static LocalDate termStart(LocalDate date, CellProfile profile) {
        return switch (termOf(date, profile)) {
            case -1 -> EARLIEST;
            case 0 -> profile.termStart();
            default -> profile.termEnd().plusDays(1);
        };
    }

    /** The last day of the numbering series a meeting day falls in. */
    private static LocalDate termEnd(LocalDate date, CellProfile profile) {
        return switch (termOf(date, profile)) {
            case -1 -> profile.termStart().minusDays(1);
            case 0 -> profile.termEnd();
            default -> LATEST;
        };
    }

    private Map<UUID, Member> membersById() {
        return members.findAll().stream().collect(Collectors.toMap(Member::id, Function.identity()));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
