package vn.sochibo.application.review;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.sochibo.application.audit.AuditAction;
import vn.sochibo.application.audit.AuditKind;
import vn.sochibo.application.audit.AuditSummary;
import vn.sochibo.application.audit.AuditTrail;
import vn.sochibo.application.cell.CellProfileRepository;
import vn.sochibo.application.common.StoreSync;
import vn.sochibo.application.common.Transactions;
import vn.sochibo.application.meeting.MeetingRepository;
import vn.sochibo.application.member.MemberRepository;
import vn.sochibo.application.pledge.PledgeService;
import vn.sochibo.application.review.ReviewViews.Facts;
import vn.sochibo.application.review.ReviewViews.HistoryRow;
import vn.sochibo.application.review.ReviewViews.MemberSheet;
import vn.sochibo.application.review.ReviewViews.Participant;
import vn.sochibo.application.review.ReviewViews.Summary;
import vn.sochibo.application.review.ReviewViews.TamperFinding;
import vn.sochibo.domain.common.Ids;
import vn.sochibo.domain.common.Problem;
import vn.sochibo.domain.common.ValidationException;
import vn.sochibo.domain.meeting.AttendanceCounts;
import vn.sochibo.domain.member.Member;
import vn.sochibo.domain.review.ExcellentCondition;
import vn.sochibo.domain.review.FinalLevel;
import vn.sochibo.domain.review.LevelVote;
import vn.sochibo.domain.review.MemberReview;
import vn.sochibo.domain.review.PeriodKind;
import vn.sochibo.domain.review.QuotaRule;
import vn.sochibo.domain.review.ReviewAddendum;
import vn.sochibo.domain.review.ReviewLevel;
import vn.sochibo.domain.review.ReviewPeriod;
import vn.sochibo.domain.review.ReviewRules;
import vn.sochibo.domain.review.SelfReview;

/**
 * The annual review (issue 6, ADR 0012): periods and who takes part, each member's self-review, signs, scores and the
 * cell's vote, the quota warning, finalizing (numbered, hashed into the review chain, locked by the store), the final
 * levels the upper committee decides, the correction addenda to a finalized review's minutes, the summary and each
 * member's history. Every refusal is a {@link ValidationException} and changes nothing; every change is recorded in
 * the audit trail in its transaction. The one public entry: it delegates to package-private collaborators
 * ({@link ReviewLookup}, {@link ReviewFacts}, {@link ReviewParts}, {@link ReviewFinalization}, {@link ReviewReports}).
 */
public class ReviewService {
    private final ReviewRepository reviews;
    private final ReviewSettings settings;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;
    private final ReviewLookup lookup;
    private final ReviewFacts facts;
    private final ReviewParts parts;
    private final ReviewFinalization finalization;
    private final ReviewReports reports;

    public ReviewService(ReviewRepository reviews, MemberRepository members, MeetingRepository meetings,
            CellProfileRepository cell, ReviewSettings settings, PledgeService pledges, Transactions transactions,
            StoreSync storeSync, AuditTrail audit, Clock clock) {
        this.reviews = reviews;
        this.settings = settings;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
        this.lookup = new ReviewLookup(reviews, members, settings);
        this.facts = new ReviewFacts(meetings, pledges, settings);
        this.parts = new ReviewParts(reviews, lookup, settings, transactions, audit, clock);
        this.finalization = new ReviewFinalization(reviews, lookup, cell, transactions, storeSync, audit, clock);
        this.reports = new ReviewReports(reviews, lookup, settings, transactions);
    }


    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The review's settings: quota, vote threshold, the months-since-admission rule, the score sheet. */
    public ReviewSettings settings() {
        return settings;
    }

    // ---- periods ----

    /** Every period as the list shows it, by end date. */
    public List<ReviewRepository.PeriodSummary> periods() {
        return transactions.inTransaction(reviews::summaries);
    }

    public Optional<ReviewPeriod> find(UUID periodId) {
        return transactions.inTransaction(() -> reviews.findPeriod(periodId));
    }

    /** The review of a year (kind YEAR), if one was created. */
    public Optional<ReviewPeriod> ofYear(int year) {
        return transactions.inTransaction(() -> reviews.summaries().stream()
                .filter(s -> s.kind() == PeriodKind.YEAR && s.year() == year).findFirst()
                .flatMap(s -> reviews.findPeriod(s.id())));
    }

