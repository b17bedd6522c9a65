package vn.sochibo.application.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.sochibo.application.cell.CellService;
import vn.sochibo.application.common.Transactions;
import vn.sochibo.application.meeting.MeetingService;
import vn.sochibo.application.member.MemberInput;
import vn.sochibo.application.member.MemberService;
import vn.sochibo.application.settings.SettingsService;
import vn.sochibo.domain.cell.CellProfile;
import vn.sochibo.domain.common.Problem;
import vn.sochibo.domain.common.ValidationException;
import vn.sochibo.domain.member.Gender;
import vn.sochibo.domain.member.Member;
import vn.sochibo.domain.member.StatusEventType;

/**
 * A realistic fictional cell to explore the app with: 25 members of mixed status (official, probationary,
 * exempt, temporarily attached elsewhere, transferred out, deceased), two years of history and of meetings
 * ({@link DemoMeetings}), with dates relative to today so that reminders and counts look alive. Names,
 * numbers and texts are invented.
 */
public class DemoCell {
    private final MemberService members;
    private final CellService cell;
    private final MeetingService meetings;
    private final SettingsService settings;
    private final Transactions transactions;
    private final vn.sochibo.application.pledge.PledgeService pledges;
    private final vn.sochibo.application.review.ReviewService reviews;

    public DemoCell(MemberService members, CellService cell, MeetingService meetings, SettingsService settings,
            Transactions transactions) {
        this(members, cell, meetings, settings, transactions, null);
    }

    /** With the demo pledges (issue 5) and their checks at the meetings. */
    public DemoCell(MemberService members, CellService cell, MeetingService meetings, SettingsService settings,
            Transactions transactions, vn.sochibo.application.pledge.PledgeService pledges) {
        this(members, cell, meetings, settings, transactions, pledges, null);
    }

    /** With the demo annual reviews (issue 6): last year's finalized with final levels, this year's in progress. */
    public DemoCell(MemberService members, CellService cell, MeetingService meetings, SettingsService settings,
            Transactions transactions, vn.sochibo.application.pledge.PledgeService pledges,
            vn.sochibo.application.review.ReviewService reviews) {
        this.reviews = reviews;
        this.pledges = pledges;
        this.members = members;
        this.cell = cell;
        this.meetings = meetings;
        this.settings = settings;
        this.transactions = transactions;
    }

    /** Fills an empty data folder with the demo cell; refuses when the folder already holds data. */
    public CellProfile create() {
        return create(DemoSize.STANDARD);
    }

    /**
     * Fills an empty data folder with a demo cell of the given size (the benchmarks use {@link DemoSize#LARGE});
     * refuses when the folder already holds data.
     */
    public CellProfile create(DemoSize size) {
        return transactions.inTransaction(() -> {
            if (cell.isSetUp() || !members.all().isEmpty()) {
                throw new ValidationException(Problem.of("store", "demo.error.notEmpty"));
            }
            settings.markDemoCell();
            LocalDate today = members.today();
            List<Member> added = new ArrayList<>();
            List<Person> people = new ArrayList<>(people(today));
            people.addAll(DemoPeople.madeUp(size.members() - people.size(), today));
            for (Person p : people) {
                Member m = members.add(p.input());
                for (Event e : p.events()) {
                    m = members.addEvent(m.id(), e.type(), e.date(), e.note());
                }
                added.add(m);
            }
            UUID secretary = added.get(0).id();
            UUID deputy = added.get(1).id();
            LocalDate termStart = today.minusMonths(17).withDayOfMonth(20);
            CellProfile profile = cell.save(new CellProfile("Chi bộ Thôn Tân Hòa", "Đảng bộ xã Hải Phong", "Quảng Trị",
                    termStart, termStart.plusYears(5).minusDays(1), secretary, deputy, List.of(added.get(2).id())));
            if (pledges == null) {
                new DemoMeetings(meetings, today.toEpochDay()).create(added, profile, today, size.months());
            } else {
                DemoPledges demoPledges = new DemoPledges(pledges, today.toEpochDay());
                demoPledges.create(added, profile, today, size.years());
                new DemoMeetings(meetings, today.toEpochDay(), demoPledges::checkAt).create(added, profile, today,
                        size.months());
            }
            if (reviews != null) {
                new DemoReviews(reviews).create(added, today, size.years());
            }
            return profile;
        });
    }

    record Event(StatusEventType type, LocalDate date, String note) {
    }

    record Person(MemberInput input, List<Event> events) {
    }

    private static Person official(String name, Gender g, int birthYear, String hometown, String position,
            LocalDate admitted, String card, String phone, Event... events) {
        LocalDate birth = LocalDate.of(birthYear, 1 + Math.floorMod(name.hashCode(), 12), 1 + Math.floorMod(name.length() * 7, 28));
        return new Person(new MemberInput(name, g, birth, hometown, position, admitted, admitted.plusYears(1), card,
                phone, null), List.of(events));
    }

    private static Person probationary(String name, Gender g, LocalDate birth, String hometown, String position,
            LocalDate admitted, String phone) {
        return new Person(new MemberInput(name, g, birth, hometown, position, admitted, null, null, phone,
                null), List.of());
    }

