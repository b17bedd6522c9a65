package vn.sochibo.domain.pledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.sochibo.domain.common.Ids;
import vn.sochibo.domain.common.Problem;
import vn.sochibo.domain.member.Member;
import vn.sochibo.domain.member.StatusEvent;
import vn.sochibo.domain.member.StatusEventType;

class PledgeRulesTest {
    private static final LocalDate DEADLINE = LocalDate.of(2026, 6, 30);
    private static final UUID MEMBER = Ids.newId();

    private static PledgeItem item(LocalDate deadline) {
        return new PledgeItem(Ids.newId(), PledgeKind.NEU_GUONG, "Tham gia đầy đủ sinh hoạt", "12/12 buổi", deadline,
                false);
    }

    private static PledgeItem item(PledgeKind kind, LocalDate deadline) {
        return new PledgeItem(Ids.newId(), kind, "Nội dung", null, deadline, false);
    }

    private static PledgeFollowUp followUp(PledgeItem item, LocalDate day, FollowUpStatus status) {
        return new PledgeFollowUp(Ids.newId(), null, item.id(), day, "Tiến độ", status, null, null);
    }

    private static Member member(LocalDate admitted, StatusEvent... events) {
        return new Member(MEMBER, "Phạm Thị Lan", null, null, null, null, admitted, admitted.plusYears(1), null, null,
                null, List.of(events));
    }

    @Test
    void theDeadlineDayItselfIsNotOverdueTheNextDayIs() {
        PledgeItem item = item(DEADLINE);
        assertThat(PledgeRules.state(item, List.of(), DEADLINE.minusDays(1))).isEqualTo(ItemState.NOT_CHECKED);
        assertThat(PledgeRules.state(item, List.of(), DEADLINE)).isEqualTo(ItemState.NOT_CHECKED);
        assertThat(PledgeRules.isOverdue(item, List.of(), DEADLINE)).isFalse();
        assertThat(PledgeRules.state(item, List.of(), DEADLINE.plusDays(1))).isEqualTo(ItemState.OVERDUE);
        assertThat(PledgeRules.isOverdue(item, List.of(), DEADLINE.plusDays(1))).isTrue();
    }

    @Test
    void theLastFollowUpDecidesAndOverdueWinsOverAnythingButDone() {
        PledgeItem item = item(DEADLINE);
        List<PledgeFollowUp> f = new ArrayList<>();
        f.add(followUp(item, LocalDate.of(2026, 3, 3), FollowUpStatus.DANG_THUC_HIEN));
        assertThat(PledgeRules.state(item, f, LocalDate.of(2026, 3, 3))).isEqualTo(ItemState.IN_PROGRESS);
        f.add(followUp(item, LocalDate.of(2026, 5, 4), FollowUpStatus.CHUA_DAT));
        assertThat(PledgeRules.state(item, f, DEADLINE)).isEqualTo(ItemState.NOT_MET);
        assertThat(PledgeRules.state(item, f, DEADLINE.plusDays(1))).isEqualTo(ItemState.OVERDUE);
        // Completed after the deadline: done, no longer overdue; but not as of a day before that check.
        f.add(followUp(item, LocalDate.of(2026, 7, 6), FollowUpStatus.HOAN_THANH));
        assertThat(PledgeRules.state(item, f, LocalDate.of(2026, 7, 6))).isEqualTo(ItemState.DONE);
        assertThat(PledgeRules.state(item, f, LocalDate.of(2026, 7, 5))).isEqualTo(ItemState.OVERDUE);
        // A later "chưa đạt" takes the completion back.
        f.add(followUp(item, LocalDate.of(2026, 8, 3), FollowUpStatus.CHUA_DAT));
        assertThat(PledgeRules.state(item, f, LocalDate.of(2026, 8, 3))).isEqualTo(ItemState.OVERDUE);
    }