    /** Creates the review of a year, 1 January to 31 December; refused when that year already has one. */
    public ReviewPeriod createYear(int year, String title) {
        return create(ReviewPeriod.ofYear(Ids.newId(), year, title));
    }

    /** Creates a term, quarter or ad hoc review over the given dates (its year is the end date's). */
    public ReviewPeriod create(PeriodKind kind, LocalDate start, LocalDate end, String title) {
        if (kind == PeriodKind.YEAR && start != null) {
            return createYear(start.getYear(), title);
        }
        return create(new ReviewPeriod(Ids.newId(), kind, end == null ? 0 : end.getYear(), start, end, title,
                ReviewPeriod.ReviewMeeting.EMPTY, null));
    }

    private ReviewPeriod create(ReviewPeriod raw) {
        ReviewPeriod p = raw.cleaned();
        return transactions.inTransaction(() -> {
            List<Problem> problems = new ArrayList<>(ReviewRules.checkPeriod(p));
            if (p.kind() == PeriodKind.YEAR && reviews.summaries().stream()
                    .anyMatch(s -> s.kind() == PeriodKind.YEAR && s.year() == p.year())) {
                problems.add(Problem.of("year", "review.error.yearExists", p.year()));
            }
            ValidationException.throwIfAny(problems);
            reviews.savePeriod(p);
            audit.record(AuditAction.CREATE, AuditKind.REVIEW_PERIOD, p.id(), AuditSummary.create()
                    .put("kind", p.kind()).put("year", p.year()).put("start", p.startDate()).put("end", p.endDate())
                    .toString());
            return p;
        });
    }

    /**
     * Saves a draft period's title and review meeting (date, times, place, chair, minute-taker, roll call, comments,
     * conclusion), texts cleaned; its kind and dates stay as created. Refused once finalized.
     */
    public ReviewPeriod save(ReviewPeriod raw) {
        ReviewPeriod p = raw.cleaned();
        return transactions.inTransaction(() -> {
            ReviewPeriod before = draftPeriod(p.id());
            ReviewPeriod merged = new ReviewPeriod(before.id(), before.kind(), before.year(), before.startDate(),
                    before.endDate(), p.title(), p.meeting(), null);
            List<Problem> problems = new ArrayList<>(ReviewRules.checkPeriod(merged));
            problems.addAll(ReviewRules.checkMeeting(merged.meeting(), membersById()));
            ValidationException.throwIfAny(problems);
            reviews.savePeriod(merged);
            AuditSummary changes = AuditSummary.create().change("title", before.title(), merged.title())
                    .change("meetingDate", before.meeting().date(), merged.meeting().date())
                    .change("place", before.meeting().place(), merged.meeting().place())
                    .change("chair", before.meeting().chairId(), merged.meeting().chairId())
                    .change("minuteTaker", before.meeting().minuteTakerId(), merged.meeting().minuteTakerId())
                    .change("comments", before.meeting().comments().size(), merged.meeting().comments().size());
            if (!before.meeting().rollCall().equals(merged.meeting().rollCall())) {
                changes.put("rollCall", merged.meeting().rollCall().size());
            }
            if (!before.meeting().comments().equals(merged.meeting().comments())
                    || !Objects.equals(before.meeting().conclusion(), merged.meeting().conclusion())) {
                changes.put("textsChanged", true);
            }
            if (!changes.isEmpty()) {
                audit.record(AuditAction.UPDATE, AuditKind.REVIEW_PERIOD, merged.id(), changes.toString());
            }
            return merged;
        });
    }

    /** Deletes a draft period with everything recorded in it (one made by mistake); refused once finalized. */
    public void delete(UUID periodId) {
        transactions.run(() -> {
            ReviewPeriod p = draftPeriod(periodId);
            reviews.deletePeriod(periodId);
            audit.record(AuditAction.DELETE, AuditKind.REVIEW_PERIOD, periodId, AuditSummary.create()
                    .put("kind", p.kind()).put("year", p.year()).toString());
        });
    }

    // ---- participants ----

    /**
     * Who takes part, in roster order: every member on the roster at the end of the period (and anyone with a part
     * recorded), with the default exemption proposed and the secretary's override.
     */
    public List<Participant> participants(UUID periodId) {
        return transactions.inTransaction(
                () -> lookup.participants(lookup.period(periodId), lookup.reviewsByMember(periodId)));
    }

