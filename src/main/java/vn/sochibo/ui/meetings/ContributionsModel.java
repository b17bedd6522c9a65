package vn.sochibo.ui.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sochibo.domain.common.Ids;
import vn.sochibo.domain.common.Text;
import vn.sochibo.domain.meeting.Meeting;
import vn.sochibo.domain.member.Member;
import vn.sochibo.ui.common.UiText;

/**
 * Who said what, entered fast: type part of the speaker's name (no diacritics needed), the text, Enter.
 * The speaker is the first member or guest matching what is typed: members present and guests first, then
 * the other members on the roster.
 */
public final class ContributionsModel {
    /** One contribution as listed. */
    public record Row(Meeting.Contribution contribution, String speaker, String part) {
    }

    /** A member or a guest who can speak; exactly one of the ids is set. */
    public record Speaker(UUID memberId, UUID guestId, String name) {
        public boolean isGuest() {
            return guestId != null;
        }
    }

    private final MeetingEditorViewModel editor;
    private final UiText text;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final StringProperty speakerQuery = new SimpleStringProperty("");
    private final ObservableList<Speaker> matches = FXCollections.observableArrayList();
    private final ObjectProperty<Speaker> speaker = new SimpleObjectProperty<>();
    private final ObjectProperty<Meeting.AgendaPart> part = new SimpleObjectProperty<>();
    private final StringProperty contributionText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    ContributionsModel(MeetingEditorViewModel editor, UiText text) {
        this.editor = editor;
        this.text = text;
        speakerQuery.addListener((obs, old, q) -> updateMatches(q));
    }

    private void updateMatches(String query) {
        if (query == null || query.isBlank()) {
            matches.clear();
            speaker.set(null);
            return;
        }
        MeetingDraft draft = editor.draft();
        List<Speaker> present = new ArrayList<>();
        List<Speaker> others = new ArrayList<>();
        for (Member m : editor.roster()) {
            if (Text.matches(m.fullName(), query)) {
                Meeting.RollCallEntry r = draft == null ? null : draft.rollCall.get(m.id());
                (r != null && r.attendance().isPresent() ? present : others).add(new Speaker(m.id(), null, m.fullName()));
            }
        }
        if (draft != null) {
            draft.guests.stream().filter(g -> Text.matches(g.name(), query))
                    .forEach(g -> present.add(new Speaker(null, g.id(), g.name())));
        }
        List<Speaker> found = new ArrayList<>(present);
        found.addAll(others);
        matches.setAll(found);
        speaker.set(found.isEmpty() ? null : found.get(0));
    }

    void reload() {
        MeetingDraft draft = editor.draft();
        rows.setAll(draft.contributions.stream().map(this::row).toList());
        speakerQuery.set("");
        contributionText.set("");
        error.set("");
        List<Meeting.AgendaPart> parts = editor.agenda();
        part.set(parts.size() > 1 ? parts.get(1) : parts.isEmpty() ? null : parts.get(0));
    }

    /** A guest was renamed or removed: the list and the speaker being typed show the guests as they are. */
    void speakersChanged() {
        rows.setAll(editor.draft().contributions.stream().map(this::row).toList());
        updateMatches(speakerQuery.get());
    }

    /**
     * The agenda parts were renamed, moved or removed: the list shows the parts as they are now, and the part
     * chosen for the next contribution is the same part under its new name (the first one when it is gone).
     */
    void partsChanged() {
        rows.setAll(editor.draft().contributions.stream().map(this::row).toList());
        Meeting.AgendaPart chosen = part.get();
        List<Meeting.AgendaPart> parts = editor.agenda();
        part.set(parts.stream().filter(p -> chosen != null && p.id().equals(chosen.id())).findFirst()
                .orElse(parts.isEmpty() ? null : parts.get(0)));
    }

    private Row row(Meeting.Contribution c) {
        String partTitle = editor.draft().agenda.stream().filter(p -> p.id().equals(c.partId())).findFirst()
                .map(Meeting.AgendaPart::title).orElse("");
        return new Row(c, speakerName(c), partTitle);
    }

    private String speakerName(Meeting.Contribution c) {
        if (c.speakerGuestId() == null) {
            return editor.memberName(c.speakerMemberId());
        }
        return editor.draft().guests.stream().filter(g -> g.id().equals(c.speakerGuestId())).findFirst()
                .map(g -> text.format("contributions.speaker.guest", g.name())).orElse("");
    }

    /** How the speaker found is shown while typing: a guest is marked as such. */
    public String describe(Speaker s) {
        return s.isGuest() ? text.format("contributions.speaker.guest", s.name()) : s.name();
    }

    /** Adds the contribution being typed; false (with a message) when the speaker or the text is missing. */
    public boolean add() {
        if (editor.readOnlyProperty().get()) {
            return false;
        }
        if (speaker.get() == null) {
            error.set(text.text("contributions.error.speaker"));
            return false;
        }
        if (Text.isBlank(contributionText.get())) {
            error.set(text.text("contributions.error.text"));
            return false;
        }
        Meeting.AgendaPart p = part.get();
        Speaker who = speaker.get();
        Meeting.Contribution c = new Meeting.Contribution(Ids.newId(), p == null ? null : p.id(), who.memberId(),
                who.guestId(), contributionText.get().strip());
        editor.draft().contributions.add(c);
        rows.add(row(c));
        error.set("");
        contributionText.set("");
        speakerQuery.set("");
        editor.changedNow();
        return true;
    }

    public void remove(Row row) {
        if (editor.readOnlyProperty().get() || row == null) {
            return;
        }
        editor.draft().contributions.remove(row.contribution());
        rows.remove(row);
        editor.changedNow();
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public StringProperty speakerQueryProperty() {
        return speakerQuery;
    }

    public ObservableList<Speaker> matches() {
        return matches;
    }

    public ObjectProperty<Speaker> speakerProperty() {
        return speaker;
    }

    public ObjectProperty<Meeting.AgendaPart> partProperty() {
        return part;
    }

    public StringProperty textProperty() {
        return contributionText;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
