package vn.sochibo.application.review;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.sochibo.application.audit.AuditAction;
import vn.sochibo.application.audit.AuditKind;
import vn.sochibo.application.audit.AuditSummary;
import vn.sochibo.application.audit.AuditTrail;
import vn.sochibo.application.cell.CellProfileRepository;
import vn.sochibo.application.common.StoreSync;
import vn.sochibo.application.common.Transactions;
import vn.sochibo.application.review.ReviewViews.Participant;
import vn.sochibo.application.review.ReviewViews.TamperFinding;
import vn.sochibo.domain.cell.CellProfile;
import vn.sochibo.domain.common.Ids;
import vn.sochibo.domain.common.Problem;
import vn.sochibo.domain.common.Text;
import vn.sochibo.domain.common.ValidationException;
import vn.sochibo.domain.member.Member;
import vn.sochibo.domain.review.FinalLevel;
import vn.sochibo.domain.review.MemberReview;
import vn.sochibo.domain.review.ReviewAddendum;
import vn.sochibo.domain.review.ReviewLevel;
import vn.sochibo.domain.review.ReviewPeriod;
import vn.sochibo.domain.review.ReviewRules;

/**
 * Everything on the review chain: finalizing a period (numbered, hashed, locked), the upper committee's final levels
 * and the correction addenda chained after it, and walking the chains again to find changes made behind the app's
 * back.
 */
final class ReviewFinalization {
    private static final LocalDate EARLIEST = LocalDate.of(1930, 2, 3);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    private final ReviewRepository reviews;
    private final ReviewLookup lookup;
    private final CellProfileRepository cell;
    private final Transactions transactions;
    private final StoreSync storeSync;
    private final AuditTrail audit;
    private final Clock clock;

    ReviewFinalization(ReviewRepository reviews, ReviewLookup lookup, CellProfileRepository cell,
            Transactions transactions, StoreSync storeSync, AuditTrail audit, Clock clock) {
        this.reviews = reviews;
        this.lookup = lookup;
        this.cell = cell;
        this.transactions = transactions;
        this.storeSync = storeSync;
        this.audit = audit;
        this.clock = clock;
    }

    ReviewPeriod finalize(UUID periodId, Instant at) {
        ReviewPeriod done = transactions.inTransaction(() -> {
            ReviewPeriod p = lookup.draftPeriod(periodId);
            List<Problem> problems = new ArrayList<>();
            ReviewPeriod.ReviewMeeting m = p.meeting();
            if (m.date() == null) {
                problems.add(Problem.of("meetingDate", "review.error.meetingDateRequired"));
            }
            if (m.chairId() == null) {
                problems.add(Problem.of("chairId", "review.error.chairRequired"));
            }
            if (m.minuteTakerId() == null) {
                problems.add(Problem.of("minuteTakerId", "review.error.minuteTakerRequired"));
            }
            Map<UUID, Member> byId = lookup.membersById();
            Map<UUID, MemberReview> parts = lookup.reviewsByMember(periodId);
            List<Participant> included = lookup.participants(p, parts).stream().filter(Participant::included)
                    .toList();
            if (included.isEmpty()) {
                problems.add(Problem.of("participants", "review.error.nobodyIncluded"));
            }
            for (Participant x : included) {
                MemberReview r = parts.get(x.memberId());
                if (r == null || r.vote() == null) {
                    problems.add(Problem.of("vote", "review.error.voteMissing", byId.get(x.memberId()).fullName()));
                } else if (r.cellLevel() == null) {
                    problems.add(Problem.of("vote", "review.error.noMajority", byId.get(x.memberId()).fullName()));
                }
            }
            ValidationException.throwIfAny(problems);
            CellProfile profile = cell.load()
                    .orElseThrow(() -> new ValidationException(Problem.of("cell", "review.error.noCell")));
            int number = reviews.maxNumber(termStart(p.endDate(), profile), termEnd(p.endDate(), profile)) + 1;
            String previous = reviews.lastFinalized().map(x -> x.finalization().contentHash()).orElse(null);
            List<MemberReview> all = reviews.memberReviews(periodId);
            ReviewPeriod.Finalization f = new ReviewPeriod.Finalization(number, at,
                    ReviewCanonicalForm.chainedHash(p, all, previous), previous);
            reviews.finalize(periodId, f);
            audit.record(AuditAction.FINALIZE, AuditKind.REVIEW_PERIOD, periodId, AuditSummary.create()
                    .put("year", p.year()).put("number", number).put("contentHash", f.contentHash()).toString());
            return reviews.findPeriod(periodId).orElseThrow();
        });
        storeSync.syncToDisk();
        return done;
    }