    /**
     * Includes or leaves out a member against (or confirming) the default proposal, with a reason; {@code null}
     * goes back to the default. Refused once finalized, or without a reason.
     */
    public MemberReview setInclusion(UUID periodId, UUID memberId, MemberReview.Inclusion raw) {
        return parts.setInclusion(periodId, memberId, raw);
    }

    // ---- a member's part ----

    /** Everything one member's screen shows: the part recorded, the facts, the score and the checklist. */
    public MemberSheet sheet(UUID periodId, UUID memberId) {
        return transactions.inTransaction(() -> {
            ReviewPeriod p = lookup.period(periodId);
            Map<UUID, MemberReview> byMember = lookup.reviewsByMember(periodId);
            Participant participant = lookup.participants(p, byMember).stream()
                    .filter(x -> x.memberId().equals(memberId)).findFirst()
                    .orElseThrow(() -> new ValidationException(Problem.of("memberId", "review.error.notParticipant")));
            MemberReview r = byMember.getOrDefault(memberId, MemberReview.empty(Ids.newId(), periodId, memberId));
            Facts f = facts.facts(p, lookup.member(memberId));
            FinalLevel fin = reviews.finalLevels(periodId).stream().filter(x -> x.memberId().equals(memberId))
                    .findFirst().orElse(null);
            return new MemberSheet(p, participant, r, f, facts.score(r, f), lookup.eligibleVoters(p), fin);
        });
    }

    /**
     * Saves the member's self-review (typed, or received on paper), the signs of degradation ticked and the
     * self-proposed level. Refused once finalized or for a member not taking part.
     */
    public MemberReview saveSelfReview(UUID periodId, UUID memberId, SelfReview raw, Set<Integer> signs,
            ReviewLevel selfLevel) {
        return parts.saveSelfReview(periodId, memberId, raw, signs, selfLevel);
    }

    /**
     * Saves the criteria scores (on the current sheet, or on the earlier sheet the member was scored on) and the
     * conditions for xuất sắc the cell ticks (derived conditions are worked out, not stored).
     */
    public MemberReview saveScores(UUID periodId, UUID memberId, Map<String, BigDecimal> scores,
            Set<ExcellentCondition> ticked) {
        return parts.saveScores(periodId, memberId, scores, ticked);
    }

    /**
     * Records the cell's vote on the member's level (null clears it): the counts must add up to the official members
     * present at the review meeting, as in meetings; the cell's level follows from the vote rule
     * ({@link ReviewRules#cellLevel}). Refused before the meeting's roll call is recorded.
     */
    public MemberReview recordVote(UUID periodId, UUID memberId, LevelVote vote) {
        return parts.recordVote(periodId, memberId, vote);
    }

    /** The official members present at the review meeting: the count a vote must add up to. */
    public int eligibleVoters(UUID periodId) {
        return transactions.inTransaction(() -> lookup.eligibleVoters(lookup.period(periodId)));
    }

    /** The review meeting's totals, computed from the roster on its day and its roll call, exactly as in meetings. */
    public AttendanceCounts counts(ReviewPeriod p) {
        return transactions.inTransaction(() -> lookup.counts(p));
    }

    /** The parts of the members taking part, in roster order (an empty part for a member with nothing recorded). */
    public List<MemberReview> includedReviews(UUID periodId) {
        return transactions.inTransaction(() -> lookup.includedParts(lookup.period(periodId)));
    }

    // ---- facts ----

    /** The facts from the records for the member over the period (see {@link Facts}). */
    public Facts facts(UUID periodId, UUID memberId) {
        return transactions.inTransaction(() -> facts.facts(lookup.period(periodId), lookup.member(memberId)));
    }

    // ---- before finalizing ----

    /** The quota check on the cell's proposed levels (a warning, never a refusal). */
    public QuotaRule.QuotaCheck quota(UUID periodId) {
        return transactions.inTransaction(() -> {
            List<MemberReview> included = lookup.includedParts(lookup.period(periodId));
            return settings.quota().check(count(included, ReviewLevel.EXCELLENT), count(included, ReviewLevel.GOOD));
        });
    }

    private static int count(List<MemberReview> parts, ReviewLevel level) {
        return (int) parts.stream().filter(r -> r.cellLevel() == level).count();
    }

