package vn.sochibo.application.exchange;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.sochibo.domain.cell.CellProfile;
import vn.sochibo.domain.meeting.Correction;
import vn.sochibo.domain.meeting.Meeting;
import vn.sochibo.domain.member.Member;
import vn.sochibo.domain.pledge.Pledge;
import vn.sochibo.domain.pledge.PledgeFollowUp;

/** Everything the exchange format carries, in memory. Later features add their record lists here. */
public record ExchangeData(CellProfile cell, List<Member> members, List<Meeting> meetings,
        List<Correction> corrections, Map<String, String> settings, List<Pledge> pledges,
        List<PledgeFollowUp> pledgeFollowUps, List<vn.sochibo.domain.review.ReviewPeriod> reviews,
        List<vn.sochibo.domain.review.MemberReview> memberReviews,
        List<vn.sochibo.domain.review.FinalLevel> finalLevels,
        List<vn.sochibo.domain.review.ReviewAddendum> reviewAddenda) {
    public ExchangeData {
        reviewAddenda = reviewAddenda == null ? List.of() : List.copyOf(reviewAddenda);
        reviews = reviews == null ? List.of() : List.copyOf(reviews);
        memberReviews = memberReviews == null ? List.of() : List.copyOf(memberReviews);
        finalLevels = finalLevels == null ? List.of() : List.copyOf(finalLevels);
        members = List.copyOf(members);
        meetings = List.copyOf(meetings);
        corrections = List.copyOf(corrections);
        settings = new TreeMap<>(settings);
        pledges = pledges == null ? List.of() : List.copyOf(pledges);
        pledgeFollowUps = pledgeFollowUps == null ? List.of() : List.copyOf(pledgeFollowUps);
    }

    /** Without review addenda. */
    public ExchangeData(CellProfile cell, List<Member> members, List<Meeting> meetings, List<Correction> corrections,
            Map<String, String> settings, List<Pledge> pledges, List<PledgeFollowUp> pledgeFollowUps,
            List<vn.sochibo.domain.review.ReviewPeriod> reviews, List<vn.sochibo.domain.review.MemberReview> memberReviews,
            List<vn.sochibo.domain.review.FinalLevel> finalLevels) {
        this(cell, members, meetings, corrections, settings, pledges, pledgeFollowUps, reviews, memberReviews,
                finalLevels, List.of());
    }

    /** Without pledges. */
    public ExchangeData(CellProfile cell, List<Member> members, List<Meeting> meetings, List<Correction> corrections,
            Map<String, String> settings) {
        this(cell, members, meetings, corrections, settings, List.of(), List.of());
    }

    /** Without annual reviews. */
    public ExchangeData(CellProfile cell, List<Member> members, List<Meeting> meetings, List<Correction> corrections,
            Map<String, String> settings, List<Pledge> pledges, List<PledgeFollowUp> pledgeFollowUps) {
        this(cell, members, meetings, corrections, settings, pledges, pledgeFollowUps, List.of(), List.of(),
                List.of());
    }

}
