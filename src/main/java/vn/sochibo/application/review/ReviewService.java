package vn.sochibo.application.review;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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
import vn.sochibo.application.meeting.MeetingRepository;
import vn.sochibo.application.member.MemberRepository;
import vn.sochibo.application.pledge.PledgeService;
import vn.sochibo.application.review.ReviewViews.Facts;
import vn.sochibo.application.review.ReviewViews.HistoryRow;
import vn.sochibo.application.review.ReviewViews.MemberSheet;
import vn.sochibo.application.review.ReviewViews.Participant;
import vn.sochibo.application.review.ReviewViews.Score;
import vn.sochibo.application.review.ReviewViews.Summary;
import vn.sochibo.application.review.ReviewViews.SummaryRow;
import vn.sochibo.application.review.ReviewViews.TamperFinding;
import vn.sochibo.application.review.ReviewViews.YearLevels;
import vn.sochibo.domain.cell.CellProfile;
import vn.sochibo.domain.common.Ids;
import vn.sochibo.domain.common.Problem;
import vn.sochibo.domain.common.Text;
import vn.sochibo.domain.common.ValidationException;
import vn.sochibo.domain.common.VietnameseNames;
import vn.sochibo.domain.meeting.Attendance;
import vn.sochibo.domain.meeting.AttendanceCounts;
import vn.sochibo.domain.meeting.AttendanceFigures;
import vn.sochibo.domain.meeting.Meeting;
import vn.sochibo.domain.meeting.VoteThreshold;
import vn.sochibo.domain.member.Member;
import vn.sochibo.domain.pledge.YearFigures;
import vn.sochibo.domain.review.ExcellentCondition;
import vn.sochibo.domain.review.ExemptionReason;
import vn.sochibo.domain.review.FinalLevel;
import vn.sochibo.domain.review.LevelCounts;
import vn.sochibo.domain.review.LevelVote;
import vn.sochibo.domain.review.MemberReview;
import vn.sochibo.domain.review.PeriodKind;
import vn.sochibo.domain.review.QuotaRule;
import vn.sochibo.domain.review.ReviewLevel;
import vn.sochibo.domain.review.ReviewPeriod;
import vn.sochibo.domain.review.ReviewRules;
import vn.sochibo.domain.review.ReviewScoreSheet;
import vn.sochibo.domain.review.SelfReview;

/**
 * The annual review (issue 6, ADR 0012): periods and who takes part, each member's self-review, signs, scores and the
 * cell's vote, the quota warning, finalizing (numbered, hashed into the review chain, locked by the store), the final
 * levels the upper committee decides, the summary and each member's history. Every refusal is a
 * {@link ValidationException} and changes nothing; every change is recorded in the audit trail in its transaction.
 */
public class ReviewService {
    private final ReviewRepository reviews;
    private final MemberRepository members;
    private final MeetingRepository meetings;
    private final CellProfileRepository cell;
    private final ReviewSettings settings;
    private final PledgeService pledges;
    private final Transactions transactions;
    private final StoreSync storeSync;
    private final AuditTrail audit;
    private final Clock clock;

    public ReviewService(ReviewRepository reviews, MemberRepository members, MeetingRepository meetings,
            CellProfileRepository cell, ReviewSettings settings, PledgeService pledges, Transactions transactions,
            StoreSync storeSync, AuditTrail audit, Clock clock) {
        this.reviews = reviews;
        this.members = members;
        this.meetings = meetings;
        this.cell = cell;
        this.settings = settings;
        this.pledges = pledges;
        this.transactions = transactions;
        this.storeSync = storeSync;
        this.audit = audit;
        this.clock = clock;
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
        return transactions.inTransaction(() -> participants(period(periodId), reviewsByMember(periodId)));
    }

    private List<Participant> participants(ReviewPeriod p, Map<UUID, MemberReview> parts) {
        int minMonths = settings.minMonthsSinceAdmission();
        List<Participant> list = new ArrayList<>();
        for (Member m : sortedMembers()) {
            MemberReview r = parts.get(m.id());
            if (!ReviewRules.isCandidate(m, p) && r == null) {
                continue;
            }
            ExemptionReason proposed = ReviewRules.defaultExemption(m, p, minMonths).orElse(null);
            MemberReview.Inclusion override = r == null ? null : r.inclusion();
            boolean included = override != null ? override.included()
                    : proposed == null && ReviewRules.isCandidate(m, p);
            list.add(new Participant(m.id(), m.fullName(), m.statusOn(p.endDate()), proposed, override, included));
        }
        return list;
    }

