package vn.sochibo.ui.pledges;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.sochibo.domain.common.Problem;
import vn.sochibo.domain.common.ValidationException;
import vn.sochibo.domain.pledge.Pledge;
import vn.sochibo.domain.pledge.PledgeItem;
import vn.sochibo.domain.pledge.PledgeKind;
import vn.sochibo.ui.common.DateText;
import vn.sochibo.ui.common.FieldErrors;
import vn.sochibo.ui.common.UiText;

/**
 * The form of one pledge item (new or changed): kind, content, measurable target, deadline, and for a committee
 * member whether it is an extra example-setting item. Saving stores the whole pledge at once; a refusal leaves the
 * form open with the reason next to the field, and nothing is stored.
 */
public final class ItemFormViewModel {
    private static final Pattern ITEM_FIELD = Pattern.compile("items\\[(\\d+)]\\.(\\w+)");

    private final PledgeEditorViewModel editor;
    private final PledgeItem original;
    private final boolean isNew;
    private final UiText text;
    private final ObjectProperty<PledgeKind> kind = new SimpleObjectProperty<>();
    private final StringProperty content = new SimpleStringProperty("");
    private final StringProperty target = new SimpleStringProperty("");
    private final StringProperty deadline = new SimpleStringProperty("");
    private final BooleanProperty exampleSetting = new SimpleBooleanProperty(false);
    private final BooleanProperty saving = new SimpleBooleanProperty(false);
    private final FieldErrors errors;

    ItemFormViewModel(PledgeEditorViewModel editor, PledgeItem item, boolean isNew, UiText text) {
        this.editor = editor;
        this.original = item;
        this.isNew = isNew;
        this.text = text;
        this.errors = new FieldErrors(text, "kind", "content", "target", "deadline");
        kind.set(item.kind());
        content.set(item.content() == null ? "" : item.content());
        target.set(item.target() == null ? "" : item.target());
        deadline.set(DateText.format(item.deadline()));
        exampleSetting.set(item.exampleSetting());
    }

    public String title() {
        return isNew ? text.text("itemForm.title.new") : text.text("itemForm.title.edit");
    }

    /** Stores the pledge with this item; {@code onSaved} gets the item once stored. */
    public void save(Consumer<PledgeItem> onSaved) {
        if (saving.get()) {
            return;
        }
        errors.clear();
        LocalDate due = errors.parseDate("deadline", deadline.get());
        if (!errors.isEmpty()) {
            return;
        }
        PledgeItem item = new PledgeItem(original.id(), kind.get(), content.get(), target.get(), due,
                exampleSetting.get());
        Pledge candidate = editor.withItem(item);
        int index = indexOf(candidate, item);
        saving.set(true);
        editor.tasks().run(() -> editor.save(candidate), saved -> {
            saving.set(false);
            editor.itemSaved(item);
            onSaved.accept(item);
        }, failure -> {
            saving.set(false);
            if (failure instanceof ValidationException refused) {
                errors.clear();
                for (Problem p : refused.problems()) {
                    errors.add(fieldOf(p.field(), index), text.describe(p));
                }
            } else {
                errors.showFailure(failure);
            }
        });
    }

    private static int indexOf(Pledge pledge, PledgeItem item) {
        List<PledgeItem> items = pledge.items();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id().equals(item.id())) {
                return i;
            }
        }
        return -1;
    }

    /** "items[2].content" is this form's "content" when item 2 is this one; anything else is a general message. */
    private static String fieldOf(String field, int index) {
        Matcher m = ITEM_FIELD.matcher(field == null ? "" : field);
        if (m.matches() && Integer.parseInt(m.group(1)) == index) {
            return m.group(2);
        }
        return "";
    }

    public ObjectProperty<PledgeKind> kindProperty() {
        return kind;
    }

    public StringProperty contentProperty() {
        return content;
    }

    public StringProperty targetProperty() {
        return target;
    }

    public StringProperty deadlineProperty() {
        return deadline;
    }

    public BooleanProperty exampleSettingProperty() {
        return exampleSetting;
    }

    public BooleanProperty savingProperty() {
        return saving;
    }

    public FieldErrors errors() {
        return errors;
    }
}
