package vn.sochibo.ui.meetings;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sochibo.domain.common.Ids;
import vn.sochibo.domain.common.Problem;
import vn.sochibo.domain.common.Text;
import vn.sochibo.domain.meeting.AttendanceCounts;
import vn.sochibo.domain.meeting.Meeting;
import vn.sochibo.domain.meeting.VoteOutcome;
import vn.sochibo.domain.meeting.VoteSubject;
import vn.sochibo.domain.meeting.VoteTally;
import vn.sochibo.ui.common.UiText;

/**
 * The votes: a question, what it decides, how it was voted, and the counts, which must add up to the
 * official members present. A vote that does not add up is never saved; the message says why as the counts
 * are typed.
 */
public final class VotesModel {
    /** One recorded vote and its line as the minutes word it. */
    public record Row(Meeting.Vote vote, String summary) {
    }

    private final MeetingEditorViewModel editor;
    private final UiText text;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final StringProperty question = new SimpleStringProperty("");
    private final ObjectProperty<VoteSubject> subject = new SimpleObjectProperty<>(VoteSubject.RESOLUTION);
    private final BooleanProperty secret = new SimpleBooleanProperty(false);
    private final StringProperty inFavour = new SimpleStringProperty("");
    private final StringProperty against = new SimpleStringProperty("0");
    private final StringProperty other = new SimpleStringProperty("0");
    private final ReadOnlyStringWrapper check = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    VotesModel(MeetingEditorViewModel editor, UiText text) {
        this.editor = editor;
        this.text = text;
        for (StringProperty p : List.of(inFavour, against, other)) {
            p.addListener((obs, old, v) -> updateCheck());
        }
        subject.addListener((obs, old, v) -> updateCheck());
        editor.countsProperty().addListener((obs, old, c) -> {
            updateCheck();
            if (editor.draft() != null) {
                rows.setAll(editor.draft().votes.stream().map(this::row).toList());
            }
        });
    }

    void reload() {
        rows.setAll(editor.draft().votes.stream().map(this::row).toList());
        question.set("");
        inFavour.set("");
        against.set("0");
        other.set("0");
        secret.set(false);
        subject.set(VoteSubject.RESOLUTION);
        error.set("");
        updateCheck();
    }

    private Row row(Meeting.Vote v) {
        AttendanceCounts counts = editor.countsProperty().get();
        VoteTally t = v.tally();
        String line = text.format("voting.line", t.inFavour(), t.total(), t.against(), t.other());
        if (counts != null) {
            List<Problem> problems = t.check(counts.eligibleVoters());
            if (!problems.isEmpty()) {
                line = line + " — " + editor.describe(problems);
            } else {
                VoteOutcome outcome = VoteOutcome.decide(t, counts, editor.thresholds().of(v.subject()));
                line = line + " — " + text.text(outcome.passed() ? "voting.passed" : "voting.notPassed");
            }
        }
        return new Row(v, text.format("voting.row", v.question(), MeetingText.subject(text, v.subject()), line));
    }

    /** The tally typed, or null (with the message set) when a count is not a whole number. */
    private VoteTally tally() {
        try {
            return new VoteTally(number(inFavour.get()), number(against.get()), number(other.get()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int number(String typed) {
        return typed == null || typed.isBlank() ? 0 : Integer.parseInt(typed.strip());
    }

    private void updateCheck() {
        AttendanceCounts counts = editor.countsProperty().get();
        VoteTally t = tally();
        if (counts == null) {
            check.set("");
        } else if (t == null) {
            check.set(text.text("voting.error.number"));
        } else {
            List<Problem> problems = t.check(counts.eligibleVoters());
            if (!problems.isEmpty()) {
                check.set(editor.describe(problems));
            } else {
                VoteOutcome outcome = VoteOutcome.decide(t, counts, editor.thresholds().of(subject.get()));
                check.set(text.format("voting.check.ok", t.inFavour(), counts.eligibleVoters(),
                        String.format("%.0f", outcome.percentInFavour()),
                        text.text(outcome.passed() ? "voting.passed" : "voting.notPassed")));
            }
        }
    }

    /** Records the vote typed; refused (nothing saved) when the question is empty or the counts do not add up. */
    public boolean add() {
        if (editor.readOnlyProperty().get()) {
            return false;
        }
        if (Text.isBlank(question.get())) {
            error.set(text.text("voting.error.question"));
            return false;
        }
        VoteTally t = tally();
        AttendanceCounts counts = editor.countsProperty().get();
        if (t == null) {
            error.set(text.text("voting.error.number"));
            return false;
        }
        List<Problem> problems = counts == null ? List.of() : t.check(counts.eligibleVoters());
        if (counts == null || !problems.isEmpty()) {
            error.set(editor.describe(problems));
            return false;
        }
        Meeting.Vote v = new Meeting.Vote(Ids.newId(), question.get().strip(), subject.get(), secret.get(), t);
        editor.draft().votes.add(v);
        rows.add(row(v));
        error.set("");
        question.set("");
        inFavour.set("");
        against.set("0");
        other.set("0");
        editor.changedNow();
        return true;
    }

    public void remove(Row row) {
        if (editor.readOnlyProperty().get() || row == null) {
            return;
        }
        editor.draft().votes.remove(row.vote());
        rows.remove(row);
        editor.changedNow();
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public StringProperty questionProperty() {
        return question;
    }

    public ObjectProperty<VoteSubject> subjectProperty() {
        return subject;
    }

    public BooleanProperty secretProperty() {
        return secret;
    }

    public StringProperty inFavourProperty() {
        return inFavour;
    }

    public StringProperty againstProperty() {
        return against;
    }

    public StringProperty otherProperty() {
        return other;
    }

    /** What the counts typed give: the mismatch, or the result. */
    public ReadOnlyStringProperty checkProperty() {
        return check.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
