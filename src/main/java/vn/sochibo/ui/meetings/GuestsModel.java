package vn.sochibo.ui.meetings;

import java.util.UUID;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sochibo.domain.common.Ids;
import vn.sochibo.domain.common.Text;
import vn.sochibo.domain.meeting.Meeting;
import vn.sochibo.ui.common.UiText;

/**
 * The meeting's guests (full name, position and organisation): added, edited and removed in the header; they
 * can speak like members. A guest who has spoken is not removed: the secretary removes or reassigns the
 * guest's contributions first, so nothing said in the meeting disappears with the guest.
 */
public final class GuestsModel {
    private final MeetingEditorViewModel editor;
    private final UiText text;
    private final ObservableList<Meeting.Guest> guests = FXCollections.observableArrayList();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty position = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Meeting.Guest> editing = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    GuestsModel(MeetingEditorViewModel editor, UiText text) {
        this.editor = editor;
        this.text = text;
    }

    void reload() {
        guests.setAll(editor.draft().guests);
        clearEntry();
    }

    /** Puts a guest into the entry fields to be edited; null starts a new guest. */
    public void edit(Meeting.Guest guest) {
        error.set("");
        if (guest == null || !guests.contains(guest)) {
            clearEntry();
            return;
        }
        editing.set(guest);
        name.set(guest.name());
        position.set(guest.position() == null ? "" : guest.position());
    }

    /** Adds the guest typed, or saves the changes to the guest being edited; false (with a message) without a name. */
    public boolean save() {
        if (editor.readOnlyProperty().get()) {
            return false;
        }
        String cleanName = Text.clean(name.get());
        if (cleanName == null) {
            error.set(text.text("guests.error.name"));
            return false;
        }
        String cleanPosition = Text.clean(position.get());
        MeetingDraft draft = editor.draft();
        Meeting.Guest old = editing.get();
        int at = old == null ? -1 : draft.guests.indexOf(old);
        if (at < 0) {
            Meeting.Guest added = new Meeting.Guest(Ids.newId(), cleanName, cleanPosition);
            draft.guests.add(added);
            guests.add(added);
        } else {
            Meeting.Guest changed = new Meeting.Guest(old.id(), cleanName, cleanPosition);
            draft.guests.set(at, changed);
            guests.set(guests.indexOf(old), changed);
            editor.contributions().speakersChanged();
        }
        clearEntry();
        editor.changedNow();
        return true;
    }

    /**
     * Removes a guest who has not spoken. A guest with contributions is kept and the message says how many
     * contributions are theirs; false then.
     */
    public boolean remove(Meeting.Guest guest) {
        if (editor.readOnlyProperty().get() || guest == null) {
            return false;
        }
        long spoken = contributionsBy(guest.id());
        if (spoken > 0) {
            error.set(text.format("guests.error.hasSpoken", guest.name(), spoken));
            return false;
        }
        editor.draft().guests.removeIf(g -> g.id().equals(guest.id()));
        guests.removeIf(g -> g.id().equals(guest.id()));
        if (editing.get() != null && editing.get().id().equals(guest.id())) {
            clearEntry();
        }
        error.set("");
        editor.contributions().speakersChanged();
        editor.changedNow();
        return true;
    }

    long contributionsBy(UUID guestId) {
        return editor.draft().contributions.stream().filter(c -> guestId.equals(c.speakerGuestId())).count();
    }

    /** "Nguyễn Thị Thu – Đảng ủy viên, phụ trách địa bàn" as the guest list shows it. */
    public String describe(Meeting.Guest guest) {
        return guest.position() == null || guest.position().isBlank() ? guest.name()
                : text.format("guests.row", guest.name(), guest.position());
    }

    private void clearEntry() {
        editing.set(null);
        name.set("");
        position.set("");
        error.set("");
    }

    public ObservableList<Meeting.Guest> guests() {
        return guests;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty positionProperty() {
        return position;
    }

    /** The guest being edited, or null while a new one is typed. */
    public ReadOnlyObjectProperty<Meeting.Guest> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
