package vn.sochibo.application.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.sochibo.application.cell.CellService;
import vn.sochibo.application.meeting.MeetingService;
import vn.sochibo.application.member.MemberService;
import vn.sochibo.application.pledge.PledgeService;
import vn.sochibo.application.review.ReviewRepository;
import vn.sochibo.application.review.ReviewService;
import vn.sochibo.application.review.ReviewViews;
import vn.sochibo.application.settings.SettingsService;
import vn.sochibo.domain.cell.CellProfile;
import vn.sochibo.domain.meeting.AttendanceCounts;
import vn.sochibo.domain.meeting.AttendanceFigures;
import vn.sochibo.domain.meeting.Meeting;
import vn.sochibo.domain.meeting.MeetingKind;
import vn.sochibo.domain.meeting.MeetingRules;
import vn.sochibo.domain.meeting.SelfScoreSheet;
import vn.sochibo.domain.member.Member;
import vn.sochibo.domain.pledge.CompletionRate;
import vn.sochibo.domain.pledge.YearFigures;
import vn.sochibo.domain.review.LevelCounts;
import vn.sochibo.domain.review.PeriodKind;
import vn.sochibo.domain.review.ReviewLevel;

/**
 * The statistics of a year or of the committee's term (issue 7), read from the records through the other services
 * so that every figure is counted as it is elsewhere: attendance per member as the annual review's prefilled facts
 * count it ({@link AttendanceFigures}), per meeting as the minutes count it ({@link AttendanceCounts}), the self-score
 * on the sheet the meeting was scored on ({@link SettingsService#scoreSheetFor}), pledges from
 * {@link PledgeService#figuresOfYear}, review levels from {@link ReviewService#summary}. Reads only; changes nothing.
 * The figures and their rules are in docs/statistics.md.
 */
public class StatisticsService {
    /** At least one meeting with a topic (thematic or combined) each quarter (domain.md §3); no setting holds it yet. */
    public static final int THEMATIC_PER_QUARTER = 1;
    /** How many years of review levels a year's statistics show, ending with that year. */
    public static final int REVIEW_YEARS = 5;

    /** Where a quarter stands against the one-thematic-meeting-per-quarter rule. */
    public enum QuarterRule {
        MET,
        NOT_MET,
        /** The quarter is not over and has no thematic meeting yet. */
        ONGOING,
        /** The quarter has not started. */
        NOT_STARTED
    }

    /** What became of a task assigned at a meeting (see docs/statistics.md). */
    public enum TaskState {
        DONE_ON_TIME,
        DONE_LATE,
        OVERDUE,
        OPEN
    }

    private final MeetingService meetings;
    private final MemberService members;
    private final PledgeService pledges;
    private final ReviewService reviews;
    private final SettingsService settings;
    private final CellService cell;

    public StatisticsService(MeetingService meetings, MemberService members, PledgeService pledges,
            ReviewService reviews, SettingsService settings, CellService cell) {
        this.meetings = meetings;
        this.members = members;
        this.pledges = pledges;
        this.reviews = reviews;
        this.settings = settings;
        this.cell = cell;
    }

    /**
     * The periods worth choosing, newest first: the committee's term (when the profile sets one), then each year from
     * the first meeting's (or this year) to this year.
     */
    public List<StatsPeriod> choices() {
        List<StatsPeriod> choices = new ArrayList<>();
        cell.profile().filter(p -> p.termStart() != null && p.termEnd() != null)
                .ifPresent(p -> choices.add(StatsPeriod.ofTerm(p.termStart(), p.termEnd())));
        int thisYear = members.today().getYear();
        int first = meetings.all().stream().map(Meeting::date).min(Comparator.naturalOrder())
                .map(LocalDate::getYear).orElse(thisYear);
        for (int y = Math.max(thisYear, first); y >= Math.min(first, thisYear); y--) {
            choices.add(StatsPeriod.ofYear(y));
        }
        return choices;
    }

    /** The term's period from the cell profile; empty before the profile is set. */
    public java.util.Optional<StatsPeriod> term() {
        return cell.profile().map(p -> StatsPeriod.ofTerm(p.termStart(), p.termEnd()));
    }

    /** Every table of the period, as of today. */
    public Statistics compute(StatsPeriod period) {
        LocalDate today = members.today();
        List<Member> roster = members.all();
        Map<UUID, Member> byId = roster.stream().collect(Collectors.toMap(Member::id, Function.identity()));
        List<Meeting> all = meetings.all();
        List<Meeting> inPeriod = all.stream().filter(m -> period.contains(m.date()))
                .sorted(Comparator.comparing(Meeting::date).thenComparing(m -> m.kind().ordinal())).toList();
        List<StatTable> tables = new ArrayList<>();
        tables.add(attendanceByMember(period, roster, all));
        tables.add(attendanceByMeeting(roster, inPeriod));
        tables.add(meetingsByQuarter(period, inPeriod, today));
        tables.add(selfScores(inPeriod));
        tables.add(tasks(all, inPeriod, byId, today));
        tables.add(pledges(period, byId));
        tables.add(reviewLevels(period));
        return new Statistics(period, today, tables);
    }

