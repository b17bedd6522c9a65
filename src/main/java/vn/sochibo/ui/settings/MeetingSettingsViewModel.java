package vn.sochibo.ui.settings;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import vn.sochibo.application.common.TaskRunner;
import vn.sochibo.application.settings.SettingsService;
import vn.sochibo.domain.common.Problem;
import vn.sochibo.domain.common.ValidationException;
import vn.sochibo.domain.meeting.MeetingStandards;
import vn.sochibo.domain.meeting.SelfScoreSheet;
import vn.sochibo.ui.common.ErrorReporter;
import vn.sochibo.ui.common.FieldErrors;
import vn.sochibo.ui.common.UiText;

/**
 * The "Sinh hoạt" settings: the meeting standards (minimum minutes, low-attendance percent) and the
 * self-score sheet (criteria with their maximum points). Each part is saved on its own; a refused input shows
 * its problems next to the fields and changes nothing.
 */
public final class MeetingSettingsViewModel {
    private final SettingsService settings;
    private final TaskRunner tasks;
    private final UiText text;
    private final ErrorReporter errors;

    private final StringProperty regularMinutes = new SimpleStringProperty("");
    private final StringProperty combinedMinutes = new SimpleStringProperty("");
    private final StringProperty lowAttendance = new SimpleStringProperty("");
    private final FieldErrors standardsErrors;
    private final ReadOnlyStringWrapper standardsStatus = new ReadOnlyStringWrapper("");
    private final BooleanProperty savingStandards = new SimpleBooleanProperty(false);

    private final ObservableList<CriterionRow> criteria = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper sheetError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper sheetTotal = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper sheetStatus = new ReadOnlyStringWrapper("");
    private final BooleanProperty savingSheet = new SimpleBooleanProperty(false);
    private final AgendaTemplateViewModel agendaTemplate;

    /** One criterion as typed: its key (null for a new one), name and maximum points, with their messages. */
    public final class CriterionRow {
        private final String key;
        private final StringProperty name = new SimpleStringProperty("");
        private final StringProperty maxPoints = new SimpleStringProperty("");
        private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper("");
        private final ReadOnlyStringWrapper pointsError = new ReadOnlyStringWrapper("");

        CriterionRow(String key, String name, String maxPoints) {
            this.key = key;
            this.name.set(name);
            this.maxPoints.set(maxPoints);
            this.maxPoints.addListener((obs, old, typed) -> updateTotal());
        }

        public String key() {
            return key;
        }

        public StringProperty nameProperty() {
            return name;
        }

        public StringProperty maxPointsProperty() {
            return maxPoints;
        }

        public ReadOnlyStringProperty nameErrorProperty() {
            return nameError.getReadOnlyProperty();
        }

        public ReadOnlyStringProperty pointsErrorProperty() {
            return pointsError.getReadOnlyProperty();
        }
    }

    public MeetingSettingsViewModel(SettingsService settings, TaskRunner tasks, UiText text, ErrorReporter errors) {
        this.settings = settings;
        this.tasks = tasks;
        this.text = text;
        this.errors = errors;
        this.standardsErrors = new FieldErrors(text, "minRegularMinutes", "minCombinedMinutes", "lowAttendancePercent");
        criteria.addListener((ListChangeListener<CriterionRow>) change -> updateTotal());
        this.agendaTemplate = new AgendaTemplateViewModel(settings, tasks, text, errors);
    }

    /** The agenda templates per kind of meeting (same tab). */
    public AgendaTemplateViewModel agendaTemplate() {
        return agendaTemplate;
    }

    private record Loaded(MeetingStandards standards, SelfScoreSheet sheet) {
    }

    /** Loads what settings hold now. */
    public void load() {
        tasks.run(() -> new Loaded(settings.meetingStandards(), settings.scoreSheet()), loaded -> {
            showStandards(loaded.standards());
            showSheet(loaded.sheet());
            standardsErrors.clear();
            standardsStatus.set("");
            sheetStatus.set("");
        }, errors::report);
        agendaTemplate.load();
    }

    // ---- meeting standards ----

    private void showStandards(MeetingStandards s) {
        regularMinutes.set(String.valueOf(s.minRegularMinutes()));
        combinedMinutes.set(String.valueOf(s.minCombinedMinutes()));
        lowAttendance.set(String.valueOf(s.lowAttendancePercent()));
    }

    /** Fills the standards with the defaults of domain.md §3 (saved only with {@link #saveStandards()}). */
    public void restoreDefaultStandards() {
        showStandards(MeetingStandards.defaults());
        standardsErrors.clear();
        standardsStatus.set(text.text("settings.defaultsFilled"));
    }

    public void saveStandards() {
        standardsErrors.clear();
        standardsStatus.set("");
        List<String> wrong = new ArrayList<>();
        int regular = number(regularMinutes.get(), "minRegularMinutes", wrong);
        int combined = number(combinedMinutes.get(), "minCombinedMinutes", wrong);
        int percent = number(lowAttendance.get(), "lowAttendancePercent", wrong);
        if (!wrong.isEmpty()) {
            wrong.forEach(field -> standardsErrors.add(field, text.text("settings.error.number")));
            standardsStatus.set(text.text("settings.notSaved"));
            return;
        }
        MeetingStandards typed = new MeetingStandards(regular, combined, percent);
        savingStandards.set(true);
        tasks.run(() -> {
            settings.setMeetingStandards(typed);
            return typed;
        }, saved -> {
            savingStandards.set(false);
            standardsStatus.set(text.text("settings.saved"));
        }, failure -> {
            savingStandards.set(false);
            standardsErrors.showRefusalOrFailure(failure);
            standardsStatus.set(text.text("settings.notSaved"));
        });
    }

