package vn.sochibo.ui.settings;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sochibo.application.audit.AuditAction;
import vn.sochibo.application.audit.AuditEntry;
import vn.sochibo.application.audit.AuditKind;
import vn.sochibo.application.audit.AuditTrail;
import vn.sochibo.application.common.TaskRunner;
import vn.sochibo.ui.common.DateText;
import vn.sochibo.ui.common.ErrorReporter;
import vn.sochibo.ui.common.UiText;

/**
 * "Nhật ký thay đổi": the audit trail, read-only, newest first, filtered by action, kind of record and days,
 * loaded a page at a time ("Xem thêm") so that thousands of entries never load at once; and the check of its
 * hash chain. Every query runs off the UI thread.
 */
public final class AuditViewModel {
    static final int PAGE_SIZE = 200;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final AuditTrail audit;
    private final TaskRunner tasks;
    private final UiText text;
    private final ErrorReporter errors;
    private final ObjectProperty<AuditAction> action = new SimpleObjectProperty<>();
    private final ObjectProperty<AuditKind> kind = new SimpleObjectProperty<>();
    private final StringProperty from = new SimpleStringProperty("");
    private final StringProperty to = new SimpleStringProperty("");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper chainStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper chainIntact = new ReadOnlyBooleanWrapper(false);
    private AuditTrail.Filter applied = AuditTrail.Filter.ALL;
    private int total;

    /** One line of the table, in words. */
    public record Row(AuditEntry entry, String time, String user, String action, String kind, String summary) {
    }

    public AuditViewModel(AuditTrail audit, TaskRunner tasks, UiText text, ErrorReporter errors) {
        this.audit = audit;
        this.tasks = tasks;
        this.text = text;
        this.errors = errors;
    }

    /** Applies the filters and loads the newest page; a date that is not a real date is refused with a message. */
    public void load() {
        AuditTrail.Filter filter;
        try {
            LocalDate fromDay = DateText.parse(from.get());
            LocalDate toDay = DateText.parse(to.get());
            if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
                status.set(text.text("audit.error.range"));
                return;
            }
            filter = new AuditTrail.Filter(action.get(), kind.get(), fromDay, toDay);
        } catch (DateTimeParseException e) {
            status.set(text.format("audit.error.date", e.getParsedString()));
            return;
        }
        fetch(filter, 0);
    }

    /** Loads the next page under the filters last applied. */
    public void loadMore() {
        if (hasMore.get()) {
            fetch(applied, rows.size());
        }
    }

    /** Clears the filters and loads the newest entries. */
    public void clearFilters() {
        action.set(null);
        kind.set(null);
        from.set("");
        to.set("");
        load();
    }

    private void fetch(AuditTrail.Filter filter, int offset) {
        if (loading.get()) {
            return;
        }
        loading.set(true);
        tasks.run(() -> audit.list(filter, offset, PAGE_SIZE), page -> {
            loading.set(false);
            applied = filter;
            total = page.total();
            List<Row> loaded = page.entries().stream().map(this::row).toList();
            if (offset == 0) {
                rows.setAll(loaded);
            } else {
                rows.addAll(loaded);
            }
            hasMore.set(rows.size() < total);
            status.set(total == 0 ? text.text("audit.empty") : text.format("audit.shown", rows.size(), total));
        }, failure -> {
            loading.set(false);
            errors.report(failure);
        });
    }

    /** Recomputes the hash chain of the trail and says whether it is as recorded. */
    public void verifyChain() {
        chainStatus.set(text.text("audit.verify.running"));
        chainIntact.set(false);
        tasks.run(audit::verify, findings -> {
            chainIntact.set(findings.isEmpty());
            if (findings.isEmpty()) {
                chainStatus.set(text.text("audit.verify.ok"));
            } else {
                List<String> numbers = new ArrayList<>();
                findings.forEach(f -> numbers.add("#" + f.sequence()));
                chainStatus.set(text.format("audit.verify.failed", findings.size(), String.join(", ", numbers)));
            }
        }, failure -> {
            chainStatus.set("");
            errors.report(failure);
        });
    }

    private Row row(AuditEntry e) {
        String entity = kindName(e.kind());
        if (e.kind() == AuditKind.SETTING && e.entityId() != null) {
            entity = entity + " " + e.entityId();
        }
        return new Row(e, TIME.format(e.at().atZone(audit.zone())), e.osUser(), actionName(e.action()), entity,
                e.summary());
    }

    /** The action in words; null is "all". */
    public String actionName(AuditAction a) {
        if (a == null) {
            return text.text("audit.filter.all");
        }
        return text.text(switch (a) {
            case CREATE -> "audit.action.create";
            case UPDATE -> "audit.action.update";
            case DELETE -> "audit.action.delete";
            case FINALIZE -> "audit.action.finalize";
            case CORRECT -> "audit.action.correct";
            case IMPORT -> "audit.action.import";
            case RESTORE -> "audit.action.restore";
            case BACKUP -> "audit.action.backup";
        });
    }

    /** The kind of record in words; null is "all". */
    public String kindName(AuditKind k) {
        if (k == null) {
            return text.text("audit.filter.all");
        }
        return text.text(switch (k) {
            case MEMBER -> "audit.kind.member";
            case STATUS_EVENT -> "audit.kind.statusEvent";
            case CELL -> "audit.kind.cell";
            case MEETING -> "audit.kind.meeting";
            case CORRECTION -> "audit.kind.correction";
            case PLEDGE -> "audit.kind.pledge";
            case PLEDGE_FOLLOW_UP -> "audit.kind.pledgeFollowUp";
            case REVIEW_PERIOD -> "audit.kind.reviewPeriod";
            case MEMBER_REVIEW -> "audit.kind.memberReview";
            case REVIEW_FINAL_LEVEL -> "audit.kind.reviewFinalLevel";
            case SETTING -> "audit.kind.setting";
            case DATA -> "audit.kind.data";
        });
    }

    /** The choices of the action filter: null (all) first. */
    public List<AuditAction> actionChoices() {
        List<AuditAction> choices = new ArrayList<>();
        choices.add(null);
        choices.addAll(Arrays.asList(AuditAction.values()));
        return choices;
    }

    /** The choices of the kind filter: null (all) first. */
    public List<AuditKind> kindChoices() {
        List<AuditKind> choices = new ArrayList<>();
        choices.add(null);
        choices.addAll(Arrays.asList(AuditKind.values()));
        return choices;
    }

    public ObjectProperty<AuditAction> actionProperty() {
        return action;
    }

    public ObjectProperty<AuditKind> kindProperty() {
        return kind;
    }

    /** The first day shown, as typed (dd/MM/yyyy); blank for no limit. */
    public StringProperty fromProperty() {
        return from;
    }

    /** The last day shown, as typed; blank for no limit. */
    public StringProperty toProperty() {
        return to;
    }

    public ObservableList<Row> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True while more entries match than are shown. */
    public ReadOnlyBooleanProperty hasMoreProperty() {
        return hasMore.getReadOnlyProperty();
    }

    /** "Đang hiện 200 trong 3.456 mục", "Chưa có mục nào", or why the filter was refused. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty chainStatusProperty() {
        return chainStatus.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty chainIntactProperty() {
        return chainIntact.getReadOnlyProperty();
    }
}