    FinalLevel recordFinalLevel(UUID periodId, UUID memberId, ReviewLevel level, String decisionNumber,
            LocalDate decisionDate) {
        String number = Text.clean(decisionNumber);
        FinalLevel done = transactions.inTransaction(() -> {
            ReviewPeriod p = lookup.period(periodId);
            List<Problem> problems = new ArrayList<>();
            if (!p.isFinalized()) {
                problems.add(Problem.of("periodId", "review.error.notFinalized"));
            }
            if (level == null) {
                problems.add(Problem.of("level", "review.error.levelRequired"));
            }
            if (number == null) {
                problems.add(Problem.of("decisionNumber", "review.error.decisionNumberRequired"));
            }
            Problem.addIfTooLong(problems, "decisionNumber", number, ReviewRules.MAX_DECISION_NUMBER);
            if (decisionDate == null) {
                problems.add(Problem.of("decisionDate", "review.error.decisionDateRequired"));
            } else if (decisionDate.isAfter(LocalDate.now(clock))) {
                problems.add(Problem.of("decisionDate", "review.error.futureDate"));
            } else if (p.meeting().date() != null && decisionDate.isBefore(p.meeting().date())) {
                problems.add(Problem.of("decisionDate", "review.error.decisionBeforeMeeting"));
            }
            boolean included = lookup.participants(p, lookup.reviewsByMember(periodId)).stream()
                    .anyMatch(x -> x.memberId().equals(memberId) && x.included());
            if (!included) {
                problems.add(Problem.of("memberId", "review.error.notParticipant"));
            }
            List<FinalLevel> existing = reviews.finalLevels(periodId);
            if (existing.stream().anyMatch(f -> f.memberId().equals(memberId))) {
                problems.add(Problem.of("memberId", "review.error.finalLevelExists"));
            }
            ValidationException.throwIfAny(problems);
            String previous = existing.isEmpty() ? p.finalization().contentHash()
                    : existing.get(existing.size() - 1).contentHash();
            FinalLevel unsigned = new FinalLevel(Ids.newId(), periodId, memberId, level, number, decisionDate,
                    clock.instant(), null, previous);
            FinalLevel f = new FinalLevel(unsigned.id(), periodId, memberId, level, number, decisionDate,
                    unsigned.recordedAt(), ReviewCanonicalForm.chainedHash(unsigned, previous), previous);
            reviews.addFinalLevel(f);
            audit.record(AuditAction.CREATE, AuditKind.REVIEW_FINAL_LEVEL, f.id(), AuditSummary.create()
                    .put("period", periodId).put("member", memberId).put("level", level).put("decision", number)
                    .put("decisionDate", decisionDate).toString());
            return f;
        });
        storeSync.syncToDisk();
        return done;
    }

    /**
     * Records a correction addendum to a finalized review's minutes: the period's next number, its hash chained to the
     * period's (or its last addendum's), locked by the store at once and synced to disk. Nothing is written when
     * anything is wrong.
     */
    ReviewAddendum addAddendum(UUID periodId, ReviewAddendum.Draft raw) {
        ReviewAddendum.Draft draft = (raw == null ? new ReviewAddendum.Draft(null, null, null, null, null, null) : raw)
                .cleaned();
        ReviewAddendum done = transactions.inTransaction(() -> {
            ReviewPeriod p = lookup.period(periodId);
            ValidationException.throwIfAny(ReviewAddendum.check(draft, p, LocalDate.now(clock)));
            List<ReviewAddendum> existing = reviews.addenda(periodId);
            int number = existing.stream().mapToInt(ReviewAddendum::number).max().orElse(0) + 1;
            List<ReviewAddendum> chain = ReviewAddendum.inChainOrder(existing);
            String previous = chain.isEmpty() ? p.finalization().contentHash()
                    : chain.get(chain.size() - 1).contentHash();
            ReviewAddendum unsigned = new ReviewAddendum(Ids.newId(), periodId, number, draft.date(), draft.location(),
                    draft.recorded(), draft.corrected(), draft.reason(), draft.recordedBy(), clock.instant(), null,
                    previous);
            ReviewAddendum a = new ReviewAddendum(unsigned.id(), periodId, number, unsigned.date(), unsigned.location(),
                    unsigned.recorded(), unsigned.corrected(), unsigned.reason(), unsigned.recordedBy(),
                    unsigned.createdAt(), ReviewCanonicalForm.chainedHash(unsigned, previous), previous);
            reviews.addAddendum(a);
            audit.record(AuditAction.CORRECT, AuditKind.REVIEW_PERIOD, periodId, AuditSummary.create()
                    .put("addendum", a.id()).put("number", number).put("date", a.date())
                    .put("location", a.location()).put("reason", a.reason()).put("recordedBy", a.recordedBy())
                    .toString());
            return a;
        });
        storeSync.syncToDisk();
        return done;
    }

