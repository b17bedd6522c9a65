package vn.sochibo.ui.meetings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.sochibo.domain.meeting.SelfScoreSheet;
import vn.sochibo.ui.common.UiText;

/** The meeting's self-score: points per criterion of the sheet, the total and the grade. */
public final class ScoreModel {
    private final MeetingEditorViewModel editor;
    private final UiText text;
    private final SelfScoreSheet sheet;
    private final Map<String, StringProperty> points = new LinkedHashMap<>();
    private final Map<String, ReadOnlyStringWrapper> errors = new LinkedHashMap<>();
    private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper("");
    private boolean reloading;

    ScoreModel(MeetingEditorViewModel editor, UiText text, SelfScoreSheet sheet) {
        this.editor = editor;
        this.text = text;
        this.sheet = sheet;
        for (SelfScoreSheet.Criterion c : sheet.criteria()) {
            StringProperty p = new SimpleStringProperty("");
            points.put(c.key(), p);
            errors.put(c.key(), new ReadOnlyStringWrapper(""));
            p.addListener((obs, old, typed) -> changed(c, typed));
        }
    }

    void reload() {
        reloading = true;
        try {
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

    public List<SelfScoreSheet.Criterion> criteria() {
        return new ArrayList<>(sheet.criteria());
    }

    public String label(SelfScoreSheet.Criterion c) {
        return text.format("score.criterion.label", MeetingText.criterion(text, c.key()), c.maxPoints());
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
