package vn.sochibo.application.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.sochibo.application.pledge.PledgeFixtures.CLOCK;
import static vn.sochibo.application.pledge.PledgeFixtures.item;
import static vn.sochibo.application.pledge.PledgeFixtures.registered;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.app.Services;
import vn.sochibo.application.audit.AuditAction;
import vn.sochibo.application.audit.AuditEntry;
import vn.sochibo.application.audit.AuditKind;
import vn.sochibo.application.audit.AuditTrail;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.domain.common.Ids;
import vn.sochibo.domain.common.Problem;
import vn.sochibo.domain.common.ValidationException;
import vn.sochibo.domain.meeting.Meeting;
import vn.sochibo.domain.pledge.FollowUpStatus;
import vn.sochibo.domain.pledge.ItemState;
import vn.sochibo.domain.pledge.Pledge;
import vn.sochibo.domain.pledge.PledgeFollowUp;
import vn.sochibo.domain.pledge.PledgeItem;
import vn.sochibo.domain.pledge.PledgeKind;
import vn.sochibo.domain.pledge.PledgeStatus;
import vn.sochibo.domain.pledge.YearFigures;

class PledgeServiceTest {
    @TempDir
    Path temp;

    private static List<AuditEntry> trail(AppServices s) {
        return s.audit().list(AuditTrail.Filter.ALL, 0, 1000).entries();
    }

    private static FollowUpInput check(PledgeItem item, LocalDate day, FollowUpStatus status) {
        return new FollowUpInput(item.id(), day, "Đã thực hiện", status, null, null);
    }

    @Test
    void aPledgeIsStoredWithItsItemsInOrderEditedInPlaceAndAudited() {
        try (AppServices s = Services.open(temp, CLOCK)) {
            PledgeFixtures f = new PledgeFixtures(s);
            PledgeItem a = item(PledgeKind.TU_DUONG_REN_LUYEN, "Học tập nghị quyết", LocalDate.of(2026, 6, 30));
            PledgeItem b = new PledgeItem(Ids.newId(), PledgeKind.NEU_GUONG, " Gương mẫu\u0020 ", null,
                    LocalDate.of(2026, 12, 31), true);
            Pledge draft = s.pledges().save(new Pledge(Ids.newId(), f.lan.id(), 2026, null, List.of(a, b)));

            Pledge stored = s.pledges().find(f.lan.id(), 2026).orElseThrow();
            assertThat(stored).isEqualTo(draft);
            assertThat(stored.status()).isEqualTo(PledgeStatus.DRAFT);
            assertThat(stored.items()).extracting(PledgeItem::content).containsExactly("Học tập nghị quyết", "Gương mẫu");
            assertThat(stored.items().get(1).exampleSetting()).isTrue();

            PledgeItem c = item(PledgeKind.CHUYEN_MON, "Hoàn thành kế hoạch", LocalDate.of(2026, 11, 30));
            Pledge edited = s.pledges().save(new Pledge(draft.id(), f.lan.id(), 2026, LocalDate.of(2026, 1, 20),
                    List.of(c, new PledgeItem(a.id(), a.kind(), "Học tập đầy đủ nghị quyết", a.target(), a.deadline(),
                            false))));
            assertThat(s.pledges().find(draft.id()).orElseThrow()).isEqualTo(edited);
            assertThat(edited.status()).isEqualTo(PledgeStatus.REGISTERED);

            List<AuditEntry> entries = trail(s).stream().filter(e -> e.kind() == AuditKind.PLEDGE).toList();
            assertThat(entries).extracting(AuditEntry::action).containsExactly(AuditAction.UPDATE, AuditAction.CREATE);
            assertThat(entries.get(1).summary()).contains("year=2026", "items=2", "status=DRAFT");
            assertThat(entries.get(0).summary()).contains("registeredOn: null -> 2026-01-20", "itemsAdded=1",
                    "itemsRemoved=1", "itemsChanged=[2]");

            s.pledges().delete(draft.id());
            assertThat(s.pledges().find(draft.id())).isEmpty();
            assertThat(trail(s).get(0).action()).isEqualTo(AuditAction.DELETE);
        }
    }