    /**
     * Recomputes the hash of every finalized review, of every final level and of every correction addendum from what
     * the store holds and walks the chains (the final levels and the addenda each chained from the period's hash); an empty list means nothing was changed behind the app's back.
     */
    List<TamperFinding> verify() {
        return transactions.inTransaction(() -> {
            List<TamperFinding> findings = new ArrayList<>();
            Map<UUID, List<FinalLevel>> finals = reviews.allFinalLevels().stream()
                    .collect(Collectors.groupingBy(FinalLevel::periodId));
            Map<UUID, List<ReviewAddendum>> addenda = reviews.allAddenda().stream()
                    .collect(Collectors.groupingBy(ReviewAddendum::periodId));
            String previous = null;
            for (ReviewPeriod p : ReviewPeriod.finalizedInChainOrder(reviews.periods())) {
                ReviewPeriod.Finalization f = p.finalization();
                if (!Objects.equals(f.previousHash(), previous)) {
                    findings.add(new TamperFinding(p.id(), f.number(), p.title(), null, TamperFinding.Kind.CHAIN_BROKEN));
                }
                if (!ReviewCanonicalForm.chainedHash(p, reviews.memberReviews(p.id()), f.previousHash())
                        .equals(f.contentHash())) {
                    findings.add(new TamperFinding(p.id(), f.number(), p.title(), null,
                            TamperFinding.Kind.CONTENT_CHANGED));
                }
                previous = f.contentHash();
                String link = f.contentHash();
                for (FinalLevel l : finals.getOrDefault(p.id(), List.of())) {
                    if (!Objects.equals(l.previousHash(), link)) {
                        findings.add(new TamperFinding(p.id(), f.number(), p.title(), l.memberId(),
                                TamperFinding.Kind.FINAL_LEVEL_CHAIN_BROKEN));
                    }
                    if (!ReviewCanonicalForm.chainedHash(l, l.previousHash()).equals(l.contentHash())) {
                        findings.add(new TamperFinding(p.id(), f.number(), p.title(), l.memberId(),
                                TamperFinding.Kind.FINAL_LEVEL_CHANGED));
                    }
                    link = l.contentHash();
                }
                String addendumLink = f.contentHash();
                for (ReviewAddendum a : ReviewAddendum.inChainOrder(addenda.getOrDefault(p.id(), List.of()))) {
                    if (!Objects.equals(a.previousHash(), addendumLink)) {
                        findings.add(new TamperFinding(p.id(), f.number(), p.title(), null,
                                TamperFinding.Kind.ADDENDUM_CHAIN_BROKEN));
                    }
                    if (!ReviewCanonicalForm.chainedHash(a, a.previousHash()).equals(a.contentHash())) {
                        findings.add(new TamperFinding(p.id(), f.number(), p.title(), null,
                                TamperFinding.Kind.ADDENDUM_CHANGED));
                    }
                    addendumLink = a.contentHash();
                }
            }
            return findings;
        });
    }

    /** The first day of the numbering series the period's end falls in: the term's, as for meetings. */
    private static LocalDate termStart(LocalDate date, CellProfile profile) {
        if (date.isBefore(profile.termStart())) {
            return EARLIEST;
        }
        return date.isAfter(profile.termEnd()) ? profile.termEnd().plusDays(1) : profile.termStart();
    }

    private static LocalDate termEnd(LocalDate date, CellProfile profile) {
        if (date.isBefore(profile.termStart())) {
            return profile.termStart().minusDays(1);
        }
        return date.isAfter(profile.termEnd()) ? LATEST : profile.termEnd();
    }
}
