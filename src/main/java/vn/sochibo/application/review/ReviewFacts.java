package vn.sochibo.application.review;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.sochibo.application.meeting.MeetingRepository;
import vn.sochibo.application.pledge.PledgeService;
import vn.sochibo.application.review.ReviewViews.Facts;
import vn.sochibo.application.review.ReviewViews.Score;
import vn.sochibo.domain.meeting.AttendanceFigures;
import vn.sochibo.domain.meeting.Meeting;
import vn.sochibo.domain.member.Member;
import vn.sochibo.domain.pledge.YearFigures;
import vn.sochibo.domain.review.ExcellentCondition;
import vn.sochibo.domain.review.MemberReview;
import vn.sochibo.domain.review.ReviewLevel;
import vn.sochibo.domain.review.ReviewPeriod;
import vn.sochibo.domain.review.ReviewScoreSheet;

/**
 * What the records already tell about a member over a period (meetings called to and attended, times spoken, tasks
 * assigned and done, the year's pledge figures) and the score with the xuất sắc checklist worked out from them. Runs
 * inside the caller's transaction.
 */
final class ReviewFacts {
    private final MeetingRepository meetings;
    private final PledgeService pledges;
    private final ReviewSettings settings;

    ReviewFacts(MeetingRepository meetings, PledgeService pledges, ReviewSettings settings) {
        this.meetings = meetings;
        this.pledges = pledges;
        this.settings = settings;
    }

    Facts facts(ReviewPeriod p, Member m) {
        List<Meeting> all = meetings.findAll();
        AttendanceFigures attendance = AttendanceFigures.of(m, all, p.startDate(), p.endDate());
        int contributions = 0;
        int assigned = 0;
        int done = 0;
        Set<UUID> doneTasks = all.stream().flatMap(x -> x.followUps().stream())
                .filter(f -> f.result() == Meeting.TaskResult.DONE).map(Meeting.TaskFollowUp::taskId)
                .collect(Collectors.toSet());
        for (Meeting meeting : all) {
            if (meeting.date().isBefore(p.startDate()) || meeting.date().isAfter(p.endDate())) {
                continue;
            }
            contributions += (int) meeting.contributions().stream()
                    .filter(c -> m.id().equals(c.speakerMemberId())).count();
            for (Meeting.TaskAssignment t : meeting.tasks()) {
                if (t.assigneeIds().contains(m.id())) {
                    assigned++;
                    if (doneTasks.contains(t.id())) {
                        done++;
                    }
                }
            }
        }
        YearFigures figures = pledges == null ? null : pledges.figuresOfYear(p.year()).get(m.id());
        return new Facts(attendance.expected(), attendance.present(), contributions, assigned, done, figures);
    }

    Score score(MemberReview r, Facts facts) {
        ReviewScoreSheet sheet = settings.scoreSheetFor(r.scores().keySet());
        BigDecimal total = sheet.total(r.scores());
        ReviewLevel implied = r.scores().isEmpty() ? null : sheet.levelOf(total);
        Map<ExcellentCondition, Boolean> checklist = new EnumMap<>(ExcellentCondition.class);
        checklist.put(ExcellentCondition.SCORE, r.scores().isEmpty() ? null : implied == ReviewLevel.EXCELLENT);
        checklist.put(ExcellentCondition.NO_SIGNS, r.signs().isEmpty());
        YearFigures pf = facts == null ? null : facts.pledges();
        checklist.put(ExcellentCondition.PLEDGES_KEPT, pf == null || pf.counted() == 0 ? null
                : pf.completed() == pf.counted());
        for (ExcellentCondition c : ExcellentCondition.values()) {
            if (!c.isDerived()) {
                checklist.put(c, r.excellentConditions().contains(c.name()));
            }
        }
        return new Score(sheet, total, implied, checklist);
    }
}
