package vn.sochibo.application.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import vn.sochibo.application.member.MemberInput;
import vn.sochibo.domain.member.Gender;
import vn.sochibo.domain.member.StatusEventType;

/**
 * Members made up for a large demo cell, beyond the 25 written by hand: common Vietnamese names, the occupations
 * of a rural commune, admission dates spread over forty years; every fifteenth one elderly and exempt from
 * meetings, every twentieth one probationary. The same count always gives the same people.
 */
final class DemoPeople {
    private static final List<String> FAMILY = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan",
            "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Trương", "Đinh", "Lâm", "Tô");
    private static final List<String> MEN_MIDDLE = List.of("Văn", "Đình", "Minh", "Quốc", "Hữu", "Xuân", "Công",
            "Thanh", "Đức", "Ngọc");
    private static final List<String> WOMEN_MIDDLE = List.of("Thị", "Thị Thu", "Thị Ngọc", "Thị Kim", "Thị Mỹ",
            "Thị Thanh", "Thị Hồng", "Thị Bích");
    private static final List<String> MEN_GIVEN = List.of("An", "Bình", "Cường", "Dũng", "Giang", "Hải", "Hùng",
            "Khánh", "Lâm", "Long", "Nam", "Nghĩa", "Phong", "Quang", "Sơn", "Thắng", "Trung", "Tú", "Việt", "Vinh");
    private static final List<String> WOMEN_GIVEN = List.of("Anh", "Châu", "Dung", "Hà", "Hạnh", "Hiền", "Hòa",
            "Hương", "Lan", "Linh", "Mai", "Nga", "Oanh", "Phương", "Tâm", "Thủy", "Trang", "Vân", "Xuân", "Yến");
    private static final List<String> POSITIONS = List.of("Nông dân", "Giáo viên Trường Tiểu học", "Kinh doanh",
            "Công nhân", "Cựu chiến binh", "Y sĩ", "Hưu trí", "Cán bộ Hội Nông dân", "Kế toán Hợp tác xã",
            "Nhân viên văn phòng", "Bộ đội xuất ngũ", "Thợ xây", "Tổ trưởng tổ dân cư");
    private static final List<String> HOMETOWNS = List.of("Hải Phong, Quảng Trị", "Hải Lăng, Quảng Trị",
            "Triệu Phong, Quảng Trị", "Gio Linh, Quảng Trị", "Đông Hà, Quảng Trị", "Cam Lộ, Quảng Trị");

    private DemoPeople() {
    }

    static List<DemoCell.Person> madeUp(int count, LocalDate today) {
        Random random = new Random(20_260_601L + count);
        Set<String> names = new HashSet<>();
        List<DemoCell.Person> people = new ArrayList<>();
        for (int i = 0; people.size() < count; i++) {
            boolean woman = random.nextInt(100) < 45;
            String name = pick(random, FAMILY) + " " + pick(random, woman ? WOMEN_MIDDLE : MEN_MIDDLE) + " "
                    + pick(random, woman ? WOMEN_GIVEN : MEN_GIVEN);
            if (!names.add(name)) {
                continue;
            }
            int n = people.size() + 1;
            boolean elderly = n % 15 == 0;
            boolean probationary = !elderly && n % 20 == 0;
            int birthYear = elderly ? 1940 + random.nextInt(8) : 1960 + random.nextInt(40);
            LocalDate birth = LocalDate.of(birthYear, 1 + random.nextInt(12), 1 + random.nextInt(28));
            LocalDate admitted = probationary ? today.minusMonths(3 + random.nextInt(8))
                    : LocalDate.of(Math.min(birthYear + 22 + random.nextInt(20), today.getYear() - 2),
                            1 + random.nextInt(12), 1 + random.nextInt(28));
            String position = elderly ? "Hưu trí" : pick(random, POSITIONS);
            String phone = String.format(Locale.ROOT, "09%02d %03d %03d", random.nextInt(100), random.nextInt(1000),
                    random.nextInt(1000));
            String card = probationary ? null : String.format(Locale.ROOT, "45.%06d", 60_000 + i);
            MemberInput input = new MemberInput(name, woman ? Gender.FEMALE : Gender.MALE, birth,
                    pick(random, HOMETOWNS), position, admitted, probationary ? null : admitted.plusYears(1), card,
                    phone, null);
            List<DemoCell.Event> events = elderly
                    ? List.of(new DemoCell.Event(StatusEventType.EXEMPTION_STARTED,
                            min(LocalDate.of(Math.max(birthYear + 75, admitted.getYear() + 2), 3, 2),
                                    today.minusMonths(1)),
                            "Miễn sinh hoạt do tuổi cao, sức yếu"))
                    : List.of();
            people.add(new DemoCell.Person(input, events));
        }
        return people;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static String pick(Random random, List<String> from) {
        return from.get(random.nextInt(from.size()));
    }
}