    // ---- attendance ----

    /** Per member, as the review's facts count it; members called to no meeting of the period are left out. */
    StatTable attendanceByMember(StatsPeriod period, List<Member> roster, List<Meeting> all) {
        List<List<Object>> rows = new ArrayList<>();
        for (Member m : roster) {
            AttendanceFigures f = AttendanceFigures.of(m, all, period.from(), period.to());
            if (f.expected() > 0) {
                rows.add(List.of(m.fullName(), f.expected(), f.present(), f.absentWithReason(),
                        f.absentWithoutReason(), f.ratePercent()));
            }
        }
        return new StatTable("attendanceMembers", "stats.table.attendanceMembers", StatTable.ChartKind.BAR,
                List.of("stats.col.member", "stats.col.called", "stats.col.present", "stats.col.absentWithReason",
                        "stats.col.absentWithoutReason", "stats.col.attendanceRate"),
                0, List.of(5), rows, null);
    }

    /** Per meeting, with the totals its minutes print; the rate is present among those called. */
    StatTable attendanceByMeeting(List<Member> roster, List<Meeting> inPeriod) {
        List<List<Object>> rows = new ArrayList<>();
        int called = 0;
        int presentCalled = 0;
        for (Meeting m : inPeriod) {
            AttendanceCounts c = AttendanceCounts.of(roster, MeetingRules.attendanceMap(m), m.date());
            rows.add(List.of(m.date(), m.kind(), c.expected(), c.present(), c.absentWithReason(),
                    c.absentWithoutReason(), c.attendanceRatePercent()));
            called += c.expected();
            presentCalled += c.expected() - c.absentWithReason() - c.absentWithoutReason();
        }
        List<Object> total = inPeriod.isEmpty() ? null : java.util.Arrays.asList(RowLabel.TOTAL, null,
                called, rows.stream().mapToInt(r -> (Integer) r.get(3)).sum(),
                rows.stream().mapToInt(r -> (Integer) r.get(4)).sum(),
                rows.stream().mapToInt(r -> (Integer) r.get(5)).sum(),
                called == 0 ? null : 100.0 * presentCalled / called);
        return new StatTable("attendanceMeetings", "stats.table.attendanceMeetings", StatTable.ChartKind.LINE,
                List.of("stats.col.date", "stats.col.kind", "stats.col.called", "stats.col.present",
                        "stats.col.absentWithReason", "stats.col.absentWithoutReason", "stats.col.attendanceRate"),
                0, List.of(6), rows, total);
    }

    // ---- meetings by kind and the thematic rule ----

    /** Per calendar quarter overlapping the period: meetings of each kind and the thematic rule. */
    StatTable meetingsByQuarter(StatsPeriod period, List<Meeting> inPeriod, LocalDate today) {
        List<List<Object>> rows = new ArrayList<>();
        Map<MeetingKind, Integer> totals = new EnumMap<>(MeetingKind.class);
        int quartersMet = 0;
        for (LocalDate q = MeetingRules.quarterStart(period.from()); !q.isAfter(period.to()); q = q.plusMonths(3)) {
            LocalDate start = q;
            LocalDate end = q.plusMonths(3).minusDays(1);
            Map<MeetingKind, Integer> counts = new EnumMap<>(MeetingKind.class);
            for (MeetingKind k : MeetingKind.values()) {
                counts.put(k, 0);
            }
            inPeriod.stream().filter(m -> !m.date().isBefore(start) && !m.date().isAfter(end))
                    .forEach(m -> counts.merge(m.kind(), 1, Integer::sum));
            int withTopic = counts.get(MeetingKind.THEMATIC) + counts.get(MeetingKind.COMBINED);
            QuarterRule rule = withTopic >= THEMATIC_PER_QUARTER ? QuarterRule.MET
                    : start.isAfter(today) ? QuarterRule.NOT_STARTED
                    : !end.isBefore(today) ? QuarterRule.ONGOING : QuarterRule.NOT_MET;
            if (rule == QuarterRule.MET) {
                quartersMet++;
            }
            counts.forEach((k, n) -> totals.merge(k, n, Integer::sum));
            rows.add(List.of(quarterLabel(start), counts.get(MeetingKind.REGULAR), counts.get(MeetingKind.THEMATIC),
                    counts.get(MeetingKind.COMBINED), counts.get(MeetingKind.EXTRAORDINARY),
                    counts.values().stream().mapToInt(Integer::intValue).sum(), withTopic, rule));
        }
        List<Object> total = java.util.Arrays.asList(RowLabel.TOTAL, totals.getOrDefault(MeetingKind.REGULAR, 0),
                totals.getOrDefault(MeetingKind.THEMATIC, 0), totals.getOrDefault(MeetingKind.COMBINED, 0),
                totals.getOrDefault(MeetingKind.EXTRAORDINARY, 0), inPeriod.size(),
                totals.getOrDefault(MeetingKind.THEMATIC, 0) + totals.getOrDefault(MeetingKind.COMBINED, 0),
                quartersMet + "/" + rows.size());
        return new StatTable("meetingKinds", "stats.table.meetingKinds", StatTable.ChartKind.STACKED_BAR,
                List.of("stats.col.quarter", "stats.col.regular", "stats.col.thematic", "stats.col.combined",
                        "stats.col.extraordinary", "stats.col.meetings", "stats.col.withTopic",
                        "stats.col.thematicRule"),
                0, List.of(1, 2, 3, 4), rows, total);
    }

