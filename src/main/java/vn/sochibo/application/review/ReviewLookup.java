package vn.sochibo.application.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.sochibo.application.member.MemberRepository;
import vn.sochibo.application.review.ReviewViews.Participant;
import vn.sochibo.domain.common.Ids;
import vn.sochibo.domain.common.Problem;
import vn.sochibo.domain.common.ValidationException;
import vn.sochibo.domain.common.VietnameseNames;
import vn.sochibo.domain.meeting.Attendance;
import vn.sochibo.domain.meeting.AttendanceCounts;
import vn.sochibo.domain.member.Member;
import vn.sochibo.domain.review.ExemptionReason;
import vn.sochibo.domain.review.MemberReview;
import vn.sochibo.domain.review.ReviewPeriod;
import vn.sochibo.domain.review.ReviewRules;

/**
 * The reads the review's use cases share, run inside the caller's transaction: a period (or a refusal), a member, the
 * member's part, who takes part, the review meeting's counts.
 */
final class ReviewLookup {
    private final ReviewRepository reviews;
    private final MemberRepository members;
    private final ReviewSettings settings;

    ReviewLookup(ReviewRepository reviews, MemberRepository members, ReviewSettings settings) {
        this.reviews = reviews;
        this.members = members;
        this.settings = settings;
    }

    ReviewPeriod period(UUID id) {
        return reviews.findPeriod(id)
                .orElseThrow(() -> new ValidationException(Problem.of("periodId", "review.error.notFound")));
    }

    ReviewPeriod draftPeriod(UUID id) {
        ReviewPeriod p = period(id);
        if (p.isFinalized()) {
            throw new ValidationException(Problem.of("periodId", "review.error.finalized"));
        }
        return p;
    }

    Member member(UUID id) {
        return members.findById(id)
                .orElseThrow(() -> new ValidationException(Problem.of("memberId", "review.error.unknownMember")));
    }

    void requireIncluded(ReviewPeriod p, UUID memberId) {
        boolean included = participants(p, reviewsByMember(p.id())).stream()
                .anyMatch(x -> x.memberId().equals(memberId) && x.included());
        if (!included) {
            throw new ValidationException(Problem.of("memberId", "review.error.notParticipant"));
        }
    }

    MemberReview partOf(UUID periodId, UUID memberId) {
        return reviews.findMemberReview(periodId, memberId)
                .orElseGet(() -> MemberReview.empty(Ids.newId(), periodId, memberId));
    }

    Map<UUID, MemberReview> reviewsByMember(UUID periodId) {
        return reviews.memberReviews(periodId).stream()
                .collect(Collectors.toMap(MemberReview::memberId, Function.identity()));
    }

    List<MemberReview> includedParts(ReviewPeriod p) {
        Map<UUID, MemberReview> parts = reviewsByMember(p.id());
        return participants(p, parts).stream().filter(Participant::included)
                .map(x -> parts.getOrDefault(x.memberId(), MemberReview.empty(Ids.newId(), p.id(), x.memberId())))
                .toList();
    }

    Map<UUID, Member> membersById() {
        return members.findAll().stream().collect(Collectors.toMap(Member::id, Function.identity()));
    }

    List<Member> sortedMembers() {
        Comparator<String> names = VietnameseNames.comparator();
        return members.findAll().stream().sorted(Comparator.comparing(Member::fullName, names)).toList();
    }

    /**
     * Who takes part, in roster order: every member on the roster at the end of the period (and anyone with a part
     * recorded), with the default exemption proposed and the secretary's override.
     */
    List<Participant> participants(ReviewPeriod p, Map<UUID, MemberReview> parts) {
        int minMonths = settings.minMonthsSinceAdmission();
        List<Participant> list = new ArrayList<>();
        for (Member m : sortedMembers()) {
            MemberReview r = parts.get(m.id());
            if (!ReviewRules.isCandidate(m, p) && r == null) {
                continue;
            }
            ExemptionReason proposed = ReviewRules.defaultExemption(m, p, minMonths).orElse(null);
            MemberReview.Inclusion override = r == null ? null : r.inclusion();
            boolean included = override != null ? override.included()
                    : proposed == null && ReviewRules.isCandidate(m, p);
            list.add(new Participant(m.id(), m.fullName(), m.statusOn(p.endDate()), proposed, override, included));
        }
        return list;
    }

    /** The review meeting's totals, computed from the roster on its day and its roll call, exactly as in meetings. */
    AttendanceCounts counts(ReviewPeriod p) {
        Map<UUID, Attendance> marks = new HashMap<>();
        p.meeting().rollCall().forEach(r -> marks.put(r.memberId(), r.attendance()));
        LocalDate day = p.meeting().date() == null ? p.endDate() : p.meeting().date();
        return AttendanceCounts.of(members.findAll(), marks, day);
    }

    int eligibleVoters(ReviewPeriod p) {
        return p.meeting().date() == null ? 0 : counts(p).eligibleVoters();
    }
}