    /**
     * Includes or leaves out a member against (or confirming) the default proposal, with a reason; {@code null}
     * goes back to the default. Refused once finalized, or without a reason.
     */
    public MemberReview setInclusion(UUID periodId, UUID memberId, MemberReview.Inclusion raw) {
        MemberReview.Inclusion inclusion = raw == null ? null
                : new MemberReview.Inclusion(raw.included(), Text.clean(raw.reason()));
        return transactions.inTransaction(() -> {
            draftPeriod(periodId);
            member(memberId);
            ValidationException.throwIfAny(ReviewRules.checkInclusion(inclusion));
            MemberReview before = partOf(periodId, memberId);
            MemberReview after = before.withInclusion(inclusion);
            return store(before, after, AuditSummary.create()
                    .change("included", before.inclusion() == null ? null : before.inclusion().included(),
                            inclusion == null ? null : inclusion.included())
                    .change("reason", before.inclusion() == null ? null : before.inclusion().reason(),
                            inclusion == null ? null : inclusion.reason()));
        });
    }

    // ---- a member's part ----

    /** Everything one member's screen shows: the part recorded, the facts, the score and the checklist. */
    public MemberSheet sheet(UUID periodId, UUID memberId) {
        return transactions.inTransaction(() -> {
            ReviewPeriod p = period(periodId);
            Map<UUID, MemberReview> parts = reviewsByMember(periodId);
            Participant participant = participants(p, parts).stream().filter(x -> x.memberId().equals(memberId))
                    .findFirst().orElseThrow(() -> new ValidationException(
                            Problem.of("memberId", "review.error.notParticipant")));
            MemberReview r = parts.getOrDefault(memberId, MemberReview.empty(Ids.newId(), periodId, memberId));
            Facts facts = facts(p, member(memberId));
            FinalLevel fin = reviews.finalLevels(periodId).stream().filter(f -> f.memberId().equals(memberId))
                    .findFirst().orElse(null);
            return new MemberSheet(p, participant, r, facts, score(r, facts), eligibleVoters(p), fin);
        });
    }

