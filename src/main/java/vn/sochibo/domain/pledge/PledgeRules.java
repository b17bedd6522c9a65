package vn.sochibo.domain.pledge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.sochibo.domain.common.Problem;
import vn.sochibo.domain.common.Text;
import vn.sochibo.domain.member.Member;
import vn.sochibo.domain.member.MemberStatus;
import vn.sochibo.domain.member.StatusEvent;

/**
 * The rules of pledges in one place: what a pledge and a follow-up must satisfy, where an item stands on a day
 * (overdue is derived from the date, never stored), the completion figures, and who is expected to register.
 */
public final class PledgeRules {
    /** A pledge for year Y may be registered from 1 October of Y-1 (pledges are often prepared in the autumn). */
    private static final int REGISTRATION_OPENS_MONTH = 10;

    /** Follow-ups in the order they were recorded: by date, then id (ids are time-ordered). */
    public static final Comparator<PledgeFollowUp> CHRONOLOGICAL = Comparator.comparing(PledgeFollowUp::date)
            .thenComparing(PledgeFollowUp::id);

    private PledgeRules() {
    }

    // ---- status of an item ----

    /** The last follow-up of the item dated on or before {@code asOf}, if any. */
    public static Optional<PledgeFollowUp> last(UUID itemId, Collection<PledgeFollowUp> followUps, LocalDate asOf) {
        return followUps.stream().filter(f -> f.itemId().equals(itemId)).filter(f -> !f.date().isAfter(asOf))
                .max(CHRONOLOGICAL);
    }

    /**
     * Where the item stands on {@code asOf}: done when its last follow-up up to that day says "hoàn thành"; else
     * overdue when the deadline is before that day (the deadline day itself is not overdue); else the last
     * follow-up's status, or not checked.
     */
    public static ItemState state(PledgeItem item, Collection<PledgeFollowUp> followUps, LocalDate asOf) {
        Optional<PledgeFollowUp> last = last(item.id(), followUps, asOf);
        if (last.isPresent() && last.get().status() == FollowUpStatus.HOAN_THANH) {
            return ItemState.DONE;
        }
        if (item.deadline() != null && asOf.isAfter(item.deadline())) {
            return ItemState.OVERDUE;
        }
        return last.map(f -> f.status() == FollowUpStatus.CHUA_DAT ? ItemState.NOT_MET : ItemState.IN_PROGRESS)
                .orElse(ItemState.NOT_CHECKED);
    }

    public static boolean isOverdue(PledgeItem item, Collection<PledgeFollowUp> followUps, LocalDate asOf) {
        return state(item, followUps, asOf) == ItemState.OVERDUE;
    }

    /** The day a year's figures are taken on: today during the year, its last day once it is over. */
    public static LocalDate asOf(int year, LocalDate today) {
        LocalDate lastDay = LocalDate.of(year, 12, 31);
        return today.isAfter(lastDay) ? lastDay : today;
    }

    /**
     * A member's figures for the year as of a day, over the items of one kind or of all kinds ({@code kind} null).
     * Only a registered pledge counts.
     *
     * @param pledge    the member's pledge for the year, or null
     * @param followUps the pledge's follow-ups (others are ignored)
     */
    public static YearFigures figures(UUID memberId, int year, Pledge pledge, Collection<PledgeFollowUp> followUps,
            LocalDate asOf, PledgeKind kind) {
        if (pledge == null || !pledge.isRegistered()) {
            return new YearFigures(memberId, year, asOf, false, 0, 0, 0, 0);
        }
        int items = 0;
        int completed = 0;
        int counted = 0;
        int overdue = 0;
        for (PledgeItem item : pledge.items()) {
            if (kind != null && item.kind() != kind) {
                continue;
            }
            items++;
            ItemState state = state(item, followUps, asOf);
            boolean due = item.deadline() != null && !item.deadline().isAfter(asOf);
            if (state == ItemState.DONE) {
                completed++;
            }
            if (due || state == ItemState.DONE) {
                counted++;
            }
            if (state == ItemState.OVERDUE) {
                overdue++;
            }
        }
        return new YearFigures(memberId, year, asOf, true, items, completed, counted, overdue);
    }

    // ---- who registers ----

    /**
     * Whether the member is expected to register a pledge for the year: official or probationary on the as-of day.
     * Members exempt from duties and meetings and members temporarily attached to another cell may register, but
     * are not counted as missing (ADR 0010).
     */
    public static boolean isExpected(Member member, LocalDate asOf) {
        MemberStatus status = member.statusOn(asOf);
        return status == MemberStatus.OFFICIAL || status == MemberStatus.PROBATIONARY;
    }

