package vn.sochibo.ui.books;

import java.util.ArrayList;
import java.util.List;
import vn.sochibo.application.common.Messages;
import vn.sochibo.application.dossier.MemberDossier;
import vn.sochibo.application.review.ReviewViews;
import vn.sochibo.ui.common.UiText;

/** A member's dossier as lines of text for the screen (the PDF has the full layout). */
final class DossierLines {
    private DossierLines() {
    }

    static List<String> of(MemberDossier d, UiText text) {
        List<String> lines = new ArrayList<>();
        lines.add(text.format("dossier.line.member", d.member().fullName(), d.year(), text.status(d.statusAtEnd())));
        lines.add(text.format("dossier.line.admitted", Messages.formatDate(d.member().admissionDate())));
        d.member().history().forEach(e -> lines.add(text.format("dossier.line.event", Messages.formatDate(e.date()),
                text.eventType(e.type()))));
        ReviewViews.Facts f = d.reviewFacts();
        if (f != null) {
            lines.add(text.format("dossier.line.facts", f.meetingsExpected(), f.meetingsAttended(), f.contributions(),
                    f.tasksAssigned(), f.tasksDone()));
        } else {
            lines.add(text.format("dossier.line.noReview", d.year()));
        }
        for (MemberDossier.MeetingLine l : d.meetings()) {
            String took = l.attendance() == null ? text.text("dossier.notCalled")
                    : text.text(switch (l.attendance()) {
                        case PRESENT -> "dossier.attendance.present";
                        case LATE -> "dossier.attendance.late";
                        case LEFT_EARLY -> "dossier.attendance.leftEarly";
                        case ABSENT_WITH_REASON -> "dossier.attendance.absentWithReason";
                        case ABSENT_WITHOUT_REASON -> "dossier.attendance.absentWithoutReason";
                    });
            lines.add(text.format("dossier.line.meeting", Messages.formatDate(l.date()), took, l.contributions()));
        }
        for (MemberDossier.TaskLine t : d.tasks()) {
            lines.add(text.format("dossier.line.task", Messages.formatDate(t.assignedOn()), t.description(),
                    t.result() == null ? text.text("dossier.task.open") : text.text(switch (t.result()) {
                        case DONE -> "dossier.task.done";
                        case PARTLY_DONE -> "dossier.task.partlyDone";
                        case NOT_DONE -> "dossier.task.notDone";
                        case IN_PROGRESS -> "dossier.task.inProgress";
                    })));
        }
        lines.add(d.pledge() == null ? text.format("dossier.line.noPledge", d.year())
                : text.format("dossier.line.pledge", d.pledgeFigures().items(), d.pledgeFigures().completed(),
                        d.pledgeFigures().counted()));
        for (ReviewViews.YearLevels y : d.levels()) {
            lines.add(text.format("dossier.line.level", y.year(), level(text, y.selfLevel()), level(text, y.cellLevel()),
                    level(text, y.finalLevel())));
        }
        return lines;
    }

    private static String level(UiText text, vn.sochibo.domain.review.ReviewLevel level) {
        return level == null ? "–" : text.text(switch (level) {
            case EXCELLENT -> "dossier.level.excellent";
            case GOOD -> "dossier.level.good";
            case COMPLETED -> "dossier.level.completed";
            case NOT_COMPLETED -> "dossier.level.notCompleted";
        });
    }
}