    @Test
    void followUpsOfOtherItemsDoNotCount() {
        PledgeItem item = item(DEADLINE);
        PledgeItem other = item(DEADLINE);
        assertThat(PledgeRules.state(item, List.of(followUp(other, DEADLINE, FollowUpStatus.HOAN_THANH)), DEADLINE))
                .isEqualTo(ItemState.NOT_CHECKED);
    }

    @Test
    void figuresCountDueOrDoneItemsAndPoolTheCellsItems() {
        LocalDate asOf = LocalDate.of(2026, 9, 30);
        PledgeItem a = item(PledgeKind.TU_DUONG_REN_LUYEN, LocalDate.of(2026, 3, 31)); // due, done
        PledgeItem b = item(PledgeKind.TU_DUONG_REN_LUYEN, LocalDate.of(2026, 6, 30)); // due, not done: overdue
        PledgeItem c = item(PledgeKind.CHUYEN_MON, LocalDate.of(2026, 9, 30)); // due today, in progress: not overdue
        PledgeItem d = item(PledgeKind.CHUYEN_MON, LocalDate.of(2026, 12, 31)); // not due, done early: counted
        PledgeItem e = item(PledgeKind.NEU_GUONG, LocalDate.of(2026, 12, 31)); // not due, not done: not counted
        Pledge pledge = new Pledge(Ids.newId(), MEMBER, 2026, LocalDate.of(2026, 1, 10), List.of(a, b, c, d, e));
        List<PledgeFollowUp> f = List.of(followUp(a, LocalDate.of(2026, 3, 3), FollowUpStatus.HOAN_THANH),
                followUp(b, LocalDate.of(2026, 6, 3), FollowUpStatus.DANG_THUC_HIEN),
                followUp(c, LocalDate.of(2026, 9, 3), FollowUpStatus.DANG_THUC_HIEN),
                followUp(d, LocalDate.of(2026, 9, 3), FollowUpStatus.HOAN_THANH));

        YearFigures all = PledgeRules.figures(MEMBER, 2026, pledge, f, asOf, null);
        // By hand: 5 items; completed a, d = 2; counted a, b, c (due) + d (done) = 4; overdue b = 1; 2/4 = 50 %.
        assertThat(all).isEqualTo(new YearFigures(MEMBER, 2026, asOf, true, 5, 2, 4, 1));
        assertThat(all.completionRate().percent()).hasValue(50);

        YearFigures chuyenMon = PledgeRules.figures(MEMBER, 2026, pledge, f, asOf, PledgeKind.CHUYEN_MON);
        // c, d: completed d; counted c, d; 1/2.
        assertThat(chuyenMon).isEqualTo(new YearFigures(MEMBER, 2026, asOf, true, 2, 1, 2, 0));

        // At year end every item counts: a, d done of 5 → 40 %; b, c, e overdue.
        LocalDate yearEnd = LocalDate.of(2026, 12, 31);
        YearFigures atEnd = PledgeRules.figures(MEMBER, 2026, pledge, f, PledgeRules.asOf(2026, LocalDate.of(2027, 2, 1)),
                null);
        assertThat(atEnd).isEqualTo(new YearFigures(MEMBER, 2026, yearEnd, true, 5, 2, 5, 2));
        assertThat(atEnd.completionRate().percent()).hasValue(40);

        // The cell pools items: 2/4 and 1/3 make 3/7 = 42,86 % → 43, not the mean of 50 % and 33 %.
        YearFigures other = new YearFigures(Ids.newId(), 2026, asOf, true, 3, 1, 3, 2);
        YearFigures cell = YearFigures.total(2026, asOf, List.of(all, other));
        assertThat(cell.completionRate()).isEqualTo(new CompletionRate(3, 7));
        assertThat(cell.completionRate().percent()).hasValue(43);
        assertThat(cell.overdue()).isEqualTo(3);
        assertThat(cell.memberId()).isNull();
    }

