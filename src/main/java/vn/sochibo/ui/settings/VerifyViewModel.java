package vn.sochibo.ui.settings;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sochibo.application.common.TaskRunner;
import vn.sochibo.application.meeting.MeetingService;
import vn.sochibo.application.meeting.MeetingService.TamperFinding;
import vn.sochibo.ui.common.DateText;
import vn.sochibo.ui.common.ErrorReporter;
import vn.sochibo.ui.common.UiText;

/**
 * "Kiểm tra toàn vẹn dữ liệu": recomputes the chained hash of every finalized meeting (off the UI thread)
 * and says either that all of them match or, for each finding, which meeting, what happened, what it means
 * and what to do.
 */
public final class VerifyViewModel {
    private final MeetingService meetings;
    private final TaskRunner tasks;
    private final UiText text;
    private final ErrorReporter errors;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper allMatch = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();

    /** One finding in words: the meeting, the kind of change, what it means and what to do. */
    public record Finding(TamperFinding finding, String meeting, String kind, String advice) {
        @Override
        public String toString() {
            return meeting + ": " + kind;
        }
    }

    public VerifyViewModel(MeetingService meetings, TaskRunner tasks, UiText text, ErrorReporter errors) {
        this.meetings = meetings;
        this.tasks = tasks;
        this.text = text;
        this.errors = errors;
    }

    private record Result(List<TamperFinding> findings, long finalized) {
    }

    /** Runs the check; the button is disabled while it runs. */
    public void verify() {
        if (running.get()) {
            return;
        }
        running.set(true);
        summary.set(text.text("verify.running"));
        findings.clear();
        allMatch.set(false);
        tasks.run(() -> new Result(meetings.verify(), meetings.summaries().stream().filter(vn.sochibo.domain.meeting.MeetingSummary::isFinalized).count()),
                result -> {
                    running.set(false);
                    findings.setAll(result.findings().stream().map(this::describe).toList());
                    allMatch.set(result.findings().isEmpty());
                    if (!result.findings().isEmpty()) {
                        summary.set(text.format("verify.failed", result.findings().size(), result.finalized()));
                    } else {
                        summary.set(result.finalized() == 0 ? text.text("verify.none")
                                : text.format("verify.ok", result.finalized()));
                    }
                }, failure -> {
                    running.set(false);
                    summary.set("");
                    errors.report(failure);
                });
    }

    private Finding describe(TamperFinding f) {
        String meeting = text.format("verify.meeting", String.format("%02d", f.minutesNumber()),
                DateText.format(f.date()));
        if (f.concernsCorrection()) {
            meeting = text.format("verify.correction", String.format("%02d", f.correctionNumber()),
                    text.text(f.document() == vn.sochibo.domain.meeting.Correction.CorrectedDocument.MINUTES
                            ? "verify.correction.minutes" : "verify.correction.resolution"), meeting);
        }
        return new Finding(f, meeting, SettingsText.findingKind(text, f.kind()),
                SettingsText.findingAdvice(text, f.kind()));
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** True after a check that found nothing. */
    public ReadOnlyBooleanProperty allMatchProperty() {
        return allMatch.getReadOnlyProperty();
    }

    /** "Tất cả N biên bản đã chốt khớp mã xác thực." or how many findings; empty before the first check. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ObservableList<Finding> findings() {
        return FXCollections.unmodifiableObservableList(findings);
    }
}
