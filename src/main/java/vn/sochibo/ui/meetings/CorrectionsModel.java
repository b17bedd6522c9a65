package vn.sochibo.ui.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
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
import vn.sochibo.application.common.TaskRunner;
import vn.sochibo.application.meeting.MeetingService;
import vn.sochibo.domain.meeting.Correction;
import vn.sochibo.domain.meeting.Meeting;
import vn.sochibo.ui.common.DateText;
import vn.sochibo.ui.common.ErrorReporter;
import vn.sochibo.ui.common.FieldErrors;
import vn.sochibo.ui.common.UiText;

/**
 * The correction addenda of the finalized meeting shown in the editor: a one-line summary of those recorded,
 * and the form for a new one ({@link Form}). An addendum is locked as soon as it is saved.
 */
public final class CorrectionsModel {
    private final MeetingService meetings;
    private final TaskRunner tasks;
    private final UiText text;
    private final ErrorReporter errors;
    private final Clock clock;
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private Meeting meeting;

    public CorrectionsModel(MeetingService meetings, TaskRunner tasks, UiText text, ErrorReporter errors, Clock clock) {
        this.meetings = meetings;
        this.tasks = tasks;
        this.text = text;
        this.errors = errors;
        this.clock = clock;
    }

    /** Shows the addenda of this meeting (none for a draft: drafts are corrected directly). */
    public void show(Meeting shown) {
        this.meeting = shown;
        summary.set("");
        if (shown == null || !shown.isFinalized()) {
            return;
        }
        UUID id = shown.id();
        tasks.run(() -> meetings.corrections(id), list -> {
            if (meeting != null && meeting.id().equals(id)) {
                summary.set(describe(list));
            }
        }, errors::report);
    }

    /** "Phụ lục đính chính: biên bản số 01 (20/11/2026); nghị quyết số 01 (21/11/2026)", or "" for none. */
    private String describe(List<Correction> list) {
        if (list.isEmpty()) {
            return "";
        }
        return text.format("editor.correction.summary", list.stream()
                .map(c -> text.format("editor.correction.summary.item", text.text(documentKey(c.document())),
                        String.format(Locale.ROOT, "%02d", c.number()), DateText.format(c.date())))
                .collect(Collectors.joining("; ")));
    }

    /** The screen word for the corrected document: "biên bản", "nghị quyết". */
    static String documentKey(Correction.CorrectedDocument document) {
        return switch (document) {
            case MINUTES -> "editor.correction.document.MINUTES";
            case RESOLUTION -> "editor.correction.document.RESOLUTION";
        };
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Whether the meeting shown can take an addendum. */
    public boolean canCorrect() {
        return meeting != null && meeting.isFinalized();
    }

    /** A blank form for a new addendum to the meeting shown. */
    public Form newForm() {
        if (!canCorrect()) {
            throw new IllegalStateException("only a finalized meeting takes a correction");
        }
        return new Form(meeting.id());
    }

    /** One place to correct: where, what was written, what it should read. */
    public static final class ItemRow {
        private final StringProperty location = new SimpleStringProperty("");
        private final StringProperty recorded = new SimpleStringProperty("");
        private final StringProperty corrected = new SimpleStringProperty("");

        public StringProperty locationProperty() {
            return location;
        }

        public StringProperty recordedProperty() {
            return recorded;
        }

        public StringProperty correctedProperty() {
            return corrected;
        }

        Correction.Item toItem() {
            return new Correction.Item(location.get(), recorded.get(), corrected.get());
        }
    }

    /** The "Lập phụ lục đính chính" form: document, day (today), reason, and the places to correct. */
    public final class Form {
        private final UUID meetingId;
        private final ObjectProperty<Correction.CorrectedDocument> document =
                new SimpleObjectProperty<>(Correction.CorrectedDocument.MINUTES);
        private final StringProperty date = new SimpleStringProperty(DateText.format(LocalDate.now(clock)));
        private final StringProperty reason = new SimpleStringProperty("");
        private final ObservableList<ItemRow> items = FXCollections.observableArrayList(new ItemRow());
        private final FieldErrors fieldErrors = new FieldErrors(text, "document", "date", "reason", "items");
        private final BooleanProperty busy = new SimpleBooleanProperty(false);

        private Form(UUID meetingId) {
            this.meetingId = meetingId;
        }

        public ItemRow addItem() {
            ItemRow row = new ItemRow();
            items.add(row);
            return row;
        }

        /** Removes a place; the form always keeps at least one. */
        public void removeItem(ItemRow row) {
            if (items.size() > 1) {
                items.remove(row);
            }
        }

        /** Checks and records the addendum; a refusal shows on the form and nothing is written. */
        public void save(Consumer<Correction> onSaved) {
            fieldErrors.clear();
            LocalDate day = fieldErrors.parseDate("date", date.get());
            if (!fieldErrors.isEmpty()) {
                return;
            }
            Correction.Draft draft = new Correction.Draft(meetingId, document.get(), day, reason.get(),
                    items.stream().map(ItemRow::toItem).toList());
            fieldErrors.submit(tasks, busy, () -> meetings.addCorrection(draft), saved -> {
                show(meeting);
                onSaved.accept(saved);
            });
        }

        public ObjectProperty<Correction.CorrectedDocument> documentProperty() {
            return document;
        }

        public StringProperty dateProperty() {
            return date;
        }

        public StringProperty reasonProperty() {
            return reason;
        }

        public ObservableList<ItemRow> items() {
            return items;
        }

        public FieldErrors errors() {
            return fieldErrors;
        }

        public BooleanProperty busyProperty() {
            return busy;
        }
    }
}