    /** Whether the member is on the cell's roster on at least one day of the year. */
    public static boolean onRosterDuring(Member member, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        // The status only changes on these days, so looking at them (and the first day) looks at the whole year.
        Set<LocalDate> days = new HashSet<>();
        days.add(first);
        days.add(member.admissionDate());
        days.add(member.joinedThisCell());
        member.history().stream().map(StatusEvent::date).forEach(days::add);
        return days.stream().filter(d -> !d.isBefore(first) && !d.isAfter(last))
                .anyMatch(d -> member.statusOn(d).isOnRoster());
    }

    // ---- checks ----

    /**
     * What a pledge (already cleaned) must satisfy to be stored: a known member on the roster that year, a sensible
     * year, items with a kind, a content and a deadline within the year, texts within what the store keeps; a
     * registration day not in the future and not before 1 October of the year before; at least one item once
     * registered. Fields: {@code memberId}, {@code year}, {@code registeredOn}, {@code items}, {@code items[i].x}.
     */
    public static List<Problem> checkPledge(Pledge p, Member member, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (p.year() < PledgeLimits.FIRST_YEAR || p.year() > today.getYear() + 1) {
            problems.add(Problem.of("year", "pledge.error.year", PledgeLimits.FIRST_YEAR, today.getYear() + 1));
            return problems;
        }
        if (member == null) {
            problems.add(Problem.of("memberId", "pledge.error.memberNotFound"));
        } else if (!onRosterDuring(member, p.year())) {
            problems.add(Problem.of("memberId", "pledge.error.notOnRoster", member.fullName(), p.year()));
        }
        LocalDate registered = p.registeredOn();
        if (registered != null) {
            if (registered.isAfter(today)) {
                problems.add(Problem.of("registeredOn", "pledge.error.registeredInFuture"));
            } else if (registered.isBefore(LocalDate.of(p.year() - 1, REGISTRATION_OPENS_MONTH, 1))
                    || registered.getYear() > p.year()) {
                problems.add(Problem.of("registeredOn", "pledge.error.registeredOutsideYear", p.year()));
            }
            if (p.items().isEmpty()) {
                problems.add(Problem.of("items", "pledge.error.noItems"));
            }
        }
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < p.items().size(); i++) {
            PledgeItem item = p.items().get(i);
            String field = "items[" + i + "]";
            if (!ids.add(item.id())) {
                problems.add(Problem.of(field, "pledge.error.duplicateItem"));
            }
            if (item.kind() == null) {
                problems.add(Problem.of(field + ".kind", "pledge.error.itemKind"));
            }
            if (Text.isBlank(item.content())) {
                problems.add(Problem.of(field + ".content", "pledge.error.itemContent"));
            }
            if (item.deadline() == null) {
                problems.add(Problem.of(field + ".deadline", "pledge.error.itemDeadline"));
            } else if (item.deadline().getYear() != p.year()) {
                problems.add(Problem.of(field + ".deadline", "pledge.error.deadlineOutsideYear", p.year()));
            }
            Problem.addIfTooLong(problems, field + ".content", item.content(), PledgeLimits.CONTENT);
            Problem.addIfTooLong(problems, field + ".target", item.target(), PledgeLimits.TARGET);
        }
        return problems;
    }

    /**
     * What a follow-up (already cleaned) must satisfy: an item of a registered pledge, a status and a progress text,
     * a date neither before the pledge was registered nor in the future, and, when it was checked at a meeting, the
     * meeting's date. Fields: {@code itemId}, {@code date}, {@code status}, {@code progress}, {@code evidence}.
     *
     * @param meetingDate the date of the meeting it names, or null when it names none
     */
    public static List<Problem> checkFollowUp(PledgeFollowUp f, Pledge pledge, LocalDate meetingDate,
            LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (pledge == null || f.itemId() == null || pledge.item(f.itemId()).isEmpty()) {
            problems.add(Problem.of("itemId", "pledge.error.itemNotFound"));
            return problems;
        }
        if (!pledge.isRegistered()) {
            problems.add(Problem.of("itemId", "pledge.error.notRegistered"));
        }
        if (f.date() == null) {
            problems.add(Problem.of("date", "pledge.error.followUpDate"));
        } else if (f.date().isAfter(today)) {
            problems.add(Problem.of("date", "pledge.error.followUpFuture"));
        } else if (pledge.isRegistered() && f.date().isBefore(pledge.registeredOn())) {
            problems.add(Problem.of("date", "pledge.error.followUpBeforePledge", pledge.registeredOn()));
        } else if (meetingDate != null && !f.date().equals(meetingDate)) {
            problems.add(Problem.of("date", "pledge.error.followUpMeetingDate", meetingDate));
        }
        if (f.status() == null) {
            problems.add(Problem.of("status", "pledge.error.followUpStatus"));
        }
        if (Text.isBlank(f.progress())) {
            problems.add(Problem.of("progress", "pledge.error.followUpProgress"));
        }
        Problem.addIfTooLong(problems, "progress", f.progress(), PledgeLimits.PROGRESS);
        Problem.addIfTooLong(problems, "evidence", f.evidence(), PledgeLimits.EVIDENCE);
        return problems;
    }
}