    /**
     * Saves the member's self-review (typed, or received on paper), the signs of degradation ticked and the
     * self-proposed level. Refused once finalized or for a member not taking part.
     */
    public MemberReview saveSelfReview(UUID periodId, UUID memberId, SelfReview raw, Set<Integer> signs,
            ReviewLevel selfLevel) {
        SelfReview self = raw == null ? SelfReview.NONE : raw.cleaned();
        Set<Integer> ticked = signs == null ? Set.of() : new TreeSet<>(signs);
        return transactions.inTransaction(() -> {
            ReviewPeriod p = draftPeriod(periodId);
            requireIncluded(p, memberId);
            ValidationException.throwIfAny(ReviewRules.checkSelfReview(self, ticked, today()));
            MemberReview before = partOf(periodId, memberId);
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

    /**
     * Saves the criteria scores (on the current sheet, or on the earlier sheet the member was scored on) and the
     * conditions for xuất sắc the cell ticks (derived conditions are worked out, not stored).
     */
    public MemberReview saveScores(UUID periodId, UUID memberId, Map<String, BigDecimal> scores,
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
            ReviewPeriod p = draftPeriod(periodId);
            requireIncluded(p, memberId);
            ValidationException.throwIfAny(settings.scoreSheetFor(cleaned.keySet()).check(cleaned));
            MemberReview before = partOf(periodId, memberId);
            MemberReview after = before.withScores(cleaned, conditions);
            ReviewScoreSheet sheet = settings.scoreSheetFor(cleaned.keySet());
            return store(before, after, AuditSummary.create()
                    .change("total", before.scores().isEmpty() ? null : plain(sheet.total(before.scores())),
                            cleaned.isEmpty() ? null : plain(sheet.total(cleaned)))
                    .change("conditions", before.excellentConditions(), after.excellentConditions()));
        });
    }

    /**
     * Records the cell's vote on the member's level (null clears it): the counts must add up to the official members
     * present at the review meeting, as in meetings; the cell's level follows from the vote rule
     * ({@link ReviewRules#cellLevel}). Refused before the meeting's roll call is recorded.
     */
    public MemberReview recordVote(UUID periodId, UUID memberId, LevelVote vote) {
        return transactions.inTransaction(() -> {
            ReviewPeriod p = draftPeriod(periodId);
            requireIncluded(p, memberId);
            ReviewLevel level = null;
            if (vote != null) {
                if (p.meeting().date() == null) {
                    throw new ValidationException(Problem.of("vote", "review.error.meetingFirst"));
                }
                AttendanceCounts counts = counts(p);
                ValidationException.throwIfAny(vote.check(counts.eligibleVoters()));
                VoteThreshold t = settings.voteThreshold();
                level = ReviewRules.cellLevel(vote,
                        t.of() == VoteThreshold.Reference.BASE ? counts.base() : counts.eligibleVoters(), t);
            }
            MemberReview before = partOf(periodId, memberId);
            MemberReview after = before.withVote(vote, level);
            return store(before, after, AuditSummary.create().change("vote", before.vote(), vote)
                    .change("cellLevel", before.cellLevel(), level));
        });
    }

    /** The official members present at the review meeting: the count a vote must add up to. */
    public int eligibleVoters(UUID periodId) {
        return transactions.inTransaction(() -> eligibleVoters(period(periodId)));
    }

    private int eligibleVoters(ReviewPeriod p) {
        return p.meeting().date() == null ? 0 : counts(p).eligibleVoters();
    }

    /** The review meeting's totals, computed from the roster on its day and its roll call, exactly as in meetings. */
    public AttendanceCounts counts(ReviewPeriod p) {
        Map<UUID, Attendance> marks = new HashMap<>();
        p.meeting().rollCall().forEach(r -> marks.put(r.memberId(), r.attendance()));
        LocalDate day = p.meeting().date() == null ? p.endDate() : p.meeting().date();
        return AttendanceCounts.of(transactions.inTransaction(members::findAll), marks, day);
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

    // ---- facts and scores ----

    /** The facts from the records for the member over the period (see {@link Facts}). */
    public Facts facts(UUID periodId, UUID memberId) {
        return transactions.inTransaction(() -> facts(period(periodId), member(memberId)));
    }

    private Facts facts(ReviewPeriod p, Member m) {
        List<Meeting> all = meetings.findAll();
        AttendanceFigures attendance = AttendanceFigures.of(m, all, p.startDate(), p.endDate());
        int contributions = 0;
        int assigned = 0;
        int done = 0;
        Set<UUID> doneTasks = all.stream().flatMap(x -> x.followUps().stream())
                .filter(f -> f.result() == Meeting.TaskResult.DONE).map(Meeting.TaskFollowUp::taskId)
                .collect(Collectors.toSet());
        for (Meeting meeting : all) {
            if (meeting.date().isBefore(p.startDate()) || meeting.date().isAfter(p.endDate())) {
                continue;
            }
            contributions += (int) meeting.contributions().stream()
                    .filter(c -> m.id().equals(c.speakerMemberId())).count();
            for (Meeting.TaskAssignment t : meeting.tasks()) {
                if (t.assigneeIds().contains(m.id())) {
                    assigned++;
                    if (doneTasks.contains(t.id())) {
                        done++;
                    }
                }
            }
        }
        YearFigures figures = pledges == null ? null : pledges.figuresOfYear(p.year()).get(m.id());
        return new Facts(attendance.expected(), attendance.present(), contributions, assigned, done, figures);
    }

    private Score score(MemberReview r, Facts facts) {
        ReviewScoreSheet sheet = settings.scoreSheetFor(r.scores().keySet());
        BigDecimal total = sheet.total(r.scores());
        ReviewLevel implied = r.scores().isEmpty() ? null : sheet.levelOf(total);
        Map<ExcellentCondition, Boolean> checklist = new EnumMap<>(ExcellentCondition.class);
        checklist.put(ExcellentCondition.SCORE, r.scores().isEmpty() ? null : implied == ReviewLevel.EXCELLENT);
        checklist.put(ExcellentCondition.NO_SIGNS, r.signs().isEmpty());
        YearFigures pf = facts == null ? null : facts.pledges();
        checklist.put(ExcellentCondition.PLEDGES_KEPT, pf == null || pf.counted() == 0 ? null
                : pf.completed() == pf.counted());
        for (ExcellentCondition c : ExcellentCondition.values()) {
            if (!c.isDerived()) {
                checklist.put(c, r.excellentConditions().contains(c.name()));
            }
        }
        return new Score(sheet, total, implied, checklist);
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }

    // ---- before finalizing ----

    /** The quota check on the cell's proposed levels (a warning, never a refusal). */
    public QuotaRule.QuotaCheck quota(UUID periodId) {
        return transactions.inTransaction(() -> {
            List<MemberReview> parts = includedParts(period(periodId));
            return settings.quota().check(count(parts, ReviewLevel.EXCELLENT), count(parts, ReviewLevel.GOOD));
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
            ReviewPeriod p = period(periodId);
            List<Problem> problems = new ArrayList<>();
            List<MemberReview> parts = includedParts(p);
            QuotaRule.QuotaCheck q = settings.quota().check(count(parts, ReviewLevel.EXCELLENT),
                    count(parts, ReviewLevel.GOOD));
            if (q.exceeded()) {
                problems.add(Problem.of("quota", "review.warning.quota", q.excellent(), q.good(), q.percent(),
                        q.allowed()));
            }
            Map<UUID, Member> byId = membersById();
            for (MemberReview r : parts) {
                String name = byId.get(r.memberId()).fullName();
                if (!r.selfReview().isPresent()) {
                    problems.add(Problem.of("selfReview", "review.warning.noSelfReview", name));
                }
                if (r.cellLevel() == ReviewLevel.EXCELLENT
                        && !score(r, facts(p, byId.get(r.memberId()))).meetsExcellent()) {
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
        ReviewPeriod done = transactions.inTransaction(() -> {
            ReviewPeriod p = draftPeriod(periodId);
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
            Map<UUID, Member> byId = membersById();
            Map<UUID, MemberReview> parts = reviewsByMember(periodId);
            List<Participant> included = participants(p, parts).stream().filter(Participant::included).toList();
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

    // ---- the upper committee's decision ----

    /**
     * Records the level the upper committee decided for a member of a finalized review, with the decision's number
     * and date: once per member, locked at once, its hash chained to the review's last record, synced to disk.
     */
    public FinalLevel recordFinalLevel(UUID periodId, UUID memberId, ReviewLevel level, String decisionNumber,
            LocalDate decisionDate) {
        String number = Text.clean(decisionNumber);
        FinalLevel done = transactions.inTransaction(() -> {
            ReviewPeriod p = period(periodId);
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
            } else if (decisionDate.isAfter(today())) {
                problems.add(Problem.of("decisionDate", "review.error.futureDate"));
            } else if (p.meeting().date() != null && decisionDate.isBefore(p.meeting().date())) {
                problems.add(Problem.of("decisionDate", "review.error.decisionBeforeMeeting"));
            }
            boolean included = participants(p, reviewsByMember(periodId)).stream()
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

    public List<FinalLevel> finalLevels(UUID periodId) {
        return transactions.inTransaction(() -> reviews.finalLevels(periodId));
    }

    // ---- summary and history ----

    /** The summary table for the upper committee: each member reviewed with the three levels, counts per level. */
    public Summary summary(UUID periodId) {
        return transactions.inTransaction(() -> {
            ReviewPeriod p = period(periodId);
            Map<UUID, MemberReview> parts = reviewsByMember(periodId);
            Map<UUID, FinalLevel> finals = reviews.finalLevels(periodId).stream()
                    .collect(Collectors.toMap(FinalLevel::memberId, Function.identity()));
            List<Participant> all = participants(p, parts);
            List<SummaryRow> rows = new ArrayList<>();
            for (Participant x : all.stream().filter(Participant::included).toList()) {
                MemberReview r = parts.getOrDefault(x.memberId(), MemberReview.empty(Ids.newId(), periodId,
                        x.memberId()));
                FinalLevel f = finals.get(x.memberId());
                ReviewScoreSheet sheet = settings.scoreSheetFor(r.scores().keySet());
                rows.add(new SummaryRow(x.memberId(), x.fullName(), r.selfLevel(),
                        r.scores().isEmpty() ? null : sheet.levelOf(sheet.total(r.scores())), r.cellLevel(),
                        f == null ? null : f.level(), f));
            }
            LevelCounts self = LevelCounts.of(rows.stream().map(SummaryRow::selfLevel).toList());
            LevelCounts cellCounts = LevelCounts.of(rows.stream().map(SummaryRow::cellLevel).toList());
            LevelCounts finalCounts = LevelCounts.of(rows.stream().map(SummaryRow::finalLevel).toList());
            QuotaRule rule = settings.quota();
            return new Summary(p, rows, all.stream().filter(x -> !x.included()).toList(), self, cellCounts,
                    finalCounts, rule.check(cellCounts.count(ReviewLevel.EXCELLENT), cellCounts.count(ReviewLevel.GOOD)),
                    rule.check(finalCounts.count(ReviewLevel.EXCELLENT), finalCounts.count(ReviewLevel.GOOD)));
        });
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
        return transactions.inTransaction(() -> {
            Map<UUID, List<YearLevels>> byMember = new HashMap<>();
            for (ReviewRepository.LevelRow row : reviews.levelsOfYears(year - 2, year)) {
                byMember.computeIfAbsent(row.memberId(), k -> new ArrayList<>()).add(new YearLevels(row.year(),
                        row.included() == null || row.included(), row.selfLevel(), row.cellLevel(),
                        row.finalLevel()));
            }
            List<HistoryRow> rows = new ArrayList<>();
            for (Member m : sortedMembers()) {
                List<YearLevels> years = byMember.get(m.id());
                if (years != null) {
                    rows.add(new HistoryRow(m.id(), m.fullName(),
                            years.stream().sorted(Comparator.comparingInt(YearLevels::year)).toList()));
                }
            }
            return rows;
        });
    }

    // ---- tamper check ----

    /**
     * Recomputes the hash of every finalized review and of every final level from what the store holds and walks
     * the chains; an empty list means nothing was changed behind the app's back.
     */
    public List<TamperFinding> verify() {
        return transactions.inTransaction(() -> {
            List<TamperFinding> findings = new ArrayList<>();
            Map<UUID, List<FinalLevel>> finals = reviews.allFinalLevels().stream()
                    .collect(Collectors.groupingBy(FinalLevel::periodId));
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
            }
            return findings;
        });
    }

    /** How many reviews are finalized (what the integrity check says it checked). */
    public long finalizedCount() {
        return transactions.inTransaction(() -> reviews.summaries().stream()
                .filter(ReviewRepository.PeriodSummary::finalized).count());
    }

    // ---- helpers ----

    private ReviewPeriod period(UUID id) {
        return reviews.findPeriod(id)
                .orElseThrow(() -> new ValidationException(Problem.of("periodId", "review.error.notFound")));
    }

    private ReviewPeriod draftPeriod(UUID id) {
        ReviewPeriod p = period(id);
        if (p.isFinalized()) {
            throw new ValidationException(Problem.of("periodId", "review.error.finalized"));
        }
        return p;
    }

    private Member member(UUID id) {
        return members.findById(id)
                .orElseThrow(() -> new ValidationException(Problem.of("memberId", "review.error.unknownMember")));
    }

    private void requireIncluded(ReviewPeriod p, UUID memberId) {
        boolean included = participants(p, reviewsByMember(p.id())).stream()
                .anyMatch(x -> x.memberId().equals(memberId) && x.included());
        if (!included) {
            throw new ValidationException(Problem.of("memberId", "review.error.notParticipant"));
        }
    }

    private MemberReview partOf(UUID periodId, UUID memberId) {
        return reviews.findMemberReview(periodId, memberId)
                .orElseGet(() -> MemberReview.empty(Ids.newId(), periodId, memberId));
    }

    private Map<UUID, MemberReview> reviewsByMember(UUID periodId) {
        return reviews.memberReviews(periodId).stream()
                .collect(Collectors.toMap(MemberReview::memberId, Function.identity()));
    }

    private List<MemberReview> includedParts(ReviewPeriod p) {
        Map<UUID, MemberReview> parts = reviewsByMember(p.id());
        return participants(p, parts).stream().filter(Participant::included)
                .map(x -> parts.getOrDefault(x.memberId(), MemberReview.empty(Ids.newId(), p.id(), x.memberId())))
                .toList();
    }

    private Map<UUID, Member> membersById() {
        return members.findAll().stream().collect(Collectors.toMap(Member::id, Function.identity()));
    }

    private List<Member> sortedMembers() {
        Comparator<String> names = VietnameseNames.comparator();
        return members.findAll().stream().sorted(Comparator.comparing(Member::fullName, names)).toList();
    }

    private static final LocalDate EARLIEST = LocalDate.of(1930, 2, 3);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

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
