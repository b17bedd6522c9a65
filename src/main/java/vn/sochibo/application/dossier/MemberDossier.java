package vn.sochibo.application.dossier;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import vn.sochibo.application.review.ReviewViews;
import vn.sochibo.domain.meeting.Attendance;
import vn.sochibo.domain.meeting.Meeting;
import vn.sochibo.domain.meeting.MeetingKind;
import vn.sochibo.domain.member.Member;
import vn.sochibo.domain.member.MemberStatus;
import vn.sochibo.domain.pledge.FollowUpStatus;
import vn.sochibo.domain.pledge.Pledge;
import vn.sochibo.domain.pledge.PledgeItem;
import vn.sochibo.domain.pledge.YearFigures;

/**
 * One member's file for a year (issue 7): status history, each meeting of the year and how the member took part,
 * the tasks given to the member, the year's pledge and the review levels. The totals come from the annual review's
 * own facts ({@code ReviewService.facts}) when the year has a review, so the dossier and the review never disagree.
 *
 * @param member        the member, with the whole status history
 * @param year          the year
 * @param statusAtEnd   the member's status on the last day of the year (or today, for the current year)
 * @param meetings      the year's meetings while the member was on the roster, by date
 * @param tasks         tasks assigned to the member at the year's meetings, by date
 * @param reviewFacts   the review's figures for the year; null when the year has no review
 * @param pledge        the year's pledge; null when none was made
 * @param pledgeItems   the pledge's items with their last recorded follow-up status
 * @param pledgeFigures the pledge figures of the year (from the pledge follow-ups)
 * @param levels        the review levels of the three years ending with {@code year} (a year without a review is
 *                      absent)
 */
public record MemberDossier(Member member, int year, MemberStatus statusAtEnd, List<MeetingLine> meetings,
        List<TaskLine> tasks, ReviewViews.Facts reviewFacts, Pledge pledge, List<PledgeLine> pledgeItems,
        YearFigures pledgeFigures, List<ReviewViews.YearLevels> levels) {

    public MemberDossier {
        Objects.requireNonNull(member, "member");
        meetings = List.copyOf(meetings);
        tasks = List.copyOf(tasks);
        pledgeItems = List.copyOf(pledgeItems);
        levels = List.copyOf(levels);
    }

    /**
     * One meeting of the year.
     *
     * @param attendance   what the roll call says; null when the member was not called (exempt, attached elsewhere)
     *                     or the roll call left the member out
     * @param reason       the reason of an absence, or null
     * @param contributions how many times the member spoke
     * @param minutesNumber the minutes number once finalized, 0 for a draft
     */
    public record MeetingLine(LocalDate date, MeetingKind kind, String topic, MemberStatus status,
            Attendance attendance, String reason, int contributions, int minutesNumber) {
    }

    /**
     * A task given to the member.
     *
     * @param result the result a later meeting recorded (the latest), or null while none did
     */
    public record TaskLine(LocalDate assignedOn, String description, LocalDate deadline, Meeting.TaskResult result,
            String note) {
    }

    /** A pledge item and the status of its latest follow-up (null: not followed up yet). */
    public record PledgeLine(PledgeItem item, FollowUpStatus lastStatus, LocalDate lastCheck) {
    }
}
