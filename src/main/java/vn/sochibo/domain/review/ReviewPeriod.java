package vn.sochibo.domain.review;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import vn.sochibo.domain.common.Text;
import vn.sochibo.domain.meeting.Meeting;

/**
 * A review (đợt kiểm điểm, đánh giá, xếp loại): what it covers, the review meeting where the cell commented and
 * voted, and, once finalized, its number and hash. The members' own parts are {@link MemberReview}s.
 *
 * @param year the year reviewed for a {@link PeriodKind#YEAR} period (its dates are that year's first and last
 *             day); for other kinds the year the period ends in
 */
public record ReviewPeriod(UUID id, PeriodKind kind, int year, LocalDate startDate, LocalDate endDate, String title,
        ReviewMeeting meeting, Finalization finalization) {

    public ReviewPeriod {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        meeting = meeting == null ? ReviewMeeting.EMPTY : meeting;
    }

    /** A new year period, 1 January to 31 December, not yet stored. */
    public static ReviewPeriod ofYear(UUID id, int year, String title) {
        return new ReviewPeriod(id, PeriodKind.YEAR, year, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), title,
                ReviewMeeting.EMPTY, null);
    }

    public boolean isFinalized() {
        return finalization != null;
    }

    public ReviewPeriod withMeeting(ReviewMeeting m) {
        return new ReviewPeriod(id, kind, year, startDate, endDate, title, m, finalization);
    }

    public ReviewPeriod cleaned() {
        return new ReviewPeriod(id, kind, year, startDate, endDate, Text.clean(title), meeting.cleaned(), finalization);
    }

    /** The finalized periods in chain order: finalization time, then id. */
    public static List<ReviewPeriod> finalizedInChainOrder(java.util.Collection<ReviewPeriod> periods) {
        return periods.stream().filter(ReviewPeriod::isFinalized)
                .sorted(Comparator.comparing((ReviewPeriod p) -> p.finalization().finalizedAt())
                        .thenComparing(ReviewPeriod::id))
                .toList();
    }

    /**
     * The review meeting (hội nghị kiểm điểm): when and where, who chaired and took the minutes, the roll call (which
     * gives the eligible voters exactly as in meetings), the members' comments and the chair's conclusion.
     */
    public record ReviewMeeting(LocalDate date, LocalTime startTime, LocalTime endTime, String place, UUID chairId,
            UUID minuteTakerId, List<Meeting.RollCallEntry> rollCall, List<Comment> comments, String conclusion) {
        public static final ReviewMeeting EMPTY = new ReviewMeeting(null, null, null, null, null, null, List.of(),
                List.of(), null);

        public ReviewMeeting {
            rollCall = rollCall == null ? List.of()
                    : rollCall.stream().sorted(Comparator.comparing(r -> r.memberId().toString())).toList();
            comments = comments == null ? List.of() : List.copyOf(comments);
        }

        ReviewMeeting cleaned() {
            return new ReviewMeeting(date, startTime, endTime, Text.clean(place), chairId, minuteTakerId,
                    rollCall.stream().map(r -> new Meeting.RollCallEntry(r.memberId(), r.attendance(),
                            Text.clean(r.reason()))).toList(),
                    comments.stream().map(c -> new Comment(c.id(), c.aboutMemberId(), c.speakerMemberId(),
                            Text.clean(c.speakerName()), Text.cleanMultiline(c.text()))).toList(),
                    Text.cleanMultiline(conclusion));
        }
    }

    /**
     * Who said what at the review meeting, in the order spoken: about one member ({@code aboutMemberId}) or about
     * the cell's review in general (null). The speaker is a member, or a guest named in {@code speakerName}.
     */
    public record Comment(UUID id, UUID aboutMemberId, UUID speakerMemberId, String speakerName, String text) {
    }

    /** What finalizing gave the period: its number in the term's series, when, and its chained hash. */
    public record Finalization(int number, Instant finalizedAt, String contentHash, String previousHash) {
    }
}
