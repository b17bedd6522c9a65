package vn.sochibo.application.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import vn.sochibo.application.pledge.FollowUpInput;
import vn.sochibo.application.pledge.PledgeService;
import vn.sochibo.application.pledge.TrackedItem;
import vn.sochibo.domain.cell.CellProfile;
import vn.sochibo.domain.common.Ids;
import vn.sochibo.domain.meeting.Meeting;
import vn.sochibo.domain.member.Member;
import vn.sochibo.domain.pledge.FollowUpStatus;
import vn.sochibo.domain.pledge.ItemState;
import vn.sochibo.domain.pledge.Pledge;
import vn.sochibo.domain.pledge.PledgeItem;
import vn.sochibo.domain.pledge.PledgeKind;
import vn.sochibo.domain.pledge.PledgeRules;

/**
 * The demo cell's pledges for last year and this year: every member expected to register has one, except two this
 * year and one last year; committee members carry an extra example-setting item. The items are checked at the
 * regular meetings while they are drafts (the month an item falls due, then after it): most are completed, some are
 * not and stay overdue.
 */
final class DemoPledges {
    /** Not registered this year (the overview lists them). */
    static final Set<String> MISSING_THIS_YEAR = Set.of("Cao Văn Lợi", "Huỳnh Văn Ân");
    /** Not registered last year. */
    static final Set<String> MISSING_LAST_YEAR = Set.of("Huỳnh Văn Ân");

    private final PledgeService pledges;
    private final Random random;
    /** Items that were found not achieved after their deadline: not checked again (they stay overdue). */
    private final Set<UUID> givenUp = new HashSet<>();

    DemoPledges(PledgeService pledges, long seed) {
        this.pledges = pledges;
        this.random = new Random(seed);
    }

    /** Pledges for the last {@code years} years, this year included. */
    void create(List<Member> roster, CellProfile cell, LocalDate today, int years) {
        Set<UUID> leaders = new HashSet<>(cell.committeeMemberIds());
        leaders.add(cell.secretaryId());
        leaders.add(cell.deputyId());
        for (int year = today.getYear() - years + 1; year <= today.getYear(); year++) {
            LocalDate asOf = PledgeRules.asOf(year, today);
            Set<String> missing = year == today.getYear() ? MISSING_THIS_YEAR
                    : year == today.getYear() - 1 ? MISSING_LAST_YEAR : Set.of();
            for (int i = 0; i < roster.size(); i++) {
                Member m = roster.get(i);
                if (!PledgeRules.isExpected(m, asOf) || missing.contains(m.fullName())) {
                    continue;
                }
                pledges.save(new Pledge(Ids.newId(), m.id(), year, LocalDate.of(year - 1, 12, 20),
                        items(m, year, i, leaders.contains(m.id()))));
            }
        }
    }

    private static List<PledgeItem> items(Member m, int year, int index, boolean leader) {
        List<PledgeItem> items = new ArrayList<>();
        int shift = index % 3;
        items.add(item(PledgeKind.TU_DUONG_REN_LUYEN, "Học tập, quán triệt đầy đủ các nghị quyết, chỉ thị của Đảng; "
                + "viết bài thu hoạch sau mỗi đợt học tập", "100% nghị quyết được học tập, có bài thu hoạch",
                LocalDate.of(year, 3 + shift, 1).plusMonths(1).minusDays(1), false));
        items.add(item(PledgeKind.LAM_THEO_BAC, "Mỗi tháng làm ít nhất một việc tốt giúp đỡ hộ khó khăn trong thôn",
                "Ít nhất 12 việc tốt trong năm", LocalDate.of(year, 6 + shift, 1).plusMonths(1).minusDays(1), false));
        items.add(item(PledgeKind.NEU_GUONG, "Gương mẫu chấp hành hương ước, quy ước của thôn; vận động gia đình "
                + "thực hiện nếp sống văn minh", "Gia đình đạt danh hiệu Gia đình văn hóa",
                LocalDate.of(year, 9, 30), false));
        items.add(item(PledgeKind.CHUYEN_MON, "Hoàn thành tốt nhiệm vụ được giao"
                + (m.position() == null ? "" : " (" + m.position() + ")"),
                "Được xếp loại hoàn thành tốt nhiệm vụ trở lên", LocalDate.of(year, 11, 30), false));
        if (leader) {
            items.add(item(PledgeKind.NEU_GUONG, "Gương mẫu đi đầu trong phong trào xây dựng nông thôn mới, "
                    + "nói đi đôi với làm", "Vận động ít nhất 5 hộ tham gia làm đường bê tông liên xóm",
                    LocalDate.of(year, 10, 31), true));
        }
        return items;
    }

    private static PledgeItem item(PledgeKind kind, String content, String target, LocalDate deadline,
            boolean exampleSetting) {
        return new PledgeItem(Ids.newId(), kind, content, target, deadline, exampleSetting);
    }

    /** Records, at a regular meeting still in draft, the checks of the items due by the end of its month. */
    void checkAt(Meeting meeting) {
        LocalDate monthStart = YearMonth.from(meeting.date()).atDay(1);
        for (TrackedItem t : pledges.dueForCheck(meeting)) {
            if (givenUp.contains(t.item().id()) || t.followUpAt(meeting.id()).isPresent()) {
                continue;
            }
            boolean pastDeadline = t.item().deadline().isBefore(monthStart);
            int roll = random.nextInt(100);
            if (!pastDeadline) {
                if (roll < 30) {
                    record(meeting, t, FollowUpStatus.HOAN_THANH, "Đã hoàn thành trước thời hạn", "Báo cáo tại cuộc họp");
                } else {
                    record(meeting, t, FollowUpStatus.DANG_THUC_HIEN, "Đang thực hiện theo kế hoạch", null);
                }
            } else if (roll < 80) {
                record(meeting, t, FollowUpStatus.HOAN_THANH, "Đã hoàn thành, chi bộ ghi nhận",
                        "Xác nhận của chi ủy");
            } else if (roll < 92) {
                record(meeting, t, FollowUpStatus.CHUA_DAT, "Chưa đạt mục tiêu đã đăng ký", null);
                givenUp.add(t.item().id());
            } else {
                givenUp.add(t.item().id()); // not checked: stays overdue without a word
            }
        }
    }

    private void record(Meeting meeting, TrackedItem t, FollowUpStatus status, String progress, String evidence) {
        if (t.state() == ItemState.DONE) {
            return;
        }
        pledges.addFollowUp(new FollowUpInput(t.item().id(), meeting.date(), progress, status, evidence, meeting.id()));
    }
}