    /** A calendar quarter ("Quý 1/2026" when shown). */
    public record Quarter(int year, int number) {
    }

    static Quarter quarterLabel(LocalDate quarterStart) {
        return new Quarter(quarterStart.getYear(), (quarterStart.getMonthValue() - 1) / 3 + 1);
    }

    // ---- self-scores ----

    /** Each scored meeting's total on the sheet it was scored on, and its grade. */
    StatTable selfScores(List<Meeting> inPeriod) {
        List<List<Object>> rows = new ArrayList<>();
        for (Meeting m : inPeriod) {
            if (m.selfScores().isEmpty()) {
                continue;
            }
            SelfScoreSheet sheet = settings.scoreSheetFor(m.selfScores());
            int total = sheet.total(m.selfScores());
            rows.add(List.of(m.date(), m.kind(), total, sheet.grade(total)));
        }
        List<Object> average = rows.isEmpty() ? null : java.util.Arrays.asList(RowLabel.AVERAGE, null,
                rows.stream().mapToInt(r -> (Integer) r.get(2)).average().orElse(0), null);
        return new StatTable("selfScores", "stats.table.selfScores", StatTable.ChartKind.LINE,
                List.of("stats.col.date", "stats.col.kind", "stats.col.score", "stats.col.grade"), 0, List.of(2),
                rows, average);
    }

    // ---- tasks ----

    /**
     * What became of a task, as of {@code today}: done on time when the first follow-up recorded on it (at the next
     * meeting, as the resolution's part I reviews it) says done; done late when a later one does; otherwise overdue
     * once its deadline has passed, open before.
     */
    static TaskState stateOf(Meeting.TaskAssignment task, List<Meeting> byDate, LocalDate today) {
        List<Meeting.TaskFollowUp> followUps = byDate.stream().flatMap(m -> m.followUps().stream())
                .filter(f -> f.taskId().equals(task.id())).toList();
        if (!followUps.isEmpty() && followUps.get(0).result() == Meeting.TaskResult.DONE) {
            return TaskState.DONE_ON_TIME;
        }
        if (followUps.stream().anyMatch(f -> f.result() == Meeting.TaskResult.DONE)) {
            return TaskState.DONE_LATE;
        }
        return task.deadline() != null && task.deadline().isBefore(today) ? TaskState.OVERDUE : TaskState.OPEN;
    }