    @Test
    void aDraftOrMissingPledgeHasNoFiguresAndNoRate() {
        PledgeItem a = item(LocalDate.of(2026, 3, 31));
        Pledge draft = new Pledge(Ids.newId(), MEMBER, 2026, null, List.of(a));
        YearFigures f = PledgeRules.figures(MEMBER, 2026, draft, List.of(), LocalDate.of(2026, 9, 1), null);
        assertThat(f.registered()).isFalse();
        assertThat(f.items()).isZero();
        assertThat(f.completionRate().isDefined()).isFalse();
        assertThat(f.completionRate().percent()).isEmpty();
        assertThat(PledgeRules.figures(MEMBER, 2026, null, List.of(), LocalDate.of(2026, 9, 1), null).items()).isZero();
    }

    @Test
    void asOfIsTodayDuringTheYearAndItsLastDayAfterwards() {
        assertThat(PledgeRules.asOf(2026, LocalDate.of(2026, 5, 5))).isEqualTo(LocalDate.of(2026, 5, 5));
        assertThat(PledgeRules.asOf(2025, LocalDate.of(2026, 5, 5))).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void officialAndProbationaryMembersAreExpectedExemptOnesAreNot() {
        LocalDate day = LocalDate.of(2026, 6, 1);
        assertThat(PledgeRules.isExpected(member(LocalDate.of(2010, 1, 1)), day)).isTrue();
        assertThat(PledgeRules.isExpected(member(LocalDate.of(2026, 1, 1)), day)).isTrue(); // probationary
        assertThat(PledgeRules.isExpected(member(LocalDate.of(2010, 1, 1),
                new StatusEvent(Ids.newId(), StatusEventType.EXEMPTION_STARTED, LocalDate.of(2026, 2, 1), null)), day))
                .isFalse();
        assertThat(PledgeRules.isExpected(member(LocalDate.of(2010, 1, 1),
                new StatusEvent(Ids.newId(), StatusEventType.TRANSFERRED_OUT, LocalDate.of(2026, 2, 1), null)), day))
                .isFalse();
    }

    @Test
    void onTheRosterDuringTheYearMeansOnAnyDayOfIt() {
        Member transferredInMarch = member(LocalDate.of(2010, 1, 1),
                new StatusEvent(Ids.newId(), StatusEventType.TRANSFERRED_OUT, LocalDate.of(2026, 3, 15), null));
        assertThat(PledgeRules.onRosterDuring(transferredInMarch, 2026)).isTrue();
        assertThat(PledgeRules.onRosterDuring(transferredInMarch, 2027)).isFalse();
        Member admittedInNovember = member(LocalDate.of(2026, 11, 20));
        assertThat(PledgeRules.onRosterDuring(admittedInNovember, 2026)).isTrue();
        assertThat(PledgeRules.onRosterDuring(admittedInNovember, 2025)).isFalse();
    }

    @Test
    void aPledgeIsCheckedItemByItem() {
        LocalDate today = LocalDate.of(2026, 5, 5);
        Member m = member(LocalDate.of(2010, 1, 1));
        PledgeItem good = item(LocalDate.of(2026, 12, 31));
        PledgeItem blank = new PledgeItem(Ids.newId(), null, null, "x".repeat(PledgeLimits.TARGET + 1),
                LocalDate.of(2027, 1, 1), false);
        List<Problem> problems = PledgeRules.checkPledge(new Pledge(Ids.newId(), MEMBER, 2026,
                LocalDate.of(2026, 1, 5), List.of(good, blank)), m, today);
        assertThat(problems).extracting(Problem::field, Problem::messageKey).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("items[1].kind", "pledge.error.itemKind"),
                org.assertj.core.groups.Tuple.tuple("items[1].content", "pledge.error.itemContent"),
                org.assertj.core.groups.Tuple.tuple("items[1].deadline", "pledge.error.deadlineOutsideYear"),
                org.assertj.core.groups.Tuple.tuple("items[1].target", "error.textTooLong"));
        assertThat(PledgeRules.checkPledge(new Pledge(Ids.newId(), MEMBER, 2026, LocalDate.of(2026, 1, 5),
                List.of(good)), m, today)).isEmpty();
    }

