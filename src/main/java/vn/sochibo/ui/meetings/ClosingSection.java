package vn.sochibo.ui.meetings;

import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import vn.sochibo.domain.meeting.MeetingLimits;
import vn.sochibo.domain.meeting.SelfScoreSheet;
import vn.sochibo.ui.common.FormGrid;
import vn.sochibo.ui.common.UiText;

/** The chair's conclusion and the meeting's self-score (points per criterion, total and grade). */
final class ClosingSection {
    private final ScrollPane root;

    ClosingSection(MeetingEditorViewModel vm, UiText text) {
        var readOnly = vm.readOnlyProperty();
        TextArea conclusion = Fields.textArea("conclusion", vm.conclusionProperty(), readOnly, vm::flush, 6);
        Fields.limit(conclusion, MeetingLimits.LONG_TEXT);
        Label conclusionLabel = Fields.label(text, "closing.conclusion", conclusion);
        ScoreModel model = vm.score();
        VBox scores = new VBox();
        scores.getChildren().setAll(scoreGrid(vm, model));
        // The criteria change when a meeting scored on another sheet is loaded (ADR 0006).
        model.criteria().addListener((javafx.collections.ListChangeListener<SelfScoreSheet.Criterion>) change ->
                scores.getChildren().setAll(scoreGrid(vm, model)));
        Label total = new Label();
        total.setId("scoreTotal");
        total.getStyleClass().add(Styles.TEXT_BOLD);
        total.textProperty().bind(model.totalProperty());
        VBox box = new VBox(10, conclusionLabel, conclusion, Fields.sectionTitle(text, "score.title"),
                scores, total);
        box.getStyleClass().add("editor-section");
        root = new ScrollPane(box);
        root.setFitToWidth(true);
    }

    private static Node scoreGrid(MeetingEditorViewModel vm, ScoreModel model) {
        FormGrid scores = new FormGrid();
        for (SelfScoreSheet.Criterion c : model.criteria()) {
            TextField points = Fields.textField("score-" + c.key(), model.pointsProperty(c.key()),
                    vm.readOnlyProperty(), vm::flush);
            points.setPrefColumnCount(4);
            points.setMaxWidth(javafx.scene.control.Control.USE_PREF_SIZE);
            scores.add(model.label(c), points, model.errorProperty(c.key()));
        }
        return scores.node();
    }

    Node node() {
        return root;
    }
}
