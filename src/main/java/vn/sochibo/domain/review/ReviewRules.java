package vn.sochibo.domain.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.sochibo.domain.common.Problem;
import vn.sochibo.domain.meeting.VoteThreshold;
import vn.sochibo.domain.member.Member;
import vn.sochibo.domain.member.MemberStatus;

/** The rules of the annual review (domain.md §5); every number in them comes from settings. */
public final class ReviewRules {
    public static final int MAX_TITLE = 300;
    public static final int MAX_REASON = 500;
    public static final int MAX_PLACE = 300;
    public static final int MAX_COMMENT = 8000;
    public static final int MAX_DECISION_NUMBER = 100;
    /** Default of the local rule: admitted less than 6 months before the period's end is proposed exempt. */
    public static final int DEFAULT_MIN_MONTHS_SINCE_ADMISSION = 6;

    private ReviewRules() {
    }

    /** Whether the member is on the cell's roster at the end of the period, so a candidate for the review at all. */
    public static boolean isCandidate(Member m, ReviewPeriod p) {
        return m.statusOn(p.endDate()).isOnRoster();
    }

    /**
     * The default proposal to leave a candidate out: exempt from duties and meetings at the period's end, or admitted
     * less than {@code minMonthsSinceAdmission} months before it (0 turns this local rule off). Suspension is not
     * kept in the roster, so never proposed ({@link ExemptionReason#SUSPENDED}).
     */
    public static Optional<ExemptionReason> defaultExemption(Member m, ReviewPeriod p, int minMonthsSinceAdmission) {
        if (m.statusOn(p.endDate()) == MemberStatus.EXEMPT) {
            return Optional.of(ExemptionReason.EXEMPT_FROM_DUTIES);
        }
        if (minMonthsSinceAdmission > 0
                && m.admissionDate().isAfter(p.endDate().minusMonths(minMonthsSinceAdmission))) {
            return Optional.of(ExemptionReason.RECENTLY_ADMITTED);
        }
        return Optional.empty();
    }

    /**
     * The level the cell proposes from a vote: the best level whose votes, together with the votes for the better
     * levels, reach the threshold (by default more than half) of {@code reference} (the eligible voters or the
     * meeting's base, as the threshold says). A vote for xuất sắc is also a vote for "at least tốt", so there are no
     * ties; when even all the votes do not reach the threshold (too few voters for a base-relative threshold) there
     * is no proposal (null), and the secretary must say so in the minutes.
     */
    public static ReviewLevel cellLevel(LevelVote vote, int reference, VoteThreshold threshold) {
        if (vote == null || reference <= 0) {
            return null;
        }
        for (ReviewLevel level : ReviewLevel.values()) {
            if (threshold.isMet(vote.votesForAtLeast(level), reference)) {
                return level;
            }
        }
        return null;
    }

    /** The header of a period: kind, dates in order (a year period spans its year), title. */
    public static List<Problem> checkPeriod(ReviewPeriod p) {
        List<Problem> problems = new ArrayList<>();
        if (p.startDate() == null) {
            problems.add(Problem.of("startDate", "review.error.startRequired"));
        }
        if (p.endDate() == null) {
            problems.add(Problem.of("endDate", "review.error.endRequired"));
        }
        if (p.startDate() != null && p.endDate() != null) {
            if (p.endDate().isBefore(p.startDate())) {
                problems.add(Problem.of("endDate", "review.error.endBeforeStart"));
            }
            if (p.kind() == PeriodKind.YEAR && (!p.startDate().equals(LocalDate.of(p.year(), 1, 1))
                    || !p.endDate().equals(LocalDate.of(p.year(), 12, 31)))) {
                problems.add(Problem.of("year", "review.error.yearDates", p.year()));
            }
            if (p.year() != p.endDate().getYear()) {
                problems.add(Problem.of("year", "review.error.yearDates", p.year()));
            }
        }
        if (p.title() == null) {
            problems.add(Problem.of("title", "review.error.titleRequired"));
        }
        Problem.addIfTooLong(problems, "title", p.title(), MAX_TITLE);
        return problems;
    }

    /** The review meeting as a draft: whole, with known members, texts not too long. */
    public static List<Problem> checkMeeting(ReviewPeriod.ReviewMeeting m, Map<UUID, Member> members) {
        List<Problem> problems = new ArrayList<>();
        Problem.addIfTooLong(problems, "place", m.place(), MAX_PLACE);
        if (m.startTime() != null && m.endTime() != null && !m.endTime().isAfter(m.startTime())) {
            problems.add(Problem.of("endTime", "review.error.endTime"));
        }
        if (m.chairId() != null && !members.containsKey(m.chairId())) {
            problems.add(Problem.of("chairId", "review.error.unknownMember"));
        }
        if (m.minuteTakerId() != null && !members.containsKey(m.minuteTakerId())) {
            problems.add(Problem.of("minuteTakerId", "review.error.unknownMember"));
        }
        java.util.Set<UUID> seen = new java.util.HashSet<>();
        for (int i = 0; i < m.rollCall().size(); i++) {
            var r = m.rollCall().get(i);
            if (!members.containsKey(r.memberId()) || !seen.add(r.memberId()) || r.attendance() == null) {
                problems.add(Problem.of("rollCall[" + i + "]", "review.error.rollCall"));
            }
        }
        for (int i = 0; i < m.comments().size(); i++) {
            ReviewPeriod.Comment c = m.comments().get(i);
            String field = "comments[" + i + "]";
            if (c.text() == null) {
                problems.add(Problem.of(field + ".text", "review.error.commentText"));
            }
            Problem.addIfTooLong(problems, field + ".text", c.text(), MAX_COMMENT);
            if ((c.speakerMemberId() == null) == (c.speakerName() == null)
                    || c.speakerMemberId() != null && !members.containsKey(c.speakerMemberId())) {
                problems.add(Problem.of(field + ".speaker", "review.error.commentSpeaker"));
            }
            if (c.aboutMemberId() != null && !members.containsKey(c.aboutMemberId())) {
                problems.add(Problem.of(field + ".about", "review.error.unknownMember"));
            }
        }
        return problems;
    }

    /** A self-review: texts not too long, sign numbers 1–27, the paper date not in the future. */
    public static List<Problem> checkSelfReview(SelfReview s, java.util.Set<Integer> signs, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        s.texts().forEach((section, text) ->
                Problem.addIfTooLong(problems, "selfReview." + section.name(), text, SelfReview.MAX_TEXT));
        if (s.paperReceivedOn() != null && s.paperReceivedOn().isAfter(today)) {
            problems.add(Problem.of("selfReview.paperReceivedOn", "review.error.futureDate"));
        }
        if (signs.stream().anyMatch(n -> n == null || n < 1 || n > 27)) {
            problems.add(Problem.of("signs", "review.error.signNumber"));
        }
        return problems;
    }

    /** An override of the default proposal needs a reason. */
    public static List<Problem> checkInclusion(MemberReview.Inclusion inclusion) {
        List<Problem> problems = new ArrayList<>();
        if (inclusion != null) {
            if (inclusion.reason() == null) {
                problems.add(Problem.of("inclusion.reason", "review.error.reasonRequired"));
            }
            Problem.addIfTooLong(problems, "inclusion.reason", inclusion.reason(), MAX_REASON);
        }
        return problems;
    }
}