    private static List<Person> people(LocalDate today) {
        Gender m = Gender.MALE;
        Gender f = Gender.FEMALE;
        String home = "Hải Phong, Quảng Trị";
        return List.of(
                official("Lê Văn Thành", m, 1968, home, "Bí thư Chi bộ, Trưởng thôn", LocalDate.of(1995, 5, 19),
                        "45.002318", "0913 452 118"),
                official("Nguyễn Thị Hồng Nhung", f, 1979, home, "Chi hội trưởng Hội Phụ nữ", LocalDate.of(2006, 3, 8),
                        "45.018744", "0935 220 417"),
                official("Trần Đình Khoa", m, 1975, "Triệu Phong, Quảng Trị", "Công an viên", LocalDate.of(2001, 9, 2),
                        "45.011509", "0905 781 320"),
                official("Phạm Thị Lan", f, 1983, home, "Giáo viên Trường Tiểu học Hải Phong", LocalDate.of(2010, 11, 20),
                        "45.024016", "0944 103 556"),
                official("Hoàng Văn Đức", m, 1959, home, "Cựu chiến binh", LocalDate.of(1980, 12, 22), "45.000412",
                        "0912 004 771"),
                official("Võ Thị Ánh", f, 1990, "Hải Lăng, Quảng Trị", "Y sĩ Trạm Y tế xã", LocalDate.of(2015, 7, 1),
                        "45.031187", "0977 615 240"),
                official("Đặng Quốc Bảo", m, 1987, home, "Bí thư Chi đoàn thanh niên", LocalDate.of(2012, 3, 26),
                        "45.027735", "0936 480 912"),
                official("Bùi Thị Thu Hà", f, 1972, home, "Kế toán Hợp tác xã", LocalDate.of(2003, 10, 10),
                        "45.014402", "0914 332 608"),
                official("Ngô Văn Dũng", m, 1965, home, "Chi hội trưởng Hội Nông dân", LocalDate.of(1992, 4, 30),
                        "45.001977", "0982 117 435"),
                official("Phan Thị Mỹ Duyên", f, 1993, home, "Cán bộ Văn hóa xã", LocalDate.of(2018, 1, 9),
                        "45.036620", "0338 901 264"),
                official("Huỳnh Văn Ân", m, 1980, "Gio Linh, Quảng Trị", "Kinh doanh", LocalDate.of(2008, 6, 12),
                        "45.021153", "0905 662 039"),
                official("Đỗ Thị Bích", f, 1977, home, "Giáo viên Trường Mầm non", LocalDate.of(2005, 8, 19),
                        "45.016880", "0945 718 226"),
                official("Lý Văn Hùng", m, 1970, home, "Trưởng ban Công tác Mặt trận thôn", LocalDate.of(1998, 2, 3),
                        "45.006541", "0916 240 883"),
                official("Dương Thị Hoa", f, 1985, home, "Nông dân", LocalDate.of(2011, 5, 15), "45.025399",
                        "0399 552 170"),
                official("Trịnh Minh Tuấn", m, 1991, "Đông Hà, Quảng Trị", "Kỹ sư điện", LocalDate.of(2016, 9, 2),
                        "45.033042", "0961 308 455"),
                official("Mai Thị Ngọc Ánh", f, 1996, home, "Nhân viên Bưu điện văn hóa xã", today.minusYears(3).minusMonths(2),
                        "45.041276", "0387 214 630"),
                official("Cao Văn Lợi", m, 1994, home, "Bộ đội xuất ngũ", today.minusYears(2).minusMonths(3),
                        "45.043890", "0352 771 094"),
                // Exempt from duties and meetings for age and health (since about 18 months and a year ago).
                official("Nguyễn Văn Bảy", m, 1942, home, "Hưu trí", LocalDate.of(1965, 8, 19), "45.000031", null,
                        new Event(StatusEventType.EXEMPTION_STARTED, today.minusMonths(18).withDayOfMonth(5),
                                "Nghị quyết chi bộ: miễn công tác và sinh hoạt đảng do tuổi cao")),
                official("Trương Thị Sen", f, 1946, home, "Hưu trí", LocalDate.of(1972, 3, 8), "45.000087", null,
                        new Event(StatusEventType.EXEMPTION_STARTED, today.minusMonths(11).withDayOfMonth(3),
                                "Miễn sinh hoạt do sức khỏe yếu")),
                // Temporarily attached to another cell while working away.
                official("Lê Hoàng Phúc", m, 1989, home, "Công nhân Khu công nghiệp Quán Ngang",
                        LocalDate.of(2014, 12, 22), "45.030558", "0908 446 712",
                        new Event(StatusEventType.TEMPORARY_ATTACHMENT_STARTED, today.minusMonths(8).withDayOfMonth(10),
                                "Sinh hoạt tạm thời tại Chi bộ Công ty May Quảng Trị")),
                // Moved away permanently five months ago.
                official("Phạm Quang Vinh", m, 1986, home, "Viên chức", LocalDate.of(2013, 2, 3), "45.028817",
                        "0919 650 384",
                        new Event(StatusEventType.TRANSFERRED_OUT, today.minusMonths(5).withDayOfMonth(15),
                                "Chuyển sinh hoạt chính thức về Đảng bộ phường Đông Lương")),
                // Died about a year ago.
                official("Hồ Văn Tám", m, 1938, home, "Hưu trí", LocalDate.of(1960, 5, 19), "45.000009", null,
                        new Event(StatusEventType.DECEASED, today.minusMonths(13).withDayOfMonth(21), null)),
                // Probationary members: one due for recognition very soon, two admitted more recently.
                probationary("Nguyễn Thị Thảo", f, LocalDate.of(1998, 4, 12), home, "Giáo viên Trường THCS",
                        today.minusMonths(12).plusDays(20), "0368 115 902"),
                probationary("Võ Minh Quân", m, LocalDate.of(2000, 10, 3), home, "Phó Bí thư Chi đoàn",
                        today.minusMonths(7), "0329 480 611"),
                probationary("Đoàn Thị Kim Yến", f, LocalDate.of(1995, 6, 27), "Cam Lộ, Quảng Trị",
                        "Nhân viên Hợp tác xã", today.minusMonths(2), "0394 207 538"));
    }
}
