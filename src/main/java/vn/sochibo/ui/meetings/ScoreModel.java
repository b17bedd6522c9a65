package vn.sochibo.ui.meetings;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sochibo.domain.meeting.SelfScoreSheet;
import vn.sochibo.ui.common.UiText;

/**
 * The meeting's self-score: points per criterion of the sheet, the total and the grade. The sheet is the one
 * the meeting is scored on (settings, ADR 0006): the criteria change when another meeting is loaded.
 */
public final class ScoreModel {
    private final MeetingEditorViewModel editor;
    private final UiText text;
    private SelfScoreSheet sheet;
    private final ObservableList<SelfScoreSheet.Criterion> criteria = FXCollections.observableArrayList();
    private final Map<String, StringProperty> points = new LinkedHashMap<>();
    private final Map<String, ReadOnlyStringWrapper> errors = new LinkedHashMap<>();
    private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper("");
    private boolean reloading;

    ScoreModel(MeetingEditorViewModel editor, UiText text, SelfScoreSheet sheet) {
        this.editor = editor;
        this.text = text;
        useSheet(sheet);
    }

    /** Shows the criteria of {@code newSheet} (kept as they are when it has the same ones). */
    private void useSheet(SelfScoreSheet newSheet) {
        if (newSheet.equals(sheet)) {
            return;
        }
        sheet = newSheet;
        points.clear();
        errors.clear();
        for (SelfScoreSheet.Criterion c : sheet.criteria()) {
            StringProperty p = new SimpleStringProperty("");
            points.put(c.key(), p);
            errors.put(c.key(), new ReadOnlyStringWrapper(""));
            p.addListener((obs, old, typed) -> changed(c, typed));
        }
        criteria.setAll(sheet.criteria());
    }

    /** Loads the draft's scores, on the sheet the meeting is scored on. */
    void reload(SelfScoreSheet meetingSheet) {
        reloading = true;
        try {
            useSheet(meetingSheet);
            for (SelfScoreSheet.Criterion c : sheet.criteria()) {
                Integer v = editor.draft().selfScores.get(c.key());
                points.get(c.key()).set(v == null ? "" : String.valueOf(v));
                errors.get(c.key()).set("");
            }
        } finally {
            reloading = false;
        }
        updateTotal();
    }

    private void changed(SelfScoreSheet.Criterion c, String typed) {
        if (reloading || editor.draft() == null || editor.readOnlyProperty().get()) {
            return;
        }
        ReadOnlyStringWrapper error = errors.get(c.key());
        if (typed == null || typed.isBlank()) {
            error.set("");
            editor.draft().selfScores.remove(c.key());
        } else {
            int value;
            try {
                value = Integer.parseInt(typed.strip());
            } catch (NumberFormatException e) {
                value = -1;
            }
            if (value < 0 || value > c.maxPoints()) {
                error.set(text.format("score.error.range", c.maxPoints()));
                updateTotal();
                return;
            }
            error.set("");
            editor.draft().selfScores.put(c.key(), value);
        }
        updateTotal();
        editor.changed();
    }

    private void updateTotal() {
        Map<String, Integer> scores = editor.draft() == null ? Map.of() : editor.draft().selfScores;
        if (scores.isEmpty()) {
            total.set(text.format("score.total.none", sheet.maxTotal()));
            return;
        }
        int sum = sheet.total(scores);
        total.set(text.format("score.total", sum, sheet.maxTotal(), MeetingText.grade(text, sheet.grade(sum))));
    }

    /** The criteria shown, in the sheet's order; replaced when a meeting on another sheet is loaded. */
    public ObservableList<SelfScoreSheet.Criterion> criteria() {
        return FXCollections.unmodifiableObservableList(criteria);
    }

    public String label(SelfScoreSheet.Criterion c) {
        String name = c.name() != null ? c.name() : MeetingText.criterion(text, c.key());
        return text.format("score.criterion.label", name, c.maxPoints());
    }

    public StringProperty pointsProperty(String key) {
        return points.get(key);
    }

    public ReadOnlyStringProperty errorProperty(String key) {
        return errors.get(key).getReadOnlyProperty();
    }

    public ReadOnlyStringProperty totalProperty() {
        return total.getReadOnlyProperty();
    }
}