    private static int number(String typed, String field, List<String> wrong) {
        try {
            return Integer.parseInt(typed == null ? "" : typed.strip());
        } catch (NumberFormatException e) {
            wrong.add(field);
            return 0;
        }
    }

    // ---- self-score sheet ----

    private void showSheet(SelfScoreSheet sheet) {
        List<CriterionRow> rows = new ArrayList<>();
        for (SelfScoreSheet.Criterion c : sheet.criteria()) {
            rows.add(new CriterionRow(c.key(), c.name() != null ? c.name() : standardName(c.key()),
                    String.valueOf(c.maxPoints())));
        }
        criteria.setAll(rows);
        sheetError.set("");
    }

    /** The app's name for a criterion of the standard sheet (a key it does not know names itself). */
    private String standardName(String key) {
        return SelfScoreSheet.isStandardKey(key) ? text.text("score.criterion." + key) : key;
    }

    public CriterionRow addCriterion() {
        CriterionRow row = new CriterionRow(null, "", "");
        criteria.add(row);
        sheetStatus.set("");
        return row;
    }

    public void removeCriterion(CriterionRow row) {
        criteria.remove(row);
        sheetStatus.set("");
    }

    /** Moves a criterion one place up (-1) or down (+1) in the sheet. */
    public void moveCriterion(CriterionRow row, int by) {
        int from = criteria.indexOf(row);
        int to = from + by;
        if (from < 0 || to < 0 || to >= criteria.size()) {
            return;
        }
        criteria.remove(from);
        criteria.add(to, row);
    }

    /** Fills the table with the provincial 100-point sheet (saved only with {@link #saveSheet()}). */
    public void restoreDefaultSheet() {
        showSheet(SelfScoreSheet.standard());
        sheetStatus.set(text.text("settings.defaultsFilled"));
    }

    /** Checks and saves the sheet; refused (nothing saved) with each problem next to its criterion. */
    public void saveSheet() {
        sheetStatus.set("");
        clearSheetErrors();
        List<CriterionRow> rows = List.copyOf(criteria);
        List<SelfScoreSheet.Criterion> typed = new ArrayList<>();
        boolean wrongNumber = false;
        for (CriterionRow row : rows) {
            int points;
            try {
                points = Integer.parseInt(row.maxPoints.get() == null ? "" : row.maxPoints.get().strip());
            } catch (NumberFormatException e) {
                row.pointsError.set(text.text("settings.scoreSheet.error.points"));
                wrongNumber = true;
                points = 0;
            }
            typed.add(new SelfScoreSheet.Criterion(row.key, points, row.name.get()));
        }
        if (wrongNumber) {
            sheetStatus.set(text.text("settings.notSaved"));
            return;
        }
        savingSheet.set(true);
        tasks.run(() -> settings.setScoreSheet(typed), saved -> {
            savingSheet.set(false);
            showSheet(saved);
            sheetStatus.set(text.text("settings.saved"));
        }, failure -> {
            savingSheet.set(false);
            if (failure instanceof ValidationException refused) {
                showSheetProblems(rows, refused.problems());
                sheetStatus.set(text.text("settings.notSaved"));
            } else {
                errors.report(failure);
            }
        });
    }

    private void clearSheetErrors() {
        sheetError.set("");
        criteria.forEach(r -> {
            r.nameError.set("");
            r.pointsError.set("");
        });
    }

    /** A problem of field scoreSheet.3.name goes under the fourth criterion's name; of the whole sheet, under it. */
    private void showSheetProblems(List<CriterionRow> rows, List<Problem> problems) {
        List<String> general = new ArrayList<>();
        for (Problem p : problems) {
            String[] parts = p.field().split("\\.");
            String message = text.describe(p);
            if (parts.length == 3 && parts[1].chars().allMatch(Character::isDigit)
                    && Integer.parseInt(parts[1]) < rows.size()) {
                CriterionRow row = rows.get(Integer.parseInt(parts[1]));
                (parts[2].equals("name") ? row.nameError : row.pointsError).set(message);
            } else {
                general.add(message);
            }
        }
        sheetError.set(String.join("\n", general));
    }

    private void updateTotal() {
        int sum = 0;
        for (CriterionRow row : criteria) {
            try {
                sum += Integer.parseInt(row.maxPoints.get() == null ? "" : row.maxPoints.get().strip());
            } catch (NumberFormatException e) {
                // Not a number yet: counted as nothing until saved (then refused).
            }
        }
        sheetTotal.set(text.format("settings.scoreSheet.total", sum, SelfScoreSheet.FULL_MARKS));
    }

    // ---- properties ----

    public StringProperty regularMinutesProperty() {
        return regularMinutes;
    }

    public StringProperty combinedMinutesProperty() {
        return combinedMinutes;
    }

    public StringProperty lowAttendanceProperty() {
        return lowAttendance;
    }

    public FieldErrors standardsErrors() {
        return standardsErrors;
    }

    public ReadOnlyStringProperty standardsStatusProperty() {
        return standardsStatus.getReadOnlyProperty();
    }

    public BooleanProperty savingStandardsProperty() {
        return savingStandards;
    }

    public ObservableList<CriterionRow> criteria() {
        return criteria;
    }

    /** A problem of the whole sheet (e.g. the maxima do not add up to 100). */
    public ReadOnlyStringProperty sheetErrorProperty() {
        return sheetError.getReadOnlyProperty();
    }

    /** "Tổng: 95/100 điểm" as typed. */
    public ReadOnlyStringProperty sheetTotalProperty() {
        return sheetTotal.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sheetStatusProperty() {
        return sheetStatus.getReadOnlyProperty();
    }

    public BooleanProperty savingSheetProperty() {
        return savingSheet;
    }
}
