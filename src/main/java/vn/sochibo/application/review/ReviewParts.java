package vn.sochibo.application.review;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.sochibo.application.audit.AuditAction;
import vn.sochibo.application.audit.AuditKind;
import vn.sochibo.application.audit.AuditSummary;
import vn.sochibo.application.audit.AuditTrail;
import vn.sochibo.application.common.Transactions;
import vn.sochibo.domain.common.Problem;
import vn.sochibo.domain.common.Text;
import vn.sochibo.domain.common.ValidationException;
import vn.sochibo.domain.meeting.AttendanceCounts;
import vn.sochibo.domain.meeting.VoteThreshold;
import vn.sochibo.domain.review.ExcellentCondition;
import vn.sochibo.domain.review.LevelVote;
import vn.sochibo.domain.review.MemberReview;
import vn.sochibo.domain.review.ReviewLevel;
import vn.sochibo.domain.review.ReviewPeriod;
import vn.sochibo.domain.review.ReviewRules;
import vn.sochibo.domain.review.ReviewScoreSheet;
import vn.sochibo.domain.review.SelfReview;

/**
 * Editing a member's part of a draft review: the inclusion override, the self-review with the signs ticked, the
 * scores with the conditions the cell ticks, and the cell's vote. Each change is audited in its transaction.
 */
final class ReviewParts {
    private final ReviewRepository reviews;
    private final ReviewLookup lookup;
    private final ReviewSettings settings;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;

    ReviewParts(ReviewRepository reviews, ReviewLookup lookup, ReviewSettings settings, Transactions transactions,
            AuditTrail audit, Clock clock) {
        this.reviews = reviews;
        this.lookup = lookup;
        this.settings = settings;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    MemberReview setInclusion(UUID periodId, UUID memberId, MemberReview.Inclusion raw) {
        MemberReview.Inclusion inclusion = raw == null ? null
                : new MemberReview.Inclusion(raw.included(), Text.clean(raw.reason()));
        return transactions.inTransaction(() -> {
            lookup.draftPeriod(periodId);
            lookup.member(memberId);
            ValidationException.throwIfAny(ReviewRules.checkInclusion(inclusion));
            MemberReview before = lookup.partOf(periodId, memberId);
            MemberReview after = before.withInclusion(inclusion);
            return store(before, after, AuditSummary.create()
                    .change("included", before.inclusion() == null ? null : before.inclusion().included(),
                            inclusion == null ? null : inclusion.included())
                    .change("reason", before.inclusion() == null ? null : before.inclusion().reason(),
                            inclusion == null ? null : inclusion.reason()));
        });
    }

    MemberReview saveSelfReview(UUID periodId, UUID memberId, SelfReview raw, Set<Integer> signs,
            ReviewLevel selfLevel) {
        SelfReview self = raw == null ? SelfReview.NONE : raw.cleaned();
        Set<Integer> ticked = signs == null ? Set.of() : new TreeSet<>(signs);
        return transactions.inTransaction(() -> {
            ReviewPeriod p = lookup.draftPeriod(periodId);
            lookup.requireIncluded(p, memberId);
            ValidationException.throwIfAny(ReviewRules.checkSelfReview(self, ticked, LocalDate.now(clock)));
            MemberReview before = lookup.partOf(periodId, memberId);
            MemberReview after = before.withSelfReview(self, ticked, selfLevel);
            AuditSummary s = AuditSummary.create()
                    .change("paperReceivedOn", before.selfReview().paperReceivedOn(), self.paperReceivedOn())
                    .change("signs", before.signs(), after.signs()).change("selfLevel", before.selfLevel(), selfLevel);
            List<String> sections = new ArrayList<>();
            for (SelfReview.Section sec : SelfReview.Section.values()) {
                if (!Objects.equals(before.selfReview().text(sec), self.text(sec))) {
                    sections.add(sec.name());
                }
            }
            if (!sections.isEmpty()) {
                s.put("sections", sections);
            }
            return store(before, after, s);
        });
    }

    MemberReview saveScores(UUID periodId, UUID memberId, Map<String, BigDecimal> scores,
            Set<ExcellentCondition> ticked) {
        Map<String, BigDecimal> cleaned = new LinkedHashMap<>();
        if (scores != null) {
            scores.forEach((k, v) -> {
                if (v != null) {
                    cleaned.put(k, v);
                }
            });
        }
        Set<String> conditions = ticked == null ? Set.of() : ticked.stream().filter(c -> !c.isDerived())
                .map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
        return transactions.inTransaction(() -> {
            ReviewPeriod p = lookup.draftPeriod(periodId);
            lookup.requireIncluded(p, memberId);
            ValidationException.throwIfAny(settings.scoreSheetFor(cleaned.keySet()).check(cleaned));
            MemberReview before = lookup.partOf(periodId, memberId);
            MemberReview after = before.withScores(cleaned, conditions);
            ReviewScoreSheet sheet = settings.scoreSheetFor(cleaned.keySet());
            return store(before, after, AuditSummary.create()
                    .change("total", before.scores().isEmpty() ? null : plain(sheet.total(before.scores())),
                            cleaned.isEmpty() ? null : plain(sheet.total(cleaned)))
                    .change("conditions", before.excellentConditions(), after.excellentConditions()));
        });
    }

    MemberReview recordVote(UUID periodId, UUID memberId, LevelVote vote) {
        return transactions.inTransaction(() -> {
            ReviewPeriod p = lookup.draftPeriod(periodId);
            lookup.requireIncluded(p, memberId);
            ReviewLevel level = null;
            if (vote != null) {
                if (p.meeting().date() == null) {
                    throw new ValidationException(Problem.of("vote", "review.error.meetingFirst"));
                }
                AttendanceCounts counts = lookup.counts(p);
                ValidationException.throwIfAny(vote.check(counts.eligibleVoters()));
                VoteThreshold t = settings.voteThreshold();
                level = ReviewRules.cellLevel(vote,
                        t.of() == VoteThreshold.Reference.BASE ? counts.base() : counts.eligibleVoters(), t);
            }
            MemberReview before = lookup.partOf(periodId, memberId);
            MemberReview after = before.withVote(vote, level);
            return store(before, after, AuditSummary.create().change("vote", before.vote(), vote)
                    .change("cellLevel", before.cellLevel(), level));
        });
    }

    private MemberReview store(MemberReview before, MemberReview after, AuditSummary changes) {
        boolean isNew = reviews.findMemberReview(after.periodId(), after.memberId()).isEmpty();
        if (!isNew && before.equals(after)) {
            return after;
        }
        reviews.saveMemberReview(after);
        changes.put("member", after.memberId()).put("period", after.periodId());
        audit.record(isNew ? AuditAction.CREATE : AuditAction.UPDATE, AuditKind.MEMBER_REVIEW, after.id(),
                changes.toString());
        return after;
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