    /**
     * What to tell the secretary before finalizing, without stopping it: the quota exceeded, members without a
     * self-review, members proposed xuất sắc whose checklist is not all met, a proposed level far from the score.
     */
    public List<Problem> warnings(UUID periodId) {
        return transactions.inTransaction(() -> {
            ReviewPeriod p = lookup.period(periodId);
            List<Problem> problems = new ArrayList<>();
            List<MemberReview> included = lookup.includedParts(p);
            QuotaRule.QuotaCheck q = settings.quota().check(count(included, ReviewLevel.EXCELLENT),
                    count(included, ReviewLevel.GOOD));
            if (q.exceeded()) {
                problems.add(Problem.of("quota", "review.warning.quota", q.excellent(), q.good(), q.percent(),
                        q.allowed()));
            }
            Map<UUID, Member> byId = lookup.membersById();
            for (MemberReview r : included) {
                String name = byId.get(r.memberId()).fullName();
                if (!r.selfReview().isPresent()) {
                    problems.add(Problem.of("selfReview", "review.warning.noSelfReview", name));
                }
                if (r.cellLevel() == ReviewLevel.EXCELLENT
                        && !facts.score(r, facts.facts(p, byId.get(r.memberId()))).meetsExcellent()) {
                    problems.add(Problem.of("excellent", "review.warning.excellentConditions", name));
                }
            }
            return problems;
        });
    }

    /**
     * Finalizes a draft review: every member taking part must have the cell's level from a vote, the meeting its
     * date, chair and minute-taker. It gets the next number of the committee term's series, its hash chained to the
     * last finalized review, is locked by the store and synced to disk. Warnings ({@link #warnings}) do not stop it.
     */
    public ReviewPeriod finalize(UUID periodId) {
        return finalize(periodId, clock.instant());
    }

    /** Finalizes as of the given moment (the demo cell's earlier review was finalized on its day). */
    public ReviewPeriod finalize(UUID periodId, Instant at) {
        return finalization.finalize(periodId, at);
    }

    // ---- the upper committee's decision ----

    /**
     * Records the level the upper committee decided for a member of a finalized review, with the decision's number
     * and date: once per member, locked at once, its hash chained to the review's last record, synced to disk.
     */
    public FinalLevel recordFinalLevel(UUID periodId, UUID memberId, ReviewLevel level, String decisionNumber,
            LocalDate decisionDate) {
        return finalization.recordFinalLevel(periodId, memberId, level, decisionNumber, decisionDate);
    }

    /**
     * Records a correction addendum (phụ lục đính chính) to a finalized review's minutes: numbered per period, locked
     * at once, its hash chained onto the review chain, synced to disk; it prints after the minutes. Refused on a
     * draft period (a draft is edited directly) or without the place, the corrected text, the reason and who recorded
     * it.
     */
    public ReviewAddendum addAddendum(UUID periodId, ReviewAddendum.Draft draft) {
        return finalization.addAddendum(periodId, draft);
    }

    /** The correction addenda of a period, by number. */
    public List<ReviewAddendum> addenda(UUID periodId) {
        return transactions.inTransaction(() -> reviews.addenda(periodId));
    }

    public List<FinalLevel> finalLevels(UUID periodId) {
        return transactions.inTransaction(() -> reviews.finalLevels(periodId));
    }

    // ---- summary and history ----

    /** The summary table for the upper committee: each member reviewed with the three levels, counts per level. */
    public Summary summary(UUID periodId) {
        return reports.summary(periodId);
    }

    /** The summary of the year's review; refused when the year has none. */
    public Summary summaryOfYear(int year) {
        return summary(ofYear(year).orElseThrow(() -> new ValidationException(
                Problem.of("year", "review.error.noReviewForYear", year))).id());
    }

    /**
     * Each member's levels in the three years ending with {@code year}, side by side (year reviews only), in roster
     * order: the members with a part in any of those reviews.
     */
    public List<HistoryRow> history(int year) {
        return reports.history(year);
    }

    // ---- tamper check ----

    /**
     * Recomputes the hash of every finalized review and of every final level from what the store holds and walks
     * the chains; an empty list means nothing was changed behind the app's back.
     */
    public List<TamperFinding> verify() {
        return finalization.verify();
    }


    /** How many reviews are finalized (what the integrity check says it checked). */
    public long finalizedCount() {
        return transactions.inTransaction(() -> reviews.summaries().stream()
                .filter(ReviewRepository.PeriodSummary::finalized).count());
    }


    // ---- helpers ----

    private ReviewPeriod period(UUID id) {
        return lookup.period(id);
    }

    private ReviewPeriod draftPeriod(UUID id) {
        return lookup.draftPeriod(id);
    }

    private Map<UUID, Member> membersById() {
        return lookup.membersById();
    }
}
