package vn.sochibo.ui.cell;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sochibo.domain.cell.CellProfile;
import vn.sochibo.domain.member.Member;
import vn.sochibo.ui.common.DateText;
import vn.sochibo.ui.common.FieldErrors;
import vn.sochibo.ui.common.UiText;

/**
 * The cell profile as a form: text as typed, the committee chosen among the members. Used by the first-run
 * set-up (without the committee) and by the settings screen.
 */
public final class CellProfileFormViewModel {
    private final UiText text;
    private final StringProperty cellName = new SimpleStringProperty("");
    private final StringProperty upperOrganisation = new SimpleStringProperty("");
    private final StringProperty placeName = new SimpleStringProperty("");
    private final StringProperty termStart = new SimpleStringProperty("");
    private final StringProperty termEnd = new SimpleStringProperty("");
    private final ObjectProperty<MemberChoice> secretary = new SimpleObjectProperty<>();
    private final ObjectProperty<MemberChoice> deputy = new SimpleObjectProperty<>();
    private final ObservableList<MemberChoice> leaderChoices = FXCollections.observableArrayList();
    private final ObservableList<CommitteeChoice> committeeChoices = FXCollections.observableArrayList();
    private final MemberChoice nobody;
    private final FieldErrors errors;

    public CellProfileFormViewModel(UiText text) {
        this.text = text;
        this.nobody = new MemberChoice(null, text.text("cell.nobody"));
        this.errors = new FieldErrors(text, "cellName", "upperOrganisation", "placeName", "term", "secretaryId", "deputyId", "committeeMemberIds");
        leaderChoices.setAll(nobody);
        secretary.set(nobody);
        deputy.set(nobody);
    }

    /** A member offered for the committee, ticked or not. */
    public static final class CommitteeChoice {
        private final MemberChoice member;
        private final BooleanProperty selected = new SimpleBooleanProperty();

        CommitteeChoice(MemberChoice member, boolean selected) {
            this.member = member;
            this.selected.set(selected);
        }

        public MemberChoice member() {
            return member;
        }

        public BooleanProperty selectedProperty() {
            return selected;
        }

        @Override
        public String toString() {
            return member.name();
        }
    }

    /**
     * Fills the form from the stored profile (if any). The members offered for the committee are those on the
     * roster today plus whoever already holds a role.
     */
    public void load(Optional<CellProfile> profile, List<Member> members, LocalDate today) {
        errors.clear();
        List<UUID> holders = new ArrayList<>();
        profile.ifPresent(p -> {
            holders.add(p.secretaryId());
            holders.add(p.deputyId());
            holders.addAll(p.committeeMemberIds());
        });
        List<MemberChoice> offered = members.stream()
                .filter(m -> m.statusOn(today).isOnRoster() || holders.contains(m.id()))
                .map(m -> new MemberChoice(m.id(), m.fullName()))
                .toList();
        List<MemberChoice> leaders = new ArrayList<>();
        leaders.add(nobody);
        leaders.addAll(offered);
        leaderChoices.setAll(leaders);
        cellName.set(profile.map(CellProfile::cellName).orElse(""));
        upperOrganisation.set(profile.map(CellProfile::upperOrganisation).orElse(""));
        placeName.set(profile.map(CellProfile::placeName).orElse(""));
        termStart.set(DateText.format(profile.map(CellProfile::termStart).orElse(null)));
        termEnd.set(DateText.format(profile.map(CellProfile::termEnd).orElse(null)));
        secretary.set(choiceFor(profile.map(CellProfile::secretaryId).orElse(null)));
        deputy.set(choiceFor(profile.map(CellProfile::deputyId).orElse(null)));
        List<UUID> committee = profile.map(CellProfile::committeeMemberIds).orElse(List.of());
        committeeChoices.setAll(offered.stream().map(m -> new CommitteeChoice(m, committee.contains(m.id()))).toList());
    }

    private MemberChoice choiceFor(UUID id) {
        return leaderChoices.stream().filter(c -> Objects.equals(c.id(), id)).findFirst().orElse(nobody);
    }

    /**
     * The profile as typed, or empty when a date is not a date (the errors then say which). Whether the
     * profile is acceptable is decided by the service, which reports problems into {@link #errors()}.
     */
    public Optional<CellProfile> toProfile() {
        errors.clear();
        LocalDate start = errors.parseDate("term", termStart.get());
        LocalDate end = errors.parseDate("term", termEnd.get());
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        List<UUID> committee = committeeChoices.stream()
                .filter(c -> c.selectedProperty().get())
                .map(c -> c.member().id())
                .toList();
        return Optional.of(new CellProfile(cellName.get(), upperOrganisation.get(), placeName.get(), start, end,
                idOf(secretary.get()), idOf(deputy.get()), committee));
    }

    private static UUID idOf(MemberChoice choice) {
        return choice == null ? null : choice.id();
    }

    public FieldErrors errors() {
        return errors;
    }

    public StringProperty cellNameProperty() {
        return cellName;
    }

    public StringProperty upperOrganisationProperty() {
        return upperOrganisation;
    }

    public StringProperty placeNameProperty() {
        return placeName;
    }

    public StringProperty termStartProperty() {
        return termStart;
    }

    public StringProperty termEndProperty() {
        return termEnd;
    }

    public ObjectProperty<MemberChoice> secretaryProperty() {
        return secretary;
    }

    public ObjectProperty<MemberChoice> deputyProperty() {
        return deputy;
    }

    public ObservableList<MemberChoice> leaderChoices() {
        return leaderChoices;
    }

    public ObservableList<CommitteeChoice> committeeChoices() {
        return committeeChoices;
    }
}
