package vn.sochibo.application.pledge;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.member.MemberInput;
import vn.sochibo.domain.cell.CellProfile;
import vn.sochibo.domain.common.Ids;
import vn.sochibo.domain.meeting.Attendance;
import vn.sochibo.domain.meeting.Meeting;
import vn.sochibo.domain.meeting.MeetingKind;
import vn.sochibo.domain.meeting.SelfScoreSheet;
import vn.sochibo.domain.meeting.VoteSubject;
import vn.sochibo.domain.meeting.VoteTally;
import vn.sochibo.domain.member.Gender;
import vn.sochibo.domain.member.Member;
import vn.sochibo.domain.member.MemberStatus;
import vn.sochibo.domain.member.StatusEventType;
import vn.sochibo.domain.pledge.Pledge;
import vn.sochibo.domain.pledge.PledgeItem;
import vn.sochibo.domain.pledge.PledgeKind;

/** A small cell for the pledge tests: four members (one exempt), a cell profile, complete meetings on demand. */
public final class PledgeFixtures {
    /** 15 September 2026, in Vietnam. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-09-15T03:00:00Z"),
            ZoneId.of("Asia/Ho_Chi_Minh"));

    public final Member lan;
    public final Member binh;
    public final Member hoa;
    public final Member bay;

    public PledgeFixtures(AppServices s) {
        lan = add(s, "Phạm Thị Lan", Gender.FEMALE, LocalDate.of(2010, 11, 20));
        binh = add(s, "Lê Văn Bình", Gender.MALE, LocalDate.of(2005, 3, 2));
        hoa = add(s, "Nguyễn Thị Hoa", Gender.FEMALE, LocalDate.of(2026, 2, 3));
        Member old = add(s, "Nguyễn Văn Bảy", Gender.MALE, LocalDate.of(1965, 8, 19));
        bay = s.members().addEvent(old.id(), StatusEventType.EXEMPTION_STARTED, LocalDate.of(2025, 6, 5), "Tuổi cao");
        s.cell().save(new CellProfile("Chi bộ Thôn Đông", "Đảng bộ xã Hải Phong", "Quảng Trị",
                LocalDate.of(2025, 6, 1), LocalDate.of(2030, 5, 31), lan.id(), null, List.of()));
    }

    private static Member add(AppServices s, String name, Gender g, LocalDate admitted) {
        LocalDate official = admitted.plusYears(1).isAfter(LocalDate.of(2026, 9, 15)) ? null : admitted.plusYears(1);
        return s.members().add(new MemberInput(name, g, admitted.minusYears(25), "Hải Phong", "Nông dân", admitted,
                official, null, null, null));
    }

    public static PledgeItem item(PledgeKind kind, String content, LocalDate deadline) {
        return new PledgeItem(Ids.newId(), kind, content, "Đạt 100%", deadline, false);
    }

    /** A registered 2026 pledge of the member with the given items. */
    public static Pledge registered(AppServices s, Member m, PledgeItem... items) {
        return s.pledges().save(new Pledge(Ids.newId(), m.id(), 2026, LocalDate.of(2026, 1, 15), List.of(items)));
    }

    /** A draft regular meeting, complete enough to be finalized: everyone expected present. */
    public static Meeting meeting(AppServices s, LocalDate date, Member chair) {
        List<Meeting.RollCallEntry> rollCall = new ArrayList<>();
        for (Member m : s.members().all()) {
            MemberStatus status = m.statusOn(date);
            if (status == MemberStatus.OFFICIAL || status == MemberStatus.PROBATIONARY) {
                rollCall.add(new Meeting.RollCallEntry(m.id(), Attendance.PRESENT, null));
            }
        }
        Meeting draft = new Meeting(Ids.newId(), MeetingKind.REGULAR, null, date, LocalTime.of(14, 0),
                LocalTime.of(16, 0), "Nhà văn hóa thôn", chair.id(), chair.id(), List.of(), rollCall, List.of(),
                List.of(), List.of(), List.of(), List.of(), "Chi bộ thống nhất.", Map.of("time", 5), null);
        int voters = s.meetings().counts(draft).eligibleVoters();
        return s.meetings().saveDraft(new Meeting(draft.id(), draft.kind(), null, date, draft.startTime(),
                draft.endTime(), draft.place(), chair.id(), chair.id(), List.of(), rollCall, List.of(), List.of(),
                List.of(new Meeting.Vote(Ids.newId(), "Thông qua nghị quyết", VoteSubject.RESOLUTION, false,
                        new VoteTally(voters, 0, 0))),
                List.of(), List.of(), draft.conclusion(), draft.selfScores(), null));
    }

    public static Meeting finalize(AppServices s, Meeting m) {
        return s.meetings().finalize(m.id(), SelfScoreSheet.standard());
    }
}
