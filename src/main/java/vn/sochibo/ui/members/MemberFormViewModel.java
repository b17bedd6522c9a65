package vn.sochibo.ui.members;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.sochibo.application.common.TaskRunner;
import vn.sochibo.application.member.MemberInput;
import vn.sochibo.application.member.MemberService;
import vn.sochibo.domain.member.Gender;
import vn.sochibo.domain.member.Member;
import vn.sochibo.ui.common.DateText;
import vn.sochibo.ui.common.FieldErrors;
import vn.sochibo.ui.common.UiText;

/**
 * The add/edit member form. Dates are kept as typed; saving checks them, then lets the service validate the
 * whole input. A refused input leaves the form open with a message next to each field concerned.
 */
public final class MemberFormViewModel {
    private final MemberService members;
    private final TaskRunner tasks;
    private final UiText text;
    private final UUID editedId;

    private final StringProperty fullName = new SimpleStringProperty("");
    private final ObjectProperty<Gender> gender = new SimpleObjectProperty<>();
    private final StringProperty birthDate = new SimpleStringProperty("");
    private final StringProperty hometown = new SimpleStringProperty("");
    private final StringProperty position = new SimpleStringProperty("");
    private final StringProperty admissionDate = new SimpleStringProperty("");
    private final StringProperty officialDate = new SimpleStringProperty("");
    private final StringProperty cardNumber = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final BooleanProperty saving = new SimpleBooleanProperty(false);
    private final FieldErrors errors;

    private MemberFormViewModel(MemberService members, TaskRunner tasks, UiText text, UUID editedId) {
        this.members = members;
        this.tasks = tasks;
        this.text = text;
        this.editedId = editedId;
        this.errors = new FieldErrors(text, "fullName", "gender", "birthDate", "hometown", "position",
                "admissionDate", "officialDate", "cardNumber", "phone", "note");
    }

    public static MemberFormViewModel forNewMember(MemberService members, TaskRunner tasks, UiText text) {
        return new MemberFormViewModel(members, tasks, text, null);
    }

    public static MemberFormViewModel forEditing(Member member, MemberService members, TaskRunner tasks,
            UiText text) {
        MemberFormViewModel vm = new MemberFormViewModel(members, tasks, text, member.id());
        vm.fullName.set(member.fullName());
        vm.gender.set(member.gender());
        vm.birthDate.set(DateText.format(member.birthDate()));
        vm.hometown.set(orEmpty(member.hometown()));
        vm.position.set(orEmpty(member.position()));
        vm.admissionDate.set(DateText.format(member.admissionDate()));
        vm.officialDate.set(DateText.format(member.officialDate()));
        vm.cardNumber.set(orEmpty(member.cardNumber()));
        vm.phone.set(orEmpty(member.phone()));
        vm.note.set(orEmpty(member.note()));
        return vm;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    public boolean isNew() {
        return editedId == null;
    }

    public String title() {
        return isNew() ? text.plain("memberForm.title.add") : text.format("memberForm.title.edit", fullName.get());
    }

    /** Checks the dates, then saves through the service; {@code onSaved} gets the stored member. */
    public void save(Consumer<Member> onSaved) {
        errors.clear();
        LocalDate birth = errors.parseDate("birthDate", birthDate.get());
        LocalDate admission = errors.parseDate("admissionDate", admissionDate.get());
        LocalDate official = errors.parseDate("officialDate", officialDate.get());
        if (!errors.isEmpty()) {
            return;
        }
        MemberInput input = new MemberInput(fullName.get(), gender.get(), birth, hometown.get(), position.get(),
                admission, official, cardNumber.get(), phone.get(), note.get());
        errors.submit(tasks, saving, () -> isNew() ? members.add(input) : members.update(editedId, input), onSaved);
    }

    public FieldErrors errors() {
        return errors;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving;
    }

    public StringProperty fullNameProperty() {
        return fullName;
    }

    public ObjectProperty<Gender> genderProperty() {
        return gender;
    }

    public StringProperty birthDateProperty() {
        return birthDate;
    }

    public StringProperty hometownProperty() {
        return hometown;
    }

    public StringProperty positionProperty() {
        return position;
    }

    public StringProperty admissionDateProperty() {
        return admissionDate;
    }

    public StringProperty officialDateProperty() {
        return officialDate;
    }

    public StringProperty cardNumberProperty() {
        return cardNumber;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty noteProperty() {
        return note;
    }
}