    @Test
    void registrationDayRules() {
        LocalDate today = LocalDate.of(2026, 5, 5);
        Member m = member(LocalDate.of(2010, 1, 1));
        List<PledgeItem> items = List.of(item(LocalDate.of(2026, 12, 31)));
        assertThat(keys(PledgeRules.checkPledge(new Pledge(Ids.newId(), MEMBER, 2026, today.plusDays(1), items), m,
                today))).containsExactly("pledge.error.registeredInFuture");
        assertThat(keys(PledgeRules.checkPledge(new Pledge(Ids.newId(), MEMBER, 2026, LocalDate.of(2025, 9, 30),
                items), m, today))).containsExactly("pledge.error.registeredOutsideYear");
        assertThat(PledgeRules.checkPledge(new Pledge(Ids.newId(), MEMBER, 2026, LocalDate.of(2025, 10, 1), items), m,
                today)).isEmpty();
        assertThat(keys(PledgeRules.checkPledge(new Pledge(Ids.newId(), MEMBER, 2026, today, List.of()), m, today)))
                .containsExactly("pledge.error.noItems");
        assertThat(keys(PledgeRules.checkPledge(new Pledge(Ids.newId(), MEMBER, 2028, null, items), m, today)))
                .containsExactly("pledge.error.year");
        assertThat(keys(PledgeRules.checkPledge(new Pledge(Ids.newId(), MEMBER, 2026, null, items), null, today)))
                .containsExactly("pledge.error.memberNotFound");
        assertThat(keys(PledgeRules.checkPledge(new Pledge(Ids.newId(), MEMBER, 2009, null,
                List.of(item(LocalDate.of(2009, 12, 31)))), m, today))).containsExactly("pledge.error.notOnRoster");
    }

    @Test
    void followUpDateRules() {
        LocalDate today = LocalDate.of(2026, 5, 5);
        PledgeItem it = item(LocalDate.of(2026, 12, 31));
        Pledge registered = new Pledge(Ids.newId(), MEMBER, 2026, LocalDate.of(2026, 1, 10), List.of(it));
        assertThat(PledgeRules.checkFollowUp(followUp(it, today, FollowUpStatus.HOAN_THANH), registered, null, today))
                .isEmpty();
        assertThat(keys(PledgeRules.checkFollowUp(followUp(it, today.plusDays(1), FollowUpStatus.HOAN_THANH),
                registered, null, today))).containsExactly("pledge.error.followUpFuture");
        assertThat(keys(PledgeRules.checkFollowUp(followUp(it, LocalDate.of(2026, 1, 9), FollowUpStatus.HOAN_THANH),
                registered, null, today))).containsExactly("pledge.error.followUpBeforePledge");
        assertThat(PledgeRules.checkFollowUp(followUp(it, LocalDate.of(2026, 1, 10), FollowUpStatus.HOAN_THANH),
                registered, null, today)).isEmpty();
        assertThat(keys(PledgeRules.checkFollowUp(followUp(it, LocalDate.of(2026, 4, 3), FollowUpStatus.HOAN_THANH),
                registered, LocalDate.of(2026, 4, 4), today))).containsExactly("pledge.error.followUpMeetingDate");
        assertThat(keys(PledgeRules.checkFollowUp(followUp(it, today, FollowUpStatus.HOAN_THANH),
                registered.withRegisteredOn(null), null, today))).containsExactly("pledge.error.notRegistered");
        assertThat(keys(PledgeRules.checkFollowUp(new PledgeFollowUp(Ids.newId(), null, it.id(), today, " ", null,
                "y".repeat(PledgeLimits.EVIDENCE + 1), null), registered, null, today))).containsExactlyInAnyOrder(
                "pledge.error.followUpStatus", "pledge.error.followUpProgress", "error.textTooLong");
        assertThat(keys(PledgeRules.checkFollowUp(followUp(item(today), today, FollowUpStatus.HOAN_THANH), registered,
                null, today))).containsExactly("pledge.error.itemNotFound");
    }

    private static List<String> keys(List<Problem> problems) {
        return problems.stream().map(Problem::messageKey).toList();
    }
}