    /** Tasks assigned at the period's meetings, per assignee; the total row counts each task once. */
    StatTable tasks(List<Meeting> all, List<Meeting> inPeriod, Map<UUID, Member> byId, LocalDate today) {
        List<Meeting> byDate = all.stream().sorted(Comparator.comparing(Meeting::date)).toList();
        Map<UUID, int[]> perMember = new HashMap<>();
        int[] total = new int[5];
        for (Meeting m : inPeriod) {
            for (Meeting.TaskAssignment t : m.tasks()) {
                TaskState state = stateOf(t, byDate.stream().filter(x -> !x.id().equals(m.id())
                        && !x.date().isBefore(m.date())).toList(), today);
                total[0]++;
                total[1 + state.ordinal()]++;
                for (UUID who : t.assigneeIds()) {
                    int[] counts = perMember.computeIfAbsent(who, k -> new int[5]);
                    counts[0]++;
                    counts[1 + state.ordinal()]++;
                }
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        for (Member m : sorted(byId, perMember.keySet())) {
            int[] c = perMember.get(m.id());
            rows.add(List.of(m.fullName(), c[0], c[1], c[2], c[3], c[4]));
        }
        return new StatTable("tasks", "stats.table.tasks", StatTable.ChartKind.STACKED_BAR,
                List.of("stats.col.member", "stats.col.assigned", "stats.col.doneOnTime", "stats.col.doneLate",
                        "stats.col.overdue", "stats.col.open"),
                0, List.of(2, 3, 4, 5), rows,
                List.of(RowLabel.TOTAL, total[0], total[1], total[2], total[3], total[4]));
    }

    // ---- pledges ----

    /** Per member, the pledge figures of the period's years (a term sums its years), as the pledges area shows them. */
    StatTable pledges(StatsPeriod period, Map<UUID, Member> byId) {
        Map<UUID, List<YearFigures>> perMember = new LinkedHashMap<>();
        List<YearFigures> everything = new ArrayList<>();
        for (int y = period.from().getYear(); y <= period.to().getYear(); y++) {
            for (YearFigures f : pledges.figuresOfYear(y).values()) {
                perMember.computeIfAbsent(f.memberId(), k -> new ArrayList<>()).add(f);
                everything.add(f);
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        for (Member m : sorted(byId, perMember.keySet())) {
            rows.add(pledgeRow(m.fullName(), perMember.get(m.id())));
        }
        return new StatTable("pledges", "stats.table.pledges", StatTable.ChartKind.BAR,
                List.of("stats.col.member", "stats.col.registered", "stats.col.items", "stats.col.due",
                        "stats.col.completed", "stats.col.overdue", "stats.col.completionRate"),
                0, List.of(6), rows, everything.isEmpty() ? null : pledgeRow(RowLabel.TOTAL, everything));
    }

    private static List<Object> pledgeRow(Object name, List<YearFigures> figures) {
        YearFigures sum = YearFigures.total(0, null, figures);
        CompletionRate rate = sum.completionRate();
        long registered = figures.stream().filter(YearFigures::registered).count();
        return java.util.Arrays.asList(name, registered > 0 ? Answer.YES : Answer.NO, sum.items(), sum.counted(),
                sum.completed(), sum.overdue(), rate.isDefined() ? 100.0 * rate.fraction() : null);
    }

    /** The label of a total or average row, in words when shown. */
    public enum RowLabel {
        TOTAL,
        AVERAGE
    }

    /** Yes or no, in words when shown. */
    public enum Answer {
        YES,
        NO
    }

    // ---- review levels ----

    /**
     * Per year review: the members reviewed by level, the upper committee's final level where recorded, else the
     * cell's proposed one. A year's statistics show the {@value #REVIEW_YEARS} years ending with it; a term's, its
     * years.
     */
    StatTable reviewLevels(StatsPeriod period) {
        int last = period.to().getYear();
        int first = period.kind() == StatsPeriod.Kind.YEAR ? last - REVIEW_YEARS + 1 : period.from().getYear();
        List<ReviewRepository.PeriodSummary> years = reviews.periods().stream()
                .filter(p -> p.kind() == PeriodKind.YEAR && p.year() >= first && p.year() <= last)
                .sorted(Comparator.comparingInt(ReviewRepository.PeriodSummary::year)).toList();
        List<List<Object>> rows = new ArrayList<>();
        for (ReviewRepository.PeriodSummary p : years) {
            ReviewViews.Summary s = reviews.summary(p.id());
            LevelCounts counts = LevelCounts.of(s.rows().stream()
                    .map(r -> r.finalLevel() != null ? r.finalLevel() : r.cellLevel()).toList());
            rows.add(List.of(String.valueOf(p.year()), counts.count(ReviewLevel.EXCELLENT),
                    counts.count(ReviewLevel.GOOD), counts.count(ReviewLevel.COMPLETED),
                    counts.count(ReviewLevel.NOT_COMPLETED), counts.unset(), counts.base(),
                    counts.base() == 0 ? 0.0 : counts.percent(ReviewLevel.EXCELLENT)
                            + counts.percent(ReviewLevel.GOOD)));
        }
        return new StatTable("reviewLevels", "stats.table.reviewLevels", StatTable.ChartKind.STACKED_BAR,
                List.of("stats.col.year", "stats.col.levelExcellent", "stats.col.levelGood",
                        "stats.col.levelCompleted", "stats.col.levelNotCompleted", "stats.col.levelUnset",
                        "stats.col.reviewed", "stats.col.goodOrBetter"),
                0, List.of(1, 2, 3, 4), rows, null);
    }

    private static List<Member> sorted(Map<UUID, Member> byId, java.util.Collection<UUID> ids) {
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull)
                .sorted(MemberService.rosterOrder()).toList();
    }
}
