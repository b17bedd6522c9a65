package vn.sochibo.ui.settings;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sochibo.application.audit.AuditTrail;
import vn.sochibo.application.common.TaskRunner;
import vn.sochibo.application.integrity.IntegrityFinding;
import vn.sochibo.application.integrity.IntegrityService;
import vn.sochibo.application.integrity.IntegrityText;
import vn.sochibo.application.meeting.MeetingService.TamperFinding;
import vn.sochibo.ui.common.ErrorReporter;
import vn.sochibo.ui.common.UiText;

/**
 * "Kiểm tra toàn vẹn dữ liệu": runs the whole integrity check of {@link IntegrityService} (off the UI thread), the
 * same as {@code sochibo verify}, and shows its lines: the overall result, one line per check, and each finding
 * with what it means and what to do.
 */
public final class VerifyViewModel {
    private final IntegrityService integrity;
    private final TaskRunner tasks;
    private final IntegrityText words;
    private final UiText text;
    private final ErrorReporter errors;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper allMatch = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ObservableList<Check> checks = FXCollections.observableArrayList();
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    // Kept: a view's listener on a read-only wrapper made per call would be lost with the wrapper.
    private final ObservableList<Check> readOnlyChecks = FXCollections.unmodifiableObservableList(checks);
    private final ObservableList<Finding> readOnlyFindings = FXCollections.unmodifiableObservableList(findings);

    /** One check's line, as the command line prints it, and whether it found nothing. */
    public record Check(String id, String line, boolean ok) {
    }

    /** One finding in words: the check it belongs to, what was found, what it means and what to do. */
    public record Finding(IntegrityFinding finding, String check, String what, String advice) {
        @Override
        public String toString() {
            return check + ": " + what;
        }
    }

    public VerifyViewModel(IntegrityService integrity, TaskRunner tasks, UiText text, ErrorReporter errors) {
        this.integrity = integrity;
        this.tasks = tasks;
        this.text = text;
        this.words = new IntegrityText(text::describe);
        this.errors = errors;
    }

    /** Runs the check; the button is disabled while it runs. */
    public void verify() {
        if (running.get()) {
            return;
        }
        running.set(true);
        summary.set(text.text("verify.running"));
        checks.clear();
        findings.clear();
        allMatch.set(false);
        tasks.run(integrity::run, report -> {
            running.set(false);
            checks.setAll(report.results().stream().map(r -> new Check(r.checkId(), words.line(r), r.ok())).toList());
            findings.setAll(report.results().stream().flatMap(r -> r.findings().stream()).map(this::describe)
                    .toList());
            allMatch.set(report.ok());
            summary.set(words.summary(report));
        }, failure -> {
            running.set(false);
            summary.set("");
            errors.report(failure);
        });
    }

    private Finding describe(IntegrityFinding f) {
        return new Finding(f, words.name(f.checkId()), words.finding(f), advice(f));
    }

    private String advice(IntegrityFinding f) {
        if (f.detail() instanceof TamperFinding tamper) {
            return SettingsText.findingAdvice(text, tamper.kind());
        }
        if (f.detail() instanceof AuditTrail.Finding) {
            return text.text("verify.advice.audit");
        }
        return text.text("verify.advice.database");
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** True after a check that found nothing. */
    public ReadOnlyBooleanProperty allMatchProperty() {
        return allMatch.getReadOnlyProperty();
    }

    /** "Mọi phần kiểm tra đều tốt…" or how many findings; empty before the first check. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** One line per check, in the order they ran. */
    public ObservableList<Check> checks() {
        return readOnlyChecks;
    }

    public ObservableList<Finding> findings() {
        return readOnlyFindings;
    }
}
