package vn.sochibo.application.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import vn.sochibo.application.audit.AuditAction;
import vn.sochibo.application.audit.AuditKind;
import vn.sochibo.application.audit.AuditSummary;
import vn.sochibo.application.audit.AuditTrail;
import vn.sochibo.application.cell.CellProfileRepository;
import vn.sochibo.application.common.AppInfo;
import vn.sochibo.application.common.StoreSync;
import vn.sochibo.application.common.Transactions;
import java.util.Comparator;
import java.util.List;
import vn.sochibo.application.meeting.MeetingRepository;
import vn.sochibo.application.meeting.MeetingService;
import vn.sochibo.application.member.MemberRepository;
import vn.sochibo.application.pledge.PledgeRepository;
import vn.sochibo.domain.meeting.Meeting;
import vn.sochibo.application.settings.SettingsRepository;
import vn.sochibo.domain.common.Problem;
import vn.sochibo.domain.common.ValidationException;
import vn.sochibo.domain.member.Member;

/**
 * Export and import of the whole data set in the JSON exchange format (docs/data-format.md). Import checks
 * the whole file first and writes nothing if any record is bad; it only fills an empty data folder.
 */
public class ExchangeService {
    private final MemberRepository members;
    private final MeetingRepository meetings;
    private final CellProfileRepository cell;
    private final SettingsRepository settings;
    private final Transactions transactions;
    private final StoreSync storeSync;
    private final AuditTrail audit;
    private final Clock clock;
    private final PledgeRepository pledges;
    private final vn.sochibo.application.review.ReviewRepository reviews;

    public ExchangeService(MemberRepository members, MeetingRepository meetings, CellProfileRepository cell,
            SettingsRepository settings, Transactions transactions, StoreSync storeSync, AuditTrail audit,
            Clock clock) {
        this(members, meetings, cell, settings, transactions, storeSync, audit, clock, null);
    }

    /** With the pledges (issue 5), exported and imported with the rest. */
    public ExchangeService(MemberRepository members, MeetingRepository meetings, CellProfileRepository cell,
            SettingsRepository settings, Transactions transactions, StoreSync storeSync, AuditTrail audit,
            Clock clock, PledgeRepository pledges) {
        this(members, meetings, cell, settings, transactions, storeSync, audit, clock, pledges, null);
    }

    /** With the pledges and the annual reviews (issue 6), exported and imported with the rest. */
    public ExchangeService(MemberRepository members, MeetingRepository meetings, CellProfileRepository cell,
            SettingsRepository settings, Transactions transactions, StoreSync storeSync, AuditTrail audit,
            Clock clock, PledgeRepository pledges, vn.sochibo.application.review.ReviewRepository reviews) {
        this.reviews = reviews;
        this.pledges = pledges;
        this.members = members;
        this.meetings = meetings;
        this.cell = cell;
        this.settings = settings;
        this.transactions = transactions;
        this.storeSync = storeSync;
        this.audit = audit;
        this.clock = clock;
    }

    /** Everything in the store, as one consistent snapshot. */
    public ExchangeData snapshot() {
        return transactions.inTransaction(() -> new ExchangeData(cell.load().orElse(null), members.findAll(),
                meetings.findAll(), meetings.allCorrections(), settings.all(),
                pledges == null ? List.of() : pledges.findAll(),
                pledges == null ? List.of() : pledges.allFollowUps(),
                reviews == null ? List.of() : reviews.periods(),
                reviews == null ? List.of() : reviews.allMemberReviews(),
                reviews == null ? List.of() : reviews.allFinalLevels(),
                reviews == null ? List.of() : reviews.allAddenda()));
    }

    public void exportTo(OutputStream out) {
        exportTo(snapshot(), out);
    }

