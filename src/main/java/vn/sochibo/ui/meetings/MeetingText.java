package vn.sochibo.ui.meetings;

import vn.sochibo.domain.meeting.Attendance;
import vn.sochibo.domain.meeting.Meeting;
import vn.sochibo.domain.meeting.MeetingKind;
import vn.sochibo.domain.meeting.SelfScoreSheet;
import vn.sochibo.domain.meeting.VoteSubject;
import vn.sochibo.ui.common.UiText;

/** The words for the meeting domain's enums and self-score criteria, from i18n/ui. */
public final class MeetingText {
    private MeetingText() {
    }

    static String kind(UiText text, MeetingKind kind) {
        return text.text(switch (kind) {
            case REGULAR -> "meetingList.kind.REGULAR";
            case THEMATIC -> "meetingList.kind.THEMATIC";
            case COMBINED -> "meetingList.kind.COMBINED";
            case EXTRAORDINARY -> "meetingList.kind.EXTRAORDINARY";
        });
    }

    static String attendance(UiText text, Attendance attendance) {
        if (attendance == null) {
            return text.text("rollCall.unmarked");
        }
        return text.text(switch (attendance) {
            case PRESENT -> "rollCall.present";
            case LATE -> "rollCall.late";
            case LEFT_EARLY -> "rollCall.leftEarly";
            case ABSENT_WITH_REASON -> "rollCall.absentWithReason";
            case ABSENT_WITHOUT_REASON -> "rollCall.absentWithoutReason";
        });
    }

    /** The kind of decision a vote is on, in words (also in the settings' thresholds). */
    public static String subject(UiText text, VoteSubject subject) {
        return text.text(switch (subject) {
            case RESOLUTION -> "voting.subject.resolution";
            case ADMISSION -> "voting.subject.admission";
            case RECOGNITION_AS_OFFICIAL -> "voting.subject.recognitionAsOfficial";
            case STRIKING_OFF_PROBATIONARY -> "voting.subject.strikingOffProbationary";
            case DISCIPLINE -> "voting.subject.discipline";
            case OTHER -> "voting.subject.other";
        });
    }

    static String taskResult(UiText text, Meeting.TaskResult result) {
        if (result == null) {
            return text.text("followUps.result.none");
        }
        return text.text(switch (result) {
            case DONE -> "followUps.result.done";
            case PARTLY_DONE -> "followUps.result.partlyDone";
            case NOT_DONE -> "followUps.result.notDone";
            case IN_PROGRESS -> "followUps.result.inProgress";
        });
    }

    static String grade(UiText text, SelfScoreSheet.Grade grade) {
        return text.text(switch (grade) {
            case EXCELLENT -> "score.grade.EXCELLENT";
            case GOOD -> "score.grade.GOOD";
            case AVERAGE -> "score.grade.AVERAGE";
            case POOR -> "score.grade.POOR";
        });
    }

    static String criterion(UiText text, String key) {
        return switch (key) {
            case "time" -> text.text("score.criterion.time");
            case "attendance" -> text.text("score.criterion.attendance");
            case "preparation" -> text.text("score.criterion.preparation");
            case "conduct" -> text.text("score.criterion.conduct");
            case "chairLeadership" -> text.text("score.criterion.chairLeadership");
            case "principles" -> text.text("score.criterion.principles");
            case "lastResolutionResults" -> text.text("score.criterion.lastResolutionResults");
            case "closing" -> text.text("score.criterion.closing");
            default -> key;
        };
    }

    /** "Nháp" or "Đã chốt số 05". */
    static String state(UiText text, Meeting meeting) {
        return state(text, meeting.finalization());
    }

    /** "Nháp", or "Đã chốt số 05" for a finalized meeting. */
    static String state(UiText text, Meeting.Finalization finalization) {
        return finalization != null
                ? text.format("meetingList.state.finalized", String.format("%02d", finalization.minutesNumber()))
                : text.text("meetingList.state.draft");
    }
}
