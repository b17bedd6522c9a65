package vn.sochibo.application.review;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.sochibo.application.common.CanonicalLines;
import vn.sochibo.domain.review.FinalLevel;
import vn.sochibo.domain.review.ReviewAddendum;
import vn.sochibo.domain.review.MemberReview;
import vn.sochibo.domain.review.ReviewPeriod;
import vn.sochibo.domain.review.SelfReview;

/**
 * The canonical text of a finalized review (form {@code review/1}: the period, its meeting and every member's part,
 * members in id order) and of a final level ({@code reviewFinal/1}), and their chained SHA-256, built like
 * {@code MeetingCanonicalForm}: {@code hash = SHA-256(previousHash + "\n" + text)}, one line per item, values
 * escaped, an absent value written {@code \0}. Never change a form: add a new one.
 */
public final class ReviewCanonicalForm {
    private ReviewCanonicalForm() {
    }

    public static String chainedHash(ReviewPeriod period, List<MemberReview> reviews, String previousHash) {
        return CanonicalLines.chainedSha256(previousHash, canonical(period, reviews));
    }

    public static String chainedHash(FinalLevel level, String previousHash) {
        return CanonicalLines.chainedSha256(previousHash, canonical(level));
    }

    public static String chainedHash(ReviewAddendum a, String previousHash) {
        return CanonicalLines.chainedSha256(previousHash, canonical(a));
    }

    public static String canonical(ReviewPeriod p, List<MemberReview> reviews) {
        CanonicalLines out = new CanonicalLines();
        out.line("form", "review/1");
        out.line("period", p.id(), p.kind(), p.year(), p.startDate(), p.endDate(), p.title());
        ReviewPeriod.ReviewMeeting m = p.meeting();
        out.line("meeting", m.date(), m.startTime(), m.endTime(), m.place(), m.chairId(), m.minuteTakerId());
        m.rollCall().forEach(r -> out.line("rollCall", r.memberId(), r.attendance(), r.reason()));
        m.comments().forEach(c -> out.line("comment", c.id(), c.aboutMemberId(), c.speakerMemberId(),
                c.speakerName(), c.text()));
        out.line("conclusion", m.conclusion());
        for (MemberReview r : reviews.stream().sorted(Comparator.comparing(x -> x.memberId().toString())).toList()) {
            out.line("member", r.id(), r.memberId(), r.inclusion() == null ? null : r.inclusion().included(),
                    r.inclusion() == null ? null : r.inclusion().reason());
            out.line("paper", r.selfReview().paperReceivedOn());
            for (SelfReview.Section s : SelfReview.Section.values()) {
                if (r.selfReview().text(s) != null) {
                    out.line("text", s, r.selfReview().text(s));
                }
            }
            out.line("signs", r.signs().stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElse(null));
            out.line("selfLevel", r.selfLevel());
            for (Map.Entry<String, java.math.BigDecimal> e : r.scores().entrySet()) {
                out.line("score", e.getKey(), e.getValue().stripTrailingZeros().toPlainString());
            }
            out.line("conditions", String.join(",", r.excellentConditions()));
            out.line("vote", r.vote() == null ? null : r.vote().excellent(), r.vote() == null ? null : r.vote().good(),
                    r.vote() == null ? null : r.vote().completed(), r.vote() == null ? null : r.vote().notCompleted(),
                    r.cellLevel());
        }
        return out.toString();
    }

    public static String canonical(FinalLevel f) {
        CanonicalLines out = new CanonicalLines();
        out.line("form", "reviewFinal/1");
        out.line("final", f.id(), f.periodId(), f.memberId(), f.level(), f.decisionNumber(), f.decisionDate());
        return out.toString();
    }

    public static String canonical(ReviewAddendum a) {
        CanonicalLines out = new CanonicalLines();
        out.line("form", "reviewAddendum/1");
        out.line("addendum", a.id(), a.periodId(), a.number(), a.date(), a.createdAt());
        out.line("location", a.location());
        out.line("recorded", a.recorded());
        out.line("corrected", a.corrected());
        out.line("reason", a.reason());
        out.line("recordedBy", a.recordedBy());
        return out.toString();
    }

}