    /** Writes a snapshot taken before (the handover archive prints its documents from the same one). */
    public void exportTo(ExchangeData data, OutputStream out) {
        try {
            ExchangeWriter.write(data, AppInfo.version(), clock.instant(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads, checks and imports a file into an empty store, all or nothing.
     *
     * @throws vn.sochibo.application.common.FileRejectedException when the file has any bad record
     * @throws ValidationException when the store already holds data
     */
    public ImportSummary importFrom(InputStream in) {
        return importFrom(in, AuditSummary.create());
    }

    /**
     * The same, the audit entry of the import starting with {@code origin} (where the file came from, e.g. the
     * handover archive it was checked in).
     */
    public ImportSummary importFrom(InputStream in, AuditSummary origin) {
        ExchangeData data = ExchangeReader.read(in, LocalDate.now(clock));
        ImportSummary summary = transactions.inTransaction(() -> {
            if (members.count() > 0 || cell.load().isPresent() || !meetings.findAll().isEmpty()) {
                throw new ValidationException(Problem.of("store", "exchange.error.storeNotEmpty"));
            }
            for (Member m : data.members()) {
                members.save(m);
            }
            if (data.cell() != null) {
                cell.save(data.cell());
            }
            data.settings().forEach(settings::put);
            // Earlier meetings first, so that a follow-up always finds the task it reviews; then finalize in
            // chain order, keeping the numbers and hashes the records were finalized with.
            data.meetings().stream().sorted(Comparator.comparing(Meeting::date).thenComparing(Meeting::id))
                    .forEach(meetings::save);
            // Pledges before the meetings are finalized: a follow-up recorded at a meeting is locked with it.
            if (pledges != null) {
                data.pledges().forEach(pledges::save);
                data.pledgeFollowUps().forEach(pledges::saveFollowUp);
            } else if (!data.pledges().isEmpty()) {
                throw new IllegalStateException("pledges in the file but no pledge store");
            }
            Meeting.finalizedInChainOrder(data.meetings()).forEach(m -> meetings.finalize(m.id(), m.finalization()));
            MeetingService.correctionsInChainOrder(data.corrections()).forEach(meetings::addCorrection);
            if (reviews != null) {
                // Drafts first with the members' parts, then finalized in chain order with the numbers and hashes
                // they had, then the final levels (the store takes those only for a finalized review).
                data.reviews().forEach(reviews::savePeriod);
                data.memberReviews().forEach(reviews::saveMemberReview);
                vn.sochibo.domain.review.ReviewPeriod.finalizedInChainOrder(data.reviews())
                        .forEach(r -> reviews.finalize(r.id(), r.finalization()));
                data.finalLevels().stream().sorted(Comparator.comparing(vn.sochibo.domain.review.FinalLevel::recordedAt)
                        .thenComparing(vn.sochibo.domain.review.FinalLevel::id)).forEach(reviews::addFinalLevel);
                vn.sochibo.domain.review.ReviewAddendum.inChainOrder(data.reviewAddenda()).forEach(reviews::addAddendum);
            } else if (!data.reviews().isEmpty()) {
                throw new IllegalStateException("reviews in the file but no review store");
            }
            ImportSummary done = new ImportSummary(data.members().size(),
                    data.members().stream().mapToInt(m -> m.history().size()).sum(), data.meetings().size());
            // One entry for the whole import: the records it brought are in the file it came from.
            audit.record(AuditAction.IMPORT, AuditKind.DATA, null, origin
                    .put("cell", data.cell() != null).put("members", done.members())
                    .put("statusEvents", done.statusEvents()).put("meetings", done.meetings())
                    .put("finalized", data.meetings().stream().filter(Meeting::isFinalized).count())
                    .put("corrections", data.corrections().size()).put("settings", data.settings().size())
                    .put("pledges", data.pledges().size()).put("pledgeFollowUps", data.pledgeFollowUps().size())
                    .put("reviews", data.reviews().size()).put("finalLevels", data.finalLevels().size())
                    .put("reviewAddenda", data.reviewAddenda().size())
                    .toString());
            return done;
        });
        storeSync.syncToDisk();
        return summary;
    }

    public record ImportSummary(int members, int statusEvents, int meetings) {
    }
}
