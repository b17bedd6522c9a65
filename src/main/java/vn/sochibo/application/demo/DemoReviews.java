package vn.sochibo.application.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.sochibo.application.review.ReviewService;
import vn.sochibo.application.review.ReviewViews.Participant;
import vn.sochibo.domain.common.Ids;
import vn.sochibo.domain.meeting.Attendance;
import vn.sochibo.domain.meeting.Meeting;
import vn.sochibo.domain.member.Member;
import vn.sochibo.domain.member.MemberStatus;
import vn.sochibo.domain.review.ExcellentCondition;
import vn.sochibo.domain.review.LevelVote;
import vn.sochibo.domain.review.ReviewLevel;
import vn.sochibo.domain.review.ReviewPeriod;
import vn.sochibo.domain.review.SelfReview;

/**
 * The demo cell's annual reviews: each past year's (only last year's for the standard cell), held in mid-December,
 * finalized, with the upper committee's final levels entered in January; and this year's in progress (a few
 * self-reviews and scores, no meeting yet).
 */
final class DemoReviews {
    private final ReviewService reviews;

    DemoReviews(ReviewService reviews) {
        this.reviews = reviews;
    }

    /** The reviews of the last {@code years} years: the past ones finalized, this year's in progress. */
    void create(List<Member> members, LocalDate today, int years) {
        for (int year = today.getYear() - years + 1; year < today.getYear(); year++) {
            pastYear(members, today, year);
        }
        thisYear(today);
    }

    private void pastYear(List<Member> members, LocalDate today, int year) {
        ReviewPeriod p = reviews.createYear(year,
                "Kiểm điểm, đánh giá, xếp loại chất lượng đảng viên năm " + year);
        LocalDate day = LocalDate.of(year, 12, 15);
        List<Meeting.RollCallEntry> rollCall = new ArrayList<>();
        for (Member m : members) {
            MemberStatus s = m.statusOn(day);
            if (s == MemberStatus.OFFICIAL || s == MemberStatus.PROBATIONARY) {
                rollCall.add(new Meeting.RollCallEntry(m.id(), Attendance.PRESENT, null));
            }
        }
        Member chair = members.get(0);
        Member taker = members.get(1);
        List<Participant> included = reviews.participants(p.id()).stream().filter(Participant::included).toList();
        List<ReviewPeriod.Comment> comments = new ArrayList<>();
        comments.add(new ReviewPeriod.Comment(Ids.newId(), included.get(0).memberId(), taker.id(), null,
                "Đồng chí luôn gương mẫu, sâu sát cơ sở; đề nghị chi bộ xếp loại hoàn thành xuất sắc nhiệm vụ."));
        if (included.size() > 2) {
            comments.add(new ReviewPeriod.Comment(Ids.newId(), included.get(2).memberId(), chair.id(), null,
                    "Đồng chí hoàn thành tốt nhiệm vụ được giao; cần chủ động hơn trong phát biểu ý kiến."));
        }
        reviews.save(p.withMeeting(new ReviewPeriod.ReviewMeeting(day, LocalTime.of(8, 0), LocalTime.of(11, 0),
                "Nhà văn hóa thôn Tân Hòa", chair.id(), taker.id(), rollCall, comments,
                "Chi bộ thống nhất kết quả tự kiểm điểm và mức xếp loại đề nghị của từng đồng chí.")));
        int voters = reviews.eligibleVoters(p.id());
        for (int i = 0; i < included.size(); i++) {
            Participant x = included.get(i);
            ReviewLevel level = i == 0 ? ReviewLevel.EXCELLENT : i % 7 == 6 ? ReviewLevel.COMPLETED : ReviewLevel.GOOD;
            reviews.saveSelfReview(p.id(), x.memberId(), new SelfReview(Map.of(
                    SelfReview.Section.STRENGTH_POLITICS, "Kiên định, chấp hành nghiêm chủ trương của Đảng.",
                    SelfReview.Section.LIMITATIONS, "Có lúc chưa sắp xếp thời gian hợp lý."), day.minusDays(5)),
                    Set.of(), level);
            BigDecimal duties = switch (level) {
                case EXCELLENT -> new BigDecimal("48");
                case GOOD -> new BigDecimal("40.5");
                default -> new BigDecimal("28");
            };
            reviews.saveScores(p.id(), x.memberId(), Map.of("politics", new BigDecimal("8"),
                    "ethics", new BigDecimal("8"), "discipline", new BigDecimal("6.5"), "workStyle", new BigDecimal("7"),
                    "duties", duties, "cellTasks", new BigDecimal("9"), "pledges", new BigDecimal("9")),
                    level == ReviewLevel.EXCELLENT
                            ? Set.of(ExcellentCondition.ALL_TASKS_DONE, ExcellentCondition.CLEARLY_BEYOND) : Set.of());
            LevelVote vote = switch (level) {
                case EXCELLENT -> new LevelVote(voters - 1, 1, 0, 0);
                case GOOD -> new LevelVote(0, voters, 0, 0);
                default -> new LevelVote(0, 1, voters - 1, 0);
            };
            reviews.recordVote(p.id(), x.memberId(), vote);
        }
        reviews.finalize(p.id(), day.atTime(11, 30).toInstant(ZoneOffset.ofHours(7)));
        LocalDate decided = LocalDate.of(year + 1, 1, 15).isAfter(today) ? today : LocalDate.of(year + 1, 1, 15);
        for (Participant x : included) {
            ReviewLevel cellLevel = reviews.sheet(p.id(), x.memberId()).review().cellLevel();
            reviews.recordFinalLevel(p.id(), x.memberId(), cellLevel, "12-QĐ/ĐU", decided);
        }
    }

    private void thisYear(LocalDate today) {
        int year = today.getYear();
        ReviewPeriod p = reviews.createYear(year,
                "Kiểm điểm, đánh giá, xếp loại chất lượng đảng viên năm " + year);
        List<Participant> included = reviews.participants(p.id()).stream().filter(Participant::included).toList();
        for (int i = 0; i < Math.min(3, included.size()); i++) {
            reviews.saveSelfReview(p.id(), included.get(i).memberId(), new SelfReview(Map.of(
                    SelfReview.Section.STRENGTH_DUTIES, "Hoàn thành các nhiệm vụ được phân công trong năm.",
                    SelfReview.Section.REMEDIES, "Tiếp tục học tập, nâng cao trình độ chuyên môn."), null),
                    Set.of(), ReviewLevel.GOOD);
        }
        if (!included.isEmpty()) {
            reviews.saveScores(p.id(), included.get(0).memberId(), Map.of("politics", new BigDecimal("8"),
                    "ethics", new BigDecimal("7.5"), "duties", new BigDecimal("42")), Set.of());
        }
    }
}
