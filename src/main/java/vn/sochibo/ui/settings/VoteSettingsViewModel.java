package vn.sochibo.ui.settings;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sochibo.application.common.TaskRunner;
import vn.sochibo.application.settings.SettingsService;
import vn.sochibo.domain.meeting.VoteSubject;
import vn.sochibo.domain.meeting.VoteThreshold;
import vn.sochibo.domain.meeting.VoteThresholds;
import vn.sochibo.ui.common.ErrorReporter;
import vn.sochibo.ui.common.UiText;

/**
 * The "Biểu quyết" settings: for each kind of vote, the share of votes in favour it needs (more than 1/2, at
 * least 2/3, …) and of what (the meeting's base, or the official members present). Each row shows its
 * default and can be put back to it; the whole table is saved at once.
 */
public final class VoteSettingsViewModel {
    /** The shares offered; a stored one not in this list (e.g. "3/4") is offered too, for its subject. */
    public static final List<Fraction> FRACTIONS = List.of(new Fraction(1, 2, true), new Fraction(1, 2, false),
            new Fraction(2, 3, true), new Fraction(2, 3, false));

    private final SettingsService settings;
    private final TaskRunner tasks;
    private final UiText text;
    private final ErrorReporter errors;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final BooleanProperty saving = new SimpleBooleanProperty(false);

    /** "more than 1/2" ({@code strict}) or "at least 2/3". */
    public record Fraction(int numerator, int denominator, boolean strict) {
        static Fraction of(VoteThreshold t) {
            return new Fraction(t.numerator(), t.denominator(), t.strict());
        }
    }

    /** One kind of vote with the rule chosen for it. */
    public final class Row {
        private final VoteSubject subject;
        private final ObservableList<Fraction> fractions = FXCollections.observableArrayList(FRACTIONS);
        private final ObjectProperty<Fraction> fraction = new SimpleObjectProperty<>();
        private final ObjectProperty<VoteThreshold.Reference> reference = new SimpleObjectProperty<>();

        Row(VoteSubject subject, VoteThreshold current) {
            this.subject = subject;
            show(current);
        }

        private void show(VoteThreshold t) {
            Fraction f = Fraction.of(t);
            if (!fractions.contains(f)) {
                fractions.add(f);
            }
            fraction.set(f);
            reference.set(t.of());
        }

        public VoteSubject subject() {
            return subject;
        }

        public String subjectName() {
            return vn.sochibo.ui.meetings.MeetingText.subject(text, subject);
        }

        /** "Mặc định: trên 1/2 tổng số đảng viên chính thức của chi bộ". */
        public String defaultText() {
            return text.format("settings.votes.default", describe(subject.defaultThreshold()));
        }

        public ObservableList<Fraction> fractions() {
            return fractions;
        }

        public ObjectProperty<Fraction> fractionProperty() {
            return fraction;
        }

        public ObjectProperty<VoteThreshold.Reference> referenceProperty() {
            return reference;
        }

        public boolean isDefault() {
            return threshold().equals(subject.defaultThreshold());
        }

        /** Puts the default rule back in the form (saved with the table). */
        public void restoreDefault() {
            show(subject.defaultThreshold());
            status.set(text.text("settings.defaultsFilled"));
        }

        VoteThreshold threshold() {
            Fraction f = fraction.get();
            return new VoteThreshold(f.numerator(), f.denominator(), f.strict(), reference.get());
        }
    }

    public VoteSettingsViewModel(SettingsService settings, TaskRunner tasks, UiText text, ErrorReporter errors) {
        this.settings = settings;
        this.tasks = tasks;
        this.text = text;
        this.errors = errors;
    }

    public void load() {
        tasks.run(settings::voteThresholds, loaded -> {
            List<Row> all = new ArrayList<>();
            for (VoteSubject s : VoteSubject.values()) {
                all.add(new Row(s, loaded.of(s)));
            }
            rows.setAll(all);
            status.set("");
        }, errors::report);
    }

    public void restoreAllDefaults() {
        rows.forEach(Row::restoreDefault);
    }

    public void save() {
        Map<VoteSubject, VoteThreshold> chosen = new EnumMap<>(VoteSubject.class);
        rows.forEach(r -> chosen.put(r.subject(), r.threshold()));
        status.set("");
        saving.set(true);
        tasks.run(() -> {
            settings.setVoteThresholds(chosen);
            return chosen;
        }, saved -> {
            saving.set(false);
            status.set(text.text("settings.saved"));
        }, failure -> {
            saving.set(false);
            errors.report(failure);
        });
    }

    /** "trên 1/2", "từ 2/3 trở lên". */
    public String describe(Fraction f) {
        return text.format(f.strict() ? "settings.votes.fraction.strict" : "settings.votes.fraction.atLeast",
                f.numerator(), f.denominator());
    }

    public String describe(VoteThreshold.Reference reference) {
        return text.text(switch (reference) {
            case BASE -> "settings.votes.reference.BASE";
            case PRESENT -> "settings.votes.reference.PRESENT";
        });
    }

    public String describe(VoteThreshold t) {
        return describe(Fraction.of(t)) + " " + describe(t.of());
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** The thresholds as chosen in the form (not necessarily saved). */
    public VoteThresholds chosen() {
        Map<VoteSubject, VoteThreshold> chosen = new EnumMap<>(VoteSubject.class);
        rows.forEach(r -> chosen.put(r.subject(), r.threshold()));
        return new VoteThresholds(chosen);
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public BooleanProperty savingProperty() {
        return saving;
    }
}
