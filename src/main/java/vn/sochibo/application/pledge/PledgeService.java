package vn.sochibo.application.pledge;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import vn.sochibo.application.audit.AuditAction;
import vn.sochibo.application.audit.AuditKind;
import vn.sochibo.application.audit.AuditSummary;
import vn.sochibo.application.audit.AuditTrail;
import vn.sochibo.application.common.Transactions;
import vn.sochibo.application.meeting.MeetingDocumentInput;
import vn.sochibo.application.meeting.MeetingRepository;
import vn.sochibo.application.member.MemberRepository;
import vn.sochibo.domain.common.Ids;
import vn.sochibo.domain.common.Problem;
import vn.sochibo.domain.common.ValidationException;
import vn.sochibo.domain.common.VietnameseNames;
import vn.sochibo.domain.meeting.Meeting;
import vn.sochibo.domain.meeting.MeetingSummary;
import vn.sochibo.domain.member.Member;
import vn.sochibo.domain.pledge.ItemState;
import vn.sochibo.domain.pledge.Pledge;
import vn.sochibo.domain.pledge.PledgeFollowUp;
import vn.sochibo.domain.pledge.PledgeItem;
import vn.sochibo.domain.pledge.PledgeKind;
import vn.sochibo.domain.pledge.PledgeRules;
import vn.sochibo.domain.pledge.YearFigures;

/**
 * Yearly pledges (issue 5): register and edit a member's pledge, start one from last year's, record the follow-ups
 * of its items, and the figures of a year (who has not registered, what is due, what is overdue, completion rates)
 * for the overview, the meetings and the annual review. Every refusal is a {@link ValidationException} and changes
 * nothing; every change is recorded in the audit trail in its own transaction.
 *
 * <p>A follow-up may name a meeting only while that meeting is a draft, and is locked with it once it is finalized
 * (ADR 0010): the finalized minutes, which print it, never change.
 */
