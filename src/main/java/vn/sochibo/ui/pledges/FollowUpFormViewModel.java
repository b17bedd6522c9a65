package vn.sochibo.ui.pledges;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.sochibo.application.pledge.FollowUpInput;
import vn.sochibo.application.pledge.PledgeService;
import vn.sochibo.domain.pledge.FollowUpStatus;
import vn.sochibo.domain.pledge.PledgeFollowUp;
import vn.sochibo.domain.pledge.PledgeItem;
import vn.sochibo.ui.common.DateText;
import vn.sochibo.ui.common.FieldErrors;
import vn.sochibo.ui.common.UiText;

/**
 * The form of one follow-up of an item: the day it was checked, the status (đang thực hiện, hoàn thành, chưa đạt;
 * "quá hạn" is never chosen, it follows from the deadline), the progress and the evidence. A follow-up recorded at
 * a meeting keeps its meeting. Saving stores it at once; a refusal keeps the form open and stores nothing.
 */
public final class FollowUpFormViewModel {
    private final PledgeEditorViewModel editor;
    private final PledgeService pledges;
    private final PledgeItem item;
    private final PledgeFollowUp original;
    private final String meeting;
    private final UiText text;
    private final StringProperty date = new SimpleStringProperty("");
    private final ObjectProperty<FollowUpStatus> status = new SimpleObjectProperty<>();
    private final StringProperty progress = new SimpleStringProperty("");
    private final StringProperty evidence = new SimpleStringProperty("");
    private final BooleanProperty saving = new SimpleBooleanProperty(false);
    private final FieldErrors errors;

    FollowUpFormViewModel(PledgeEditorViewModel editor, PledgeService pledges, PledgeItem item,
            PledgeFollowUp original, LocalDate day, String meeting, UiText text) {
        this.editor = editor;
        this.pledges = pledges;
        this.item = item;
        this.original = original;
        this.meeting = meeting == null ? "" : meeting;
        this.text = text;
        this.errors = new FieldErrors(text, "date", "status", "progress", "evidence");
        date.set(DateText.format(day));
        if (original != null) {
            status.set(original.status());
            progress.set(original.progress() == null ? "" : original.progress());
            evidence.set(original.evidence() == null ? "" : original.evidence());
        }
    }

    public String title() {
        return original == null ? text.text("followUpForm.title.new") : text.text("followUpForm.title.edit");
    }

    /** The item checked, as the form shows it. */
    public String itemText() {
        return item.content();
    }

    /** The meeting it was recorded at, in words ("" for none). */
    public String meeting() {
        return meeting;
    }

    public void save(Consumer<PledgeFollowUp> onSaved) {
        if (saving.get()) {
            return;
        }
        errors.clear();
        LocalDate day = errors.parseDate("date", date.get());
        if (!errors.isEmpty()) {
            return;
        }
        UUID meetingId = original == null ? null : original.meetingId();
        FollowUpInput input = new FollowUpInput(item.id(), day, progress.get(), status.get(), evidence.get(),
                meetingId);
        UUID id = original == null ? null : original.id();
        errors.submit(editor.tasks(), saving, () -> id == null ? pledges.addFollowUp(input)
                : pledges.editFollowUp(id, input), saved -> {
                    editor.followUpSaved(item.id());
                    onSaved.accept(saved);
                });
    }

    public StringProperty dateProperty() {
        return date;
    }

    public ObjectProperty<FollowUpStatus> statusProperty() {
        return status;
    }

    public StringProperty progressProperty() {
        return progress;
    }

    public StringProperty evidenceProperty() {
        return evidence;
    }

    public BooleanProperty savingProperty() {
        return saving;
    }

    public FieldErrors errors() {
        return errors;
    }
}
