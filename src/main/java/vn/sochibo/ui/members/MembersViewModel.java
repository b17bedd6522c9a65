package vn.sochibo.ui.members;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sochibo.application.common.TaskRunner;
import vn.sochibo.application.member.MemberService;
import vn.sochibo.application.settings.SettingsService;
import vn.sochibo.domain.member.Member;
import vn.sochibo.ui.common.ErrorReporter;
import vn.sochibo.ui.common.UiText;

/**
 * The roster screen: the members matching the search and the status filter (in the service's Vietnamese
 * order), how many there are, the selected member, and the reminder about probationary members due for
 * review. Every change of the search or the filter reloads the list in the background.
 */
public final class MembersViewModel {
    private final MemberService members;
    private final SettingsService settings;
    private final TaskRunner tasks;
    private final UiText text;
    private final ErrorReporter errors;

    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<StatusFilter> statusFilter = new SimpleObjectProperty<>(StatusFilter.ALL);
    private final ObservableList<Member> shown = FXCollections.observableArrayList();
    private final ObjectProperty<Member> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper reminder = new ReadOnlyStringWrapper("");
    private LocalDate today;

    public MembersViewModel(MemberService members, SettingsService settings, TaskRunner tasks, UiText text,
            ErrorReporter errors) {
        this.members = members;
        this.settings = settings;
        this.tasks = tasks;
        this.text = text;
        this.errors = errors;
        this.today = members.today();
        query.addListener((obs, old, q) -> refresh());
        statusFilter.addListener((obs, old, f) -> refresh());
    }

    private record Snapshot(List<Member> matching, int total, List<Member> dueForReview, LocalDate today) {
    }

    /** Reloads the list, the count and the reminder; keeps the selection when the member is still shown. */
    public void refresh() {
        refreshThenSelect(selected.get() == null ? null : selected.get().id());
    }

    /** Reloads, then selects the given member (e.g. the one just added) if shown. */
    public void refreshThenSelect(UUID memberId) {
        String q = query.get();
        StatusFilter filter = statusFilter.get() == null ? StatusFilter.ALL : statusFilter.get();
        tasks.run(() -> new Snapshot(members.search(q, filter.status()), members.all().size(),
                        members.dueForProbationReview(settings.probationReminderDays()), members.today()),
                snapshot -> apply(snapshot, memberId), errors::report);
    }

    private void apply(Snapshot snapshot, UUID memberId) {
        today = snapshot.today();
        shown.setAll(snapshot.matching());
        selected.set(shown.stream().filter(m -> m.id().equals(memberId)).findFirst().orElse(null));
        boolean filtered = !query.get().isBlank() || !StatusFilter.ALL.equals(statusFilter.get());
        count.set(filtered ? text.format("members.count.filtered", shown.size(), snapshot.total())
                : text.format("members.count", snapshot.total()));
        reminder.set(reminderText(snapshot.dueForReview()));
    }

    private String reminderText(List<Member> due) {
        if (due.isEmpty()) {
            return "";
        }
        String names = due.stream()
                .map(m -> text.format("members.reminder.item", m.fullName(), m.probationEnds()))
                .collect(Collectors.joining("; "));
        return text.format("members.reminder", due.size(), names);
    }

    /** Deletes a member entered by mistake; the service refuses committee members (shown as a message). */
    public void delete(Member member, Runnable onDeleted) {
        Objects.requireNonNull(member, "member");
        tasks.run(() -> {
            members.delete(member.id());
            return member;
        }, deleted -> {
            refreshThenSelect(null);
            onDeleted.run();
        }, errors::report);
    }

    /** The status shown in the table: the status today. */
    public String statusOf(Member member) {
        return text.status(member.statusOn(today));
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<StatusFilter> statusFilterProperty() {
        return statusFilter;
    }

    public ObservableList<Member> members() {
        return shown;
    }

    public ObjectProperty<Member> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** Empty when no probationary member is due for review. */
    public ReadOnlyStringProperty reminderProperty() {
        return reminder.getReadOnlyProperty();
    }

    public LocalDate today() {
        return today;
    }
}
