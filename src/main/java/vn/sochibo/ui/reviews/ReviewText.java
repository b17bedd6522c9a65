package vn.sochibo.ui.reviews;

import vn.sochibo.domain.common.Problem;
import vn.sochibo.domain.meeting.Attendance;
import vn.sochibo.domain.review.DegradationSign;
import vn.sochibo.domain.review.ExcellentCondition;
import vn.sochibo.domain.review.ExemptionReason;
import vn.sochibo.domain.review.PeriodKind;
import vn.sochibo.domain.review.ReviewLevel;
import vn.sochibo.domain.review.ReviewScoreSheet;
import vn.sochibo.domain.review.SelfReview;
import vn.sochibo.ui.common.UiText;

/** The review screens' words for the review's enums (every key a literal, so the bundle test sees it used). */
final class ReviewText {
    private ReviewText() {
    }

    static String level(UiText text, ReviewLevel level) {
        if (level == null) {
            return text.text("reviewScreen.level.none");
        }
        return switch (level) {
            case EXCELLENT -> text.text("reviewScreen.level.excellent");
            case GOOD -> text.text("reviewScreen.level.good");
            case COMPLETED -> text.text("reviewScreen.level.completed");
            case NOT_COMPLETED -> text.text("reviewScreen.level.notCompleted");
        };
    }

    /** The short form used in tables (HTXSNV, HTTNV, HTNV, KHTNV), "–" when not set. */
    static String shortLevel(UiText text, ReviewLevel level) {
        if (level == null) {
            return "–";
        }
        return switch (level) {
            case EXCELLENT -> text.text("reviewScreen.levelShort.excellent");
            case GOOD -> text.text("reviewScreen.levelShort.good");
            case COMPLETED -> text.text("reviewScreen.levelShort.completed");
            case NOT_COMPLETED -> text.text("reviewScreen.levelShort.notCompleted");
        };
    }

    static String kind(UiText text, PeriodKind kind) {
        return switch (kind) {
            case YEAR -> text.text("reviewScreen.kind.year");
            case TERM -> text.text("reviewScreen.kind.term");
            case QUARTER -> text.text("reviewScreen.kind.quarter");
            case AD_HOC -> text.text("reviewScreen.kind.adHoc");
        };
    }

    static String exemption(UiText text, ExemptionReason reason) {
        if (reason == null) {
            return "";
        }
        return switch (reason) {
            case EXEMPT_FROM_DUTIES -> text.text("reviewScreen.exemption.exemptFromDuties");
            case SUSPENDED -> text.text("reviewScreen.exemption.suspended");
            case RECENTLY_ADMITTED -> text.text("reviewScreen.exemption.recentlyAdmitted");
        };
    }

    static String condition(UiText text, ExcellentCondition c) {
        return switch (c) {
            case SCORE -> text.text("reviewScreen.condition.score");
            case NO_SIGNS -> text.text("reviewScreen.condition.noSigns");
            case PLEDGES_KEPT -> text.text("reviewScreen.condition.pledgesKept");
            case ALL_TASKS_DONE -> text.text("reviewScreen.condition.allTasksDone");
            case CLEARLY_BEYOND -> text.text("reviewScreen.condition.clearlyBeyond");
        };
    }

    static String section(UiText text, SelfReview.Section s) {
        return switch (s) {
            case STRENGTH_POLITICS -> text.text("reviewScreen.section.strengthPolitics");
            case STRENGTH_ETHICS -> text.text("reviewScreen.section.strengthEthics");
            case STRENGTH_DISCIPLINE -> text.text("reviewScreen.section.strengthDiscipline");
            case STRENGTH_WORK_STYLE -> text.text("reviewScreen.section.strengthWorkStyle");
            case STRENGTH_DUTIES -> text.text("reviewScreen.section.strengthDuties");
            case STRENGTH_LEADERSHIP -> text.text("reviewScreen.section.strengthLeadership");
            case STRENGTH_PLEDGES -> text.text("reviewScreen.section.strengthPledges");
            case LIMITATIONS -> text.text("reviewScreen.section.limitations");
            case EARLIER_FIXES -> text.text("reviewScreen.section.earlierFixes");
            case UPPER_ISSUES -> text.text("reviewScreen.section.upperIssues");
            case COLLECTIVE_SHARE -> text.text("reviewScreen.section.collectiveShare");
            case REMEDIES -> text.text("reviewScreen.section.remedies");
        };
    }

    static String signGroup(UiText text, DegradationSign.Group g) {
        return switch (g) {
            case POLITICS -> text.text("reviewScreen.signGroup.politics");
            case ETHICS -> text.text("reviewScreen.signGroup.ethics");
            case SELF_EVOLUTION -> text.text("reviewScreen.signGroup.selfEvolution");
        };
    }

    /** The sign's wording, kept once in the messages bundle (the documents print the same text). */
    static String sign(UiText text, DegradationSign s) {
        return text.describe(Problem.of("sign", s.messageKey()));
    }

    /** A criterion's name: the secretary's own, or the standard one's. */
    static String criterion(UiText text, ReviewScoreSheet.Criterion c) {
        if (c.name() != null) {
            return c.name();
        }
        return switch (c.key()) {
            case "politics" -> text.text("reviewScreen.criterion.politics");
            case "ethics" -> text.text("reviewScreen.criterion.ethics");
            case "discipline" -> text.text("reviewScreen.criterion.discipline");
            case "workStyle" -> text.text("reviewScreen.criterion.workStyle");
            case "duties" -> text.text("reviewScreen.criterion.duties");
            case "cellTasks" -> text.text("reviewScreen.criterion.cellTasks");
            case "pledges" -> text.text("reviewScreen.criterion.pledges");
            default -> c.key();
        };
    }

    static String attendance(UiText text, Attendance a) {
        if (a == null) {
            return text.text("rollCall.unmarked");
        }
        return switch (a) {
            case PRESENT -> text.text("rollCall.present");
            case LATE -> text.text("rollCall.late");
            case LEFT_EARLY -> text.text("rollCall.leftEarly");
            case ABSENT_WITH_REASON -> text.text("rollCall.absentWithReason");
            case ABSENT_WITHOUT_REASON -> text.text("rollCall.absentWithoutReason");
        };
    }
}