public class PledgeService {
    private final PledgeRepository pledges;
    private final MemberRepository members;
    private final MeetingRepository meetings;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public PledgeService(PledgeRepository pledges, MemberRepository members, MeetingRepository meetings,
            Transactions transactions, AuditTrail audit, Clock clock) {
        this.pledges = pledges;
        this.members = members;
        this.meetings = meetings;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- reading pledges ----

    /** A new, empty draft for the member and year, not yet stored (the form fills it, then {@link #save}). */
    public Pledge newPledge(UUID memberId, int year) {
        return new Pledge(Ids.newId(), memberId, year, null, List.of());
    }

    /** A new item for a pledge of the year, not yet stored, due on the year's last day. */
    public PledgeItem newItem(PledgeKind kind, int year) {
        return new PledgeItem(Ids.newId(), kind, null, null, LocalDate.of(year, 12, 31), false);
    }

    public Optional<Pledge> find(UUID pledgeId) {
        return transactions.inTransaction(() -> pledges.findById(pledgeId));
    }

    public Optional<Pledge> find(UUID memberId, int year) {
        return transactions.inTransaction(() -> pledges.find(memberId, year));
    }

    /** The year's pledges, in roster order (Vietnamese name order). */
    public List<Pledge> ofYear(int year) {
        return transactions.inTransaction(() -> {
            Map<UUID, Member> byId = membersById();
            Comparator<String> names = VietnameseNames.comparator();
            return pledges.ofYear(year).stream()
                    .sorted(Comparator.comparing((Pledge p) -> byId.get(p.memberId()).fullName(), names))
                    .toList();
        });
    }

    /** The pledge's follow-ups, oldest first. */
    public List<PledgeFollowUp> followUps(UUID pledgeId) {
        return transactions.inTransaction(() -> pledges.followUpsOf(pledgeId));
    }

    /** The follow-ups recorded at a meeting, oldest first. */
    public List<PledgeFollowUp> followUpsAtMeeting(UUID meetingId) {
        return transactions.inTransaction(() -> pledges.followUpsAtMeeting(meetingId));
    }

    // ---- changing pledges ----

    /**
     * Stores a new pledge or the changes to one, its texts cleaned (NFC, trimmed). Refused when it breaks a rule of
     * {@link PledgeRules#checkPledge}, when the member already has a pledge for the year, when it changes its member
     * or year, when it removes an item that has follow-ups, changes the content of an item checked at a finalized
     * meeting (the minutes print it), or goes back to draft (or is registered later than a follow-up) while follow-ups
     * exist.
     */
    public Pledge save(Pledge raw) {
        Pledge pledge = raw.cleaned();
        return transactions.inTransaction(() -> {
            Optional<Pledge> before = pledges.findById(pledge.id());
            List<Problem> problems = new ArrayList<>(PledgeRules.checkPledge(pledge,
                    members.findById(pledge.memberId()).orElse(null), today()));
            if (before.isPresent() && (!before.get().memberId().equals(pledge.memberId())
                    || before.get().year() != pledge.year())) {
                problems.add(Problem.of("memberId", "pledge.error.memberOrYearChanged"));
            }
            pledges.find(pledge.memberId(), pledge.year()).filter(other -> !other.id().equals(pledge.id()))
                    .ifPresent(other -> problems.add(Problem.of("year", "pledge.error.duplicate", pledge.year())));
            before.ifPresent(b -> problems.addAll(checkAgainstFollowUps(b, pledge)));
            ValidationException.throwIfAny(problems);
            pledges.save(pledge);
            if (before.isEmpty()) {
                audit.record(AuditAction.CREATE, AuditKind.PLEDGE, pledge.id(), describe(pledge).toString());
            } else {
                AuditSummary changes = changes(before.get(), pledge);
                if (!changes.isEmpty()) {
                    audit.record(AuditAction.UPDATE, AuditKind.PLEDGE, pledge.id(), changes.toString());
                }
            }
            return pledge;
        });
    }

    private List<Problem> checkAgainstFollowUps(Pledge before, Pledge after) {
        List<PledgeFollowUp> followUps = pledges.followUpsOf(before.id());
        if (followUps.isEmpty()) {
            return List.of();
        }
        List<Problem> problems = new ArrayList<>();
        Set<UUID> locked = lockedMeetings(followUps);
        for (PledgeItem old : before.items()) {
            List<PledgeFollowUp> ofItem = followUps.stream().filter(f -> f.itemId().equals(old.id())).toList();
            if (ofItem.isEmpty()) {
                continue;
            }
            Optional<PledgeItem> now = after.item(old.id());
            if (now.isEmpty()) {
                problems.add(Problem.of("items", "pledge.error.itemHasFollowUps", old.content()));
            } else if (!Objects.equals(now.get().content(), old.content())
                    && ofItem.stream().anyMatch(f -> f.meetingId() != null && locked.contains(f.meetingId()))) {
                problems.add(Problem.of("items[" + after.items().indexOf(now.get()) + "].content",
                        "pledge.error.itemLocked"));
            }
        }
        if (!after.isRegistered()) {
            problems.add(Problem.of("registeredOn", "pledge.error.unregisterWithFollowUps"));
        } else {
            LocalDate first = followUps.stream().map(PledgeFollowUp::date).min(Comparator.naturalOrder()).orElseThrow();
            if (after.registeredOn().isAfter(first)) {
                problems.add(Problem.of("registeredOn", "pledge.error.registeredAfterFollowUp", first));
            }
        }
        return problems;
    }

    /** Records a draft pledge as registered on the given day (the member has signed it). */
    public Pledge register(UUID pledgeId, LocalDate on) {
        return transactions.inTransaction(() -> {
            Pledge pledge = pledges.findById(pledgeId)
                    .orElseThrow(() -> new ValidationException(Problem.of("id", "pledge.error.notFound")));
            if (on == null) {
                throw new ValidationException(Problem.of("registeredOn", "pledge.error.registeredOnRequired"));
            }
            return save(pledge.withRegisteredOn(on));
        });
    }

    /** Deletes a pledge (one made by mistake); refused while any of its items has a follow-up. */
    public void delete(UUID pledgeId) {
        transactions.run(() -> {
            Pledge pledge = pledges.findById(pledgeId)
                    .orElseThrow(() -> new ValidationException(Problem.of("id", "pledge.error.notFound")));
            if (!pledges.followUpsOf(pledgeId).isEmpty()) {
                throw new ValidationException(Problem.of("id", "pledge.error.deleteWithFollowUps"));
            }
            pledges.delete(pledgeId);
            audit.record(AuditAction.DELETE, AuditKind.PLEDGE, pledgeId, describe(pledge).toString());
        });
    }

    /**
     * Starts the member's pledge for {@code year} from the one of the year before: a new draft with the same items
     * (new ids), each deadline moved one year later (29 February becomes 28 February); follow-ups are not copied.
     * Refused when there is no pledge the year before or one already exists for {@code year}.
     */
    public Pledge copyLastYear(UUID memberId, int year) {
        return transactions.inTransaction(() -> {
            Pledge last = pledges.find(memberId, year - 1).orElseThrow(() -> new ValidationException(
                    Problem.of("year", "pledge.error.nothingToCopy", year - 1)));
            if (pledges.find(memberId, year).isPresent()) {
                throw new ValidationException(Problem.of("year", "pledge.error.duplicate", year));
            }
            List<PledgeItem> items = last.items().stream()
                    .map(i -> new PledgeItem(Ids.newId(), i.kind(), i.content(), i.target(),
                            i.deadline() == null ? null : i.deadline().plusYears(1), i.exampleSetting()))
                    .toList();
            Pledge copy = new Pledge(Ids.newId(), memberId, year, null, items);
            ValidationException.throwIfAny(PledgeRules.checkPledge(copy,
                    members.findById(memberId).orElse(null), today()));
            pledges.save(copy);
            audit.record(AuditAction.CREATE, AuditKind.PLEDGE, copy.id(),
                    describe(copy).put("copiedFrom", last.id()).toString());
            return copy;
        });
    }

    // ---- follow-ups ----

    /** Records a follow-up of an item of a registered pledge (see {@link PledgeRules#checkFollowUp}). */
    public PledgeFollowUp addFollowUp(FollowUpInput input) {
        return transactions.inTransaction(() -> {
            PledgeFollowUp f = followUp(Ids.newId(), input);
            checkFollowUp(f);
            pledges.saveFollowUp(f);
            audit.record(AuditAction.CREATE, AuditKind.PLEDGE_FOLLOW_UP, f.id(), describe(f).toString());
            return f;
        });
    }

    /** Changes a follow-up (its item stays); refused when it was recorded at a meeting since finalized. */
    public PledgeFollowUp editFollowUp(UUID followUpId, FollowUpInput input) {
        return transactions.inTransaction(() -> {
            PledgeFollowUp before = existingUnlocked(followUpId);
            if (!before.itemId().equals(input.itemId())) {
                throw new ValidationException(Problem.of("itemId", "pledge.error.followUpItemChanged"));
            }
            PledgeFollowUp f = followUp(followUpId, input);
            checkFollowUp(f);
            pledges.saveFollowUp(f);
            AuditSummary changes = AuditSummary.create().change("date", before.date(), f.date())
                    .change("status", before.status(), f.status()).change("progress", before.progress(), f.progress())
                    .change("evidence", before.evidence(), f.evidence())
                    .change("meeting", before.meetingId(), f.meetingId());
            if (!changes.isEmpty()) {
                audit.record(AuditAction.UPDATE, AuditKind.PLEDGE_FOLLOW_UP, f.id(), changes.toString());
            }
            return f;
        });
    }

    /** Removes a follow-up; refused when it was recorded at a meeting since finalized. */
    public void removeFollowUp(UUID followUpId) {
        transactions.run(() -> {
            PledgeFollowUp before = existingUnlocked(followUpId);
            pledges.deleteFollowUp(followUpId);
            audit.record(AuditAction.DELETE, AuditKind.PLEDGE_FOLLOW_UP, followUpId, describe(before).toString());
        });
    }

    private PledgeFollowUp existingUnlocked(UUID followUpId) {
        PledgeFollowUp f = pledges.findFollowUp(followUpId)
                .orElseThrow(() -> new ValidationException(Problem.of("id", "pledge.error.followUpNotFound")));
        if (f.meetingId() != null && meetings.findById(f.meetingId()).map(Meeting::isFinalized).orElse(false)) {
            throw new ValidationException(Problem.of("meetingId", "pledge.error.followUpLocked"));
        }
        return f;
    }

    private PledgeFollowUp followUp(UUID id, FollowUpInput input) {
        Pledge pledge = input.itemId() == null ? null : pledges.findByItem(input.itemId()).orElse(null);
        return new PledgeFollowUp(id, pledge == null ? null : pledge.id(), input.itemId(), input.date(),
                input.progress(), input.status(), input.evidence(), input.meetingId()).cleaned();
    }

    private void checkFollowUp(PledgeFollowUp f) {
        Pledge pledge = f.pledgeId() == null ? null : pledges.findById(f.pledgeId()).orElse(null);
        LocalDate meetingDate = null;
        List<Problem> problems = new ArrayList<>();
        if (f.meetingId() != null) {
            Optional<Meeting> meeting = meetings.findById(f.meetingId());
            if (meeting.isEmpty()) {
                problems.add(Problem.of("meetingId", "pledge.error.meetingNotFound"));
            } else if (meeting.get().isFinalized()) {
                problems.add(Problem.of("meetingId", "pledge.error.meetingFinalized"));
            } else {
                meetingDate = meeting.get().date();
            }
        }
        problems.addAll(PledgeRules.checkFollowUp(f, pledge, meetingDate, today()));
        ValidationException.throwIfAny(problems);
    }

    // ---- figures ----

    /**
     * The year at a glance as of today (the year's last day once it is over): every member expected to register or
     * having a pledge, with their figures over the items of {@code kind} (null: all kinds), and the cell's total.
     */
    public YearOverview overview(int year, PledgeKind kind) {
        return transactions.inTransaction(() -> overview(year, kind, PledgeRules.asOf(year, today())));
    }

    private YearOverview overview(int year, PledgeKind kind, LocalDate asOf) {
        Map<UUID, Pledge> byMember = pledges.ofYear(year).stream()
                .collect(Collectors.toMap(Pledge::memberId, Function.identity()));
        Map<UUID, List<PledgeFollowUp>> followUps = pledges.followUpsOfYear(year).stream()
                .collect(Collectors.groupingBy(PledgeFollowUp::pledgeId));
        List<YearOverview.Row> rows = new ArrayList<>();
        for (Member m : sortedMembers()) {
            Pledge p = byMember.get(m.id());
            boolean expected = PledgeRules.isExpected(m, asOf);
            if (p == null && !expected) {
                continue;
            }
            YearFigures figures = PledgeRules.figures(m.id(), year, p,
                    p == null ? List.of() : followUps.getOrDefault(p.id(), List.of()), asOf, kind);
            rows.add(new YearOverview.Row(m.id(), m.fullName(), m.statusOn(asOf), expected,
                    p == null ? null : p.id(), p == null ? null : p.status(), p == null ? null : p.registeredOn(),
                    figures));
        }
        return new YearOverview(year, asOf, kind, rows,
                YearFigures.total(year, asOf, rows.stream().map(YearOverview.Row::figures).toList()));
    }

    /**
     * A member's figures for the year, as of today (its last day once it is over), over all kinds: for the annual
     * review's section on keeping the year's pledges.
     */
    public YearFigures figures(UUID memberId, int year) {
        return transactions.inTransaction(() -> {
            LocalDate asOf = PledgeRules.asOf(year, today());
            Pledge p = pledges.find(memberId, year).orElse(null);
            return PledgeRules.figures(memberId, year, p, p == null ? List.of() : pledges.followUpsOf(p.id()), asOf,
                    null);
        });
    }

    /** Every overview row's figures for the year, by member id (the annual review reads them all at once). */
    public Map<UUID, YearFigures> figuresOfYear(int year) {
        YearOverview overview = overview(year, null);
        Map<UUID, YearFigures> figures = new HashMap<>();
        overview.rows().forEach(r -> figures.put(r.memberId(), r.figures()));
        return figures;
    }

    /** Every item of the year's registered pledges (of one kind, or all when {@code kind} is null), as of today. */
    public List<TrackedItem> items(int year, PledgeKind kind) {
        return transactions.inTransaction(() -> tracked(year, PledgeRules.asOf(year, today()), null,
                t -> kind == null || t.item().kind() == kind));
    }

    /** The items not completed whose deadline falls within the next {@code days} days (today included). */
    public List<TrackedItem> dueWithin(int days, PledgeKind kind) {
        LocalDate today = today();
        LocalDate last = today.plusDays(Math.max(0, days));
        return transactions.inTransaction(() -> {
            List<TrackedItem> due = new ArrayList<>();
            for (int year = today.getYear(); year <= last.getYear(); year++) {
                due.addAll(tracked(year, today, null, t -> (kind == null || t.item().kind() == kind)
                        && t.state() != ItemState.DONE && !t.item().deadline().isBefore(today)
                        && !t.item().deadline().isAfter(last)));
            }
            return due;
        });
    }

    /** The items of the year past their deadline and not completed, as of today (the year's last day once over). */
    public List<TrackedItem> overdue(int year, PledgeKind kind) {
        return transactions.inTransaction(() -> tracked(year, PledgeRules.asOf(year, today()), null,
                t -> (kind == null || t.item().kind() == kind) && t.state() == ItemState.OVERDUE));
    }

    /**
     * The items to check at a meeting, for the agenda part "Kiểm tra việc thực hiện cam kết": items of the registered
     * pledges of the meeting's year, of members on the roster that day, due by the end of the meeting's month and not
     * completed before this meeting. Items checked at this meeting stay in the list, with their state as recorded
     * ({@link TrackedItem#followUpAt}).
     */
    public List<TrackedItem> dueForCheck(Meeting meeting) {
        return dueForCheck(meeting.date(), meeting.id());
    }

    /** The items due for checking on a day (see {@link #dueForCheck(Meeting)}), outside any meeting. */
    public List<TrackedItem> dueForCheck(LocalDate day) {
        return dueForCheck(day, null);
    }

    private List<TrackedItem> dueForCheck(LocalDate day, UUID meetingId) {
        LocalDate monthEnd = YearMonth.from(day).atEndOfMonth();
        return transactions.inTransaction(() -> {
            Map<UUID, Member> byId = membersById();
            // With a meeting, tracked(…) already dropped what was completed before it; without, drop what is done.
            return tracked(day.getYear(), day, meetingId, t -> !t.item().deadline().isAfter(monthEnd)
                    && (meetingId != null || t.state() != ItemState.DONE)
                    && byId.get(t.memberId()).statusOn(day).isOnRoster());
        });
    }

    /**
     * The items of a year's registered pledges with their state on {@code asOf}, kept by {@code filter}; sorted by
     * deadline, then roster order, then the pledge's own order.
     *
     * @param exceptMeeting when set, the item is dropped when it was completed before that meeting's own follow-ups
     */
    private List<TrackedItem> tracked(int year, LocalDate asOf, UUID exceptMeeting, Predicate<TrackedItem> filter) {
        Map<UUID, Member> byId = membersById();
        Map<UUID, List<PledgeFollowUp>> followUps = pledges.followUpsOfYear(year).stream()
                .collect(Collectors.groupingBy(PledgeFollowUp::pledgeId));
        Comparator<String> names = VietnameseNames.comparator();
        List<TrackedItem> list = new ArrayList<>();
        Map<UUID, Integer> order = new HashMap<>();
        for (Pledge p : pledges.ofYear(year)) {
            if (!p.isRegistered()) {
                continue;
            }
            List<PledgeFollowUp> ofPledge = followUps.getOrDefault(p.id(), List.of());
            for (PledgeItem item : p.items()) {
                List<PledgeFollowUp> ofItem = ofPledge.stream().filter(f -> f.itemId().equals(item.id()))
                        .sorted(PledgeRules.CHRONOLOGICAL).toList();
                if (exceptMeeting != null) {
                    List<PledgeFollowUp> before = ofItem.stream()
                            .filter(f -> !exceptMeeting.equals(f.meetingId())).toList();
                    if (PledgeRules.state(item, before, asOf) == ItemState.DONE) {
                        continue;
                    }
                }
                TrackedItem t = new TrackedItem(p.id(), p.memberId(), byId.get(p.memberId()).fullName(), year, item,
                        ofItem, PledgeRules.state(item, ofItem, asOf), asOf);
                if (filter.test(t)) {
                    order.put(item.id(), p.items().indexOf(item));
                    list.add(t);
                }
            }
        }
        list.sort(Comparator.comparing((TrackedItem t) -> t.item().deadline())
                .thenComparing(TrackedItem::memberName, names)
                .thenComparing(t -> order.get(t.item().id())));
        return list;
    }

    // ---- the minutes ----

    /**
     * The pledge checks recorded at a meeting as its minutes print them, in roster order, then each pledge's item
     * order (the hook {@link vn.sochibo.application.meeting.MeetingDocuments} reads).
     */
    public List<MeetingDocumentInput.PledgeCheck> checksAt(UUID meetingId) {
        return transactions.inTransaction(() -> {
            List<PledgeFollowUp> followUps = pledges.followUpsAtMeeting(meetingId);
            if (followUps.isEmpty()) {
                return List.of();
            }
            Map<UUID, Member> byId = membersById();
            Map<UUID, Pledge> byPledge = new HashMap<>();
            followUps.forEach(f -> byPledge.computeIfAbsent(f.pledgeId(), id -> pledges.findById(id).orElseThrow()));
            Comparator<String> names = VietnameseNames.comparator();
            return followUps.stream()
                    .sorted(Comparator.comparing((PledgeFollowUp f) ->
                                    byId.get(byPledge.get(f.pledgeId()).memberId()).fullName(), names)
                            .thenComparing(f -> byPledge.get(f.pledgeId()).items()
                                    .indexOf(byPledge.get(f.pledgeId()).item(f.itemId()).orElseThrow()))
                            .thenComparing(PledgeRules.CHRONOLOGICAL))
                    .map(f -> {
                        Pledge p = byPledge.get(f.pledgeId());
                        return new MeetingDocumentInput.PledgeCheck(byId.get(p.memberId()).fullName(),
                                p.item(f.itemId()).orElseThrow().content(), f.status(), f.progress(), f.evidence());
                    })
                    .toList();
        });
    }

    // ---- helpers ----

    private Set<UUID> lockedMeetings(List<PledgeFollowUp> followUps) {
        if (followUps.stream().allMatch(f -> f.meetingId() == null)) {
            return Set.of();
        }
        return meetings.summaries().stream().filter(MeetingSummary::isFinalized).map(MeetingSummary::id)
                .collect(Collectors.toSet());
    }

    private Map<UUID, Member> membersById() {
        return members.findAll().stream().collect(Collectors.toMap(Member::id, Function.identity()));
    }

    private List<Member> sortedMembers() {
        Comparator<String> names = VietnameseNames.comparator();
        return members.findAll().stream().sorted(Comparator.comparing(Member::fullName, names)).toList();
    }

    private static AuditSummary describe(Pledge p) {
        return AuditSummary.create().put("member", p.memberId()).put("year", p.year()).put("status", p.status())
                .put("registeredOn", p.registeredOn()).put("items", p.items().size());
    }

    private static AuditSummary describe(PledgeFollowUp f) {
        return AuditSummary.create().put("pledge", f.pledgeId()).put("item", f.itemId()).put("date", f.date())
                .put("status", f.status()).put("progress", f.progress()).put("meeting", f.meetingId());
    }

    private static AuditSummary changes(Pledge before, Pledge after) {
        AuditSummary s = AuditSummary.create().change("registeredOn", before.registeredOn(), after.registeredOn());
        long added = after.items().stream().filter(i -> before.item(i.id()).isEmpty()).count();
        long removed = before.items().stream().filter(i -> after.item(i.id()).isEmpty()).count();
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < after.items().size(); i++) {
            PledgeItem now = after.items().get(i);
            Optional<PledgeItem> old = before.item(now.id());
            if (old.isPresent() && !old.get().equals(now)) {
                changed.add(i + 1);
            }
        }
        boolean reordered = !before.items().stream().map(PledgeItem::id).filter(id -> after.item(id).isPresent())
                .toList().equals(after.items().stream().map(PledgeItem::id).filter(id -> before.item(id).isPresent())
                        .toList());
        if (added > 0) {
            s.put("itemsAdded", added);
        }
        if (removed > 0) {
            s.put("itemsRemoved", removed);
        }
        if (!changed.isEmpty()) {
            s.put("itemsChanged", changed);
        }
        if (reordered) {
            s.put("itemsReordered", true);
        }
        return s;
    }
}
