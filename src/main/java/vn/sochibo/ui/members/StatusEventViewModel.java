package vn.sochibo.ui.members;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.sochibo.application.common.TaskRunner;
import vn.sochibo.application.member.MemberService;
import vn.sochibo.domain.member.Member;
import vn.sochibo.domain.member.StatusEventType;
import vn.sochibo.ui.common.FieldErrors;
import vn.sochibo.ui.common.UiText;

/** The "add a status event" form for one member: type, date, note (decision number or reason). */
public final class StatusEventViewModel {
    private final MemberService members;
    private final TaskRunner tasks;
    private final Member member;
    private final ObjectProperty<StatusEventType> type = new SimpleObjectProperty<>();
    private final StringProperty date = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final BooleanProperty saving = new SimpleBooleanProperty(false);
    private final FieldErrors errors;

    public StatusEventViewModel(Member member, MemberService members, TaskRunner tasks, UiText text) {
        this.member = member;
        this.members = members;
        this.tasks = tasks;
        // "history" problems concern how the new event fits the existing ones: shown under the date.
        this.errors = new FieldErrors(text, "eventType", "eventDate", "history", "note");
    }

    public List<StatusEventType> types() {
        return List.of(StatusEventType.values());
    }

    public Member member() {
        return member;
    }

    public void save(Consumer<Member> onSaved) {
        errors.clear();
        LocalDate day = errors.parseDate("eventDate", date.get());
        if (!errors.isEmpty()) {
            return;
        }
        errors.submit(tasks, saving, () -> members.addEvent(member.id(), type.get(), day, note.get()), onSaved);
    }

    public FieldErrors errors() {
        return errors;
    }

    public BooleanProperty savingProperty() {
        return saving;
    }

    public ObjectProperty<StatusEventType> typeProperty() {
        return type;
    }

    public StringProperty dateProperty() {
        return date;
    }

    public StringProperty noteProperty() {
        return note;
    }
}