    /** Runs a refused change and checks it named the key and left the pledges and the trail as they were. */
    private static void refused(AppServices s, Runnable change, String key) {
        List<Pledge> before = s.pledges().ofYear(2026);
        List<PledgeFollowUp> followUps = before.stream().flatMap(p -> s.pledges().followUps(p.id()).stream()).toList();
        int entries = trail(s).size();
        assertThatThrownBy(change::run).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(Problem::messageKey)
                        .contains(key));
        assertThat(s.pledges().ofYear(2026)).isEqualTo(before);
        assertThat(before.stream().flatMap(p -> s.pledges().followUps(p.id()).stream()).toList()).isEqualTo(followUps);
        assertThat(trail(s)).hasSize(entries);
    }

    @Test
    void refusalsChangeNothing() {
        try (AppServices s = Services.open(temp, CLOCK)) {
            PledgeFixtures f = new PledgeFixtures(s);
            PledgeItem a = item(PledgeKind.NEU_GUONG, "Tham gia sinh hoạt đầy đủ", LocalDate.of(2026, 6, 30));
            Pledge p = registered(s, f.lan, a);
            s.pledges().addFollowUp(check(a, LocalDate.of(2026, 3, 3), FollowUpStatus.DANG_THUC_HIEN));

            refused(s, () -> s.pledges().save(new Pledge(Ids.newId(), f.lan.id(), 2026, null, List.of())),
                    "pledge.error.duplicate");
            refused(s, () -> s.pledges().save(p.withItems(List.of(new PledgeItem(a.id(), a.kind(), "", null,
                    LocalDate.of(2027, 1, 1), false)))), "pledge.error.deadlineOutsideYear");
            refused(s, () -> s.pledges().save(p.withItems(List.of(item(PledgeKind.CHUYEN_MON, "Khác",
                    LocalDate.of(2026, 5, 1))))), "pledge.error.itemHasFollowUps");
            refused(s, () -> s.pledges().save(p.withRegisteredOn(null)), "pledge.error.unregisterWithFollowUps");
            refused(s, () -> s.pledges().save(p.withRegisteredOn(LocalDate.of(2026, 3, 4))),
                    "pledge.error.registeredAfterFollowUp");
            refused(s, () -> s.pledges().delete(p.id()), "pledge.error.deleteWithFollowUps");
            refused(s, () -> s.pledges().save(new Pledge(Ids.newId(), f.hoa.id(), 2025, null, List.of())),
                    "pledge.error.notOnRoster");
            refused(s, () -> s.pledges().addFollowUp(check(a, LocalDate.of(2026, 9, 16), FollowUpStatus.HOAN_THANH)),
                    "pledge.error.followUpFuture");
            refused(s, () -> s.pledges().addFollowUp(check(a, LocalDate.of(2026, 1, 14), FollowUpStatus.HOAN_THANH)),
                    "pledge.error.followUpBeforePledge");
            refused(s, () -> s.pledges().addFollowUp(new FollowUpInput(a.id(), LocalDate.of(2026, 4, 4), "  ", null,
                    null, null)), "pledge.error.followUpProgress");
            refused(s, () -> s.pledges().addFollowUp(new FollowUpInput(a.id(), LocalDate.of(2026, 4, 4), "x", 
                    FollowUpStatus.HOAN_THANH, null, Ids.newId())), "pledge.error.meetingNotFound");
            Pledge draft = s.pledges().save(new Pledge(Ids.newId(), f.binh.id(), 2026, null,
                    List.of(item(PledgeKind.CHUYEN_MON, "Việc", LocalDate.of(2026, 5, 5)))));
            refused(s, () -> s.pledges().addFollowUp(check(draft.items().get(0), LocalDate.of(2026, 4, 4),
                    FollowUpStatus.HOAN_THANH)), "pledge.error.notRegistered");
        }
    }

    @Test
    void copyingLastYearMovesTheDeadlinesAYearOnAndLeavesTheFollowUpsBehind() {
        try (AppServices s = Services.open(temp, CLOCK)) {
            PledgeFixtures f = new PledgeFixtures(s);
            PledgeItem leap = item(PledgeKind.LAM_THEO_BAC, "Đọc sách về Bác", LocalDate.of(2024, 2, 29));
            PledgeItem other = new PledgeItem(Ids.newId(), PledgeKind.NEU_GUONG, "Nêu gương", "Mỗi quý một việc",
                    LocalDate.of(2024, 12, 31), true);
            Pledge last = s.pledges().save(new Pledge(Ids.newId(), f.binh.id(), 2024, LocalDate.of(2024, 1, 5),
                    List.of(leap, other)));
            s.pledges().addFollowUp(check(leap, LocalDate.of(2024, 2, 3), FollowUpStatus.HOAN_THANH));
            // Nothing for 2025 yet: copying 2024 into 2026 is refused (only the year before is copied).
            refused(s, () -> s.pledges().copyLastYear(f.binh.id(), 2026), "pledge.error.nothingToCopy");

            Pledge copy = s.pledges().copyLastYear(f.binh.id(), 2025);
            assertThat(copy.status()).isEqualTo(PledgeStatus.DRAFT);
            assertThat(copy.year()).isEqualTo(2025);
            assertThat(copy.items()).extracting(PledgeItem::content).containsExactly("Đọc sách về Bác", "Nêu gương");
            assertThat(copy.items()).extracting(PledgeItem::deadline)
                    .containsExactly(LocalDate.of(2025, 2, 28), LocalDate.of(2025, 12, 31));
            assertThat(copy.items().get(1).target()).isEqualTo("Mỗi quý một việc");
            assertThat(copy.items().get(1).exampleSetting()).isTrue();
            assertThat(copy.items()).extracting(PledgeItem::id).doesNotContain(leap.id(), other.id());
            assertThat(s.pledges().followUps(copy.id())).isEmpty();
            assertThat(s.pledges().followUps(last.id())).hasSize(1);
            assertThat(s.pledges().find(copy.id())).contains(copy);
            assertThat(trail(s).get(0).summary()).contains("copiedFrom=" + last.id());

            refused(s, () -> s.pledges().copyLastYear(f.binh.id(), 2025), "pledge.error.duplicate");
        }
    }

    @Test
    void theOverviewNamesWhoHasNotRegisteredAndComputesTheRatesByHand() {
        try (AppServices s = Services.open(temp, CLOCK)) {
            PledgeFixtures f = new PledgeFixtures(s);
            // Lan: 3 items, due 31/3 (done), 30/6 (in progress → overdue), 31/12 (done early).
            PledgeItem l1 = item(PledgeKind.TU_DUONG_REN_LUYEN, "Một", LocalDate.of(2026, 3, 31));
            PledgeItem l2 = item(PledgeKind.CHUYEN_MON, "Hai", LocalDate.of(2026, 6, 30));
            PledgeItem l3 = item(PledgeKind.CHUYEN_MON, "Ba", LocalDate.of(2026, 12, 31));
            registered(s, f.lan, l1, l2, l3);
            s.pledges().addFollowUp(check(l1, LocalDate.of(2026, 3, 3), FollowUpStatus.HOAN_THANH));
            s.pledges().addFollowUp(check(l2, LocalDate.of(2026, 5, 4), FollowUpStatus.DANG_THUC_HIEN));
            s.pledges().addFollowUp(check(l3, LocalDate.of(2026, 9, 1), FollowUpStatus.HOAN_THANH));
            // Bảy (exempt) registered one item due 15/9 (today: due, not overdue), not done.
            PledgeItem b1 = item(PledgeKind.NEU_GUONG, "Bốn", LocalDate.of(2026, 9, 15));
            registered(s, f.bay, b1);
            // Hoa has only a draft; Bình has nothing.
            s.pledges().save(new Pledge(Ids.newId(), f.hoa.id(), 2026, null,
                    List.of(item(PledgeKind.NEU_GUONG, "Năm", LocalDate.of(2026, 1, 31)))));

            YearOverview o = s.pledges().overview(2026, null);
            assertThat(o.asOf()).isEqualTo(LocalDate.of(2026, 9, 15));
            assertThat(o.rows()).extracting(YearOverview.Row::fullName)
                    .containsExactly("Nguyễn Văn Bảy", "Lê Văn Bình", "Nguyễn Thị Hoa", "Phạm Thị Lan");
            assertThat(o.notRegistered()).extracting(YearOverview.Row::fullName)
                    .containsExactly("Lê Văn Bình", "Nguyễn Thị Hoa");
            assertThat(o.expectedCount()).isEqualTo(3);
            assertThat(o.registeredExpectedCount()).isEqualTo(1);
            YearOverview.Row bay = o.rows().get(0);
            assertThat(bay.expected()).isFalse();
            assertThat(bay.figures()).isEqualTo(new YearFigures(f.bay.id(), 2026, o.asOf(), true, 1, 0, 1, 0));
            // Lan: completed 2 (l1, l3); counted l1, l2 (due) + l3 (done) = 3; overdue 1 → 67 %.
            YearOverview.Row lan = o.rows().get(3);
            assertThat(lan.figures()).isEqualTo(new YearFigures(f.lan.id(), 2026, o.asOf(), true, 3, 2, 3, 1));
            assertThat(lan.figures().completionRate().percent()).hasValue(67);
            // Cell: 2 completed of 4 counted = 50 %, 4 items, 1 overdue (the draft does not count).
            assertThat(o.cell()).isEqualTo(new YearFigures(null, 2026, o.asOf(), true, 4, 2, 4, 1));
            assertThat(s.pledges().figures(f.lan.id(), 2026)).isEqualTo(lan.figures());
            assertThat(s.pledges().figuresOfYear(2026)).containsEntry(f.lan.id(), lan.figures())
                    .containsEntry(f.binh.id(), new YearFigures(f.binh.id(), 2026, o.asOf(), false, 0, 0, 0, 0));

            YearOverview chuyenMon = s.pledges().overview(2026, PledgeKind.CHUYEN_MON);
            assertThat(chuyenMon.cell()).isEqualTo(new YearFigures(null, 2026, o.asOf(), true, 2, 1, 2, 1));

            assertThat(s.pledges().overdue(2026, null)).extracting(t -> t.item().content()).containsExactly("Hai");
            assertThat(s.pledges().overdue(2026, PledgeKind.TU_DUONG_REN_LUYEN)).isEmpty();
            assertThat(s.pledges().dueWithin(0, null)).extracting(t -> t.item().content()).containsExactly("Bốn");
            assertThat(s.pledges().items(2026, PledgeKind.CHUYEN_MON)).extracting(TrackedItem::state)
                    .containsExactly(ItemState.OVERDUE, ItemState.DONE);
        }
    }

    @Test
    void aFollowUpAtADraftMeetingIsOfferedThereAndLockedOnceTheMeetingIsFinalized() {
        try (AppServices s = Services.open(temp, CLOCK)) {
            PledgeFixtures f = new PledgeFixtures(s);
            PledgeItem august = item(PledgeKind.CHUYEN_MON, "Xong trong tháng 8", LocalDate.of(2026, 8, 31));
            PledgeItem september = item(PledgeKind.NEU_GUONG, "Xong cuối tháng 9", LocalDate.of(2026, 9, 30));
            PledgeItem october = item(PledgeKind.NEU_GUONG, "Xong tháng 10", LocalDate.of(2026, 10, 1));
            PledgeItem doneEarly = item(PledgeKind.NEU_GUONG, "Đã xong sớm", LocalDate.of(2026, 7, 31));
            registered(s, f.lan, august, september, october, doneEarly);
            s.pledges().addFollowUp(check(doneEarly, LocalDate.of(2026, 7, 1), FollowUpStatus.HOAN_THANH));
            Meeting meeting = PledgeFixtures.meeting(s, LocalDate.of(2026, 9, 3), f.lan);

            assertThat(s.pledges().dueForCheck(meeting)).extracting(t -> t.item().content())
                    .containsExactly("Xong trong tháng 8", "Xong cuối tháng 9");

            // Recorded at the meeting: the item stays offered, with what was recorded there.
            PledgeFollowUp atMeeting = s.pledges().addFollowUp(new FollowUpInput(august.id(), meeting.date(),
                    "Đã hoàn thành báo cáo", FollowUpStatus.HOAN_THANH, "Báo cáo số 12", meeting.id()));
            List<TrackedItem> offered = s.pledges().dueForCheck(meeting);
            assertThat(offered).hasSize(2);
            assertThat(offered.get(0).followUpAt(meeting.id())).contains(atMeeting);
            assertThat(offered.get(0).state()).isEqualTo(ItemState.DONE);
            // On a later day (or another meeting) the completed item is no longer due.
            assertThat(s.pledges().dueForCheck(LocalDate.of(2026, 9, 10))).extracting(t -> t.item().content())
                    .containsExactly("Xong cuối tháng 9");

            refused(s, () -> s.pledges().addFollowUp(new FollowUpInput(september.id(), LocalDate.of(2026, 9, 4), "x",
                    FollowUpStatus.DANG_THUC_HIEN, null, meeting.id())), "pledge.error.followUpMeetingDate");
            PledgeFollowUp edited = s.pledges().editFollowUp(atMeeting.id(), new FollowUpInput(august.id(),
                    meeting.date(), "Đã hoàn thành và nộp báo cáo", FollowUpStatus.HOAN_THANH, "Báo cáo số 12",
                    meeting.id()));
            assertThat(s.pledges().followUpsAtMeeting(meeting.id())).containsExactly(edited);
            assertThat(trail(s).get(0).kind()).isEqualTo(AuditKind.PLEDGE_FOLLOW_UP);
            assertThat(trail(s).get(0).summary()).contains("progress: \"Đã hoàn thành báo cáo\" -> ");

            PledgeFixtures.finalize(s, meeting);
            refused(s, () -> s.pledges().editFollowUp(atMeeting.id(), new FollowUpInput(august.id(), meeting.date(),
                    "Sửa sau khi chốt", FollowUpStatus.CHUA_DAT, null, meeting.id())), "pledge.error.followUpLocked");
            refused(s, () -> s.pledges().removeFollowUp(atMeeting.id()), "pledge.error.followUpLocked");
            refused(s, () -> s.pledges().addFollowUp(new FollowUpInput(september.id(), meeting.date(), "x",
                    FollowUpStatus.DANG_THUC_HIEN, null, meeting.id())), "pledge.error.meetingFinalized");
            Pledge pledge = s.pledges().find(f.lan.id(), 2026).orElseThrow();
            refused(s, () -> s.pledges().save(pledge.withItems(List.of(new PledgeItem(august.id(), august.kind(),
                    "Lời văn khác", august.target(), august.deadline(), false), september, october, doneEarly))),
                    "pledge.error.itemLocked");
            // The target and the deadline of a checked item may still change; its words may not.
            Pledge retargeted = s.pledges().save(pledge.withItems(List.of(new PledgeItem(august.id(), august.kind(),
                    august.content(), "Mục tiêu mới", august.deadline(), false), september, october, doneEarly)));
            assertThat(retargeted.items().get(0).target()).isEqualTo("Mục tiêu mới");
            // A follow-up outside any meeting is still recorded.
            s.pledges().addFollowUp(check(september, LocalDate.of(2026, 9, 10), FollowUpStatus.DANG_THUC_HIEN));
            assertThat(s.pledges().followUps(pledge.id())).hasSize(3);
        }
    }

    @Test
    void deletingADraftMeetingKeepsItsFollowUps() {
        try (AppServices s = Services.open(temp, CLOCK)) {
            PledgeFixtures f = new PledgeFixtures(s);
            PledgeItem a = item(PledgeKind.CHUYEN_MON, "Việc", LocalDate.of(2026, 8, 31));
            registered(s, f.lan, a);
            Meeting meeting = PledgeFixtures.meeting(s, LocalDate.of(2026, 9, 3), f.lan);
            PledgeFollowUp fu = s.pledges().addFollowUp(new FollowUpInput(a.id(), meeting.date(), "Xong",
                    FollowUpStatus.HOAN_THANH, null, meeting.id()));
            s.meetings().deleteDraft(meeting.id());
            assertThat(s.pledges().followUps(fu.pledgeId())).singleElement()
                    .satisfies(x -> assertThat(x.meetingId()).isNull())
                    .satisfies(x -> assertThat(x.progress()).isEqualTo("Xong"));
        }
    }
}
