package vn.sochibo.ui.members;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sochibo.application.common.TaskRunner;
import vn.sochibo.application.member.MemberService;
import vn.sochibo.domain.member.Member;
import vn.sochibo.ui.common.ErrorReporter;
import vn.sochibo.ui.common.UiText;

/** The selected member's details and status history, with removal of a recorded event. */
public final class MemberDetailsViewModel {
    private final MemberService members;
    private final TaskRunner tasks;
    private final UiText text;
    private final ErrorReporter errors;
    private final ObjectProperty<Member> member = new SimpleObjectProperty<>();
    private final ObservableList<HistoryEntry> history = FXCollections.observableArrayList();

    public MemberDetailsViewModel(MemberService members, TaskRunner tasks, UiText text, ErrorReporter errors) {
        this.members = members;
        this.tasks = tasks;
        this.text = text;
        this.errors = errors;
        member.addListener((obs, old, m) -> history.setAll(m == null ? List.of() : HistoryEntry.of(m, text)));
    }

    /** Removes a recorded event (not admission or recognition, which belong to the member form). */
    public void removeEvent(HistoryEntry entry, Consumer<Member> onRemoved) {
        Member current = member.get();
        if (current == null || entry == null || !entry.isRemovable()) {
            return;
        }
        tasks.run(() -> members.removeEvent(current.id(), entry.eventId()), onRemoved, errors::report);
    }

    /** The selected member's status today, in words. */
    public String statusText() {
        Member current = member.get();
        return current == null ? "" : text.status(current.statusOn(members.today()));
    }

    public String describe(HistoryEntry entry) {
        return text.format("members.history.confirmRemove", entry.description(), entry.date());
    }

    public ObjectProperty<Member> memberProperty() {
        return member;
    }

    public ObservableList<HistoryEntry> history() {
        return history;
    }
}
