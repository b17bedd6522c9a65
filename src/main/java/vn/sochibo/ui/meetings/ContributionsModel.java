package vn.sochibo.ui.meetings;

import java.util.List;
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
 * The speaker is the first member matching what is typed, present members first.
 */
public final class ContributionsModel {
    /** One contribution as listed. */
    public record Row(Meeting.Contribution contribution, String speaker, String part) {
    }

    private final MeetingEditorViewModel editor;
    private final UiText text;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final StringProperty speakerQuery = new SimpleStringProperty("");
    private final ObservableList<Member> matches = FXCollections.observableArrayList();
    private final ObjectProperty<Member> speaker = new SimpleObjectProperty<>();
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
        List<Member> found = editor.roster().stream().filter(m -> Text.matches(m.fullName(), query))
                .sorted(java.util.Comparator.comparing((Member m) -> {
                    Meeting.RollCallEntry r = draft == null ? null : draft.rollCall.get(m.id());
                    return r != null && r.attendance().isPresent() ? 0 : 1;
                })).toList();
        matches.setAll(found);
        speaker.set(found.isEmpty() ? null : found.get(0));
    }

    void reload() {
        MeetingDraft draft = editor.draft();
        rows.setAll(draft.contributions.stream().map(this::row).toList());
        speakerQuery.set("");
        contributionText.set("");
        error.set("");
        List<Meeting.AgendaPart> parts = draft.agenda;
        part.set(parts.size() > 1 ? parts.get(1) : parts.isEmpty() ? null : parts.get(0));
    }

    private Row row(Meeting.Contribution c) {
        String partTitle = editor.draft().agenda.stream().filter(p -> p.id().equals(c.partId())).findFirst()
                .map(Meeting.AgendaPart::title).orElse("");
        return new Row(c, editor.memberName(c.speakerMemberId()), partTitle);
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
        Meeting.Contribution c = new Meeting.Contribution(Ids.newId(), p == null ? null : p.id(), speaker.get().id(),
                null, contributionText.get().strip());
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

    public ObservableList<Member> matches() {
        return matches;
    }

    public ObjectProperty<Member> speakerProperty() {
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
