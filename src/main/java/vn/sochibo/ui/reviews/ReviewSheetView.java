package vn.sochibo.ui.reviews;

import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.sochibo.domain.review.DegradationSign;
import vn.sochibo.domain.review.ReviewLevel;
import vn.sochibo.domain.review.SelfReview;
import vn.sochibo.ui.common.AppStyles;
import vn.sochibo.ui.common.Controls;
import vn.sochibo.ui.common.DateFields;
import vn.sochibo.ui.common.FormGrid;
import vn.sochibo.ui.common.UiText;
import vn.sochibo.ui.document.DocumentPreviews;

/**
 * One member's sheet as a page of the area: the facts, the self-review, the signs, the scores with the level they
 * imply, the checklist for xuất sắc and the cell's vote. Esc (or "Quay lại") goes back after saving what was typed;
 * Ctrl+S saves. A finalized review is shown read-only.
 */
final class ReviewSheetView {
    private final ReviewSheetViewModel vm;
    private final UiText text;
    private final DocumentPreviews previews;
    private final Runnable onBack;
    private final BorderPane root = new BorderPane();
    private final VBox content = new VBox(12);
    private TextArea first;

    ReviewSheetView(ReviewSheetViewModel vm, UiText text, DocumentPreviews previews, Runnable onBack) {
        this.vm = vm;
        this.text = text;
        this.previews = previews;
        this.onBack = onBack;
        root.setId("reviewSheet");
        root.setTop(header());
        content.setPadding(new Insets(10, 16, 16, 0));
        content.getChildren().addAll(facts(), selfReview(), signs(), scores(), vote());
        content.disableProperty().bind(vm.loadedProperty().not());
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        root.setCenter(scroll);
        BorderPane.setMargin(scroll, new Insets(10, 0, 0, 0));
    }

    private Node header() {
        Button back = Controls.button(text, "reviewSheetBack",
                "reviewSheet.back", "reviewSheet.back.tooltip", this::back);
        back.setCancelButton(true);
        Label title = new Label();
        title.setId("reviewSheetTitle");
        title.getStyleClass().add(AppStyles.PAGE_TITLE);
        title.textProperty().bind(vm.titleProperty());
        title.setWrapText(true);
        Button save = Controls.button(text, "reviewSheetSave",
                "reviewSheet.save", "reviewSheet.save.tooltip", this::save);
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(vm.readOnlyProperty());
        Button print = Controls.button(text, "printSelfReview", "reviewSheet.print", "reviewSheet.print.tooltip",
                () -> previews.show(vm.formForPrint()));
        HBox spacer = new HBox();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox line = new HBox(12, back, title, spacer, save, print);
        line.setAlignment(Pos.CENTER_LEFT);
        Label readOnly = new Label(text.text("reviewSheet.readOnly"));
        readOnly.getStyleClass().add(Styles.WARNING);
        readOnly.visibleProperty().bind(vm.readOnlyProperty());
        readOnly.managedProperty().bind(readOnly.visibleProperty());
        Label problem = new Label();
        problem.setId("reviewSheetProblem");
        problem.setWrapText(true);
        problem.getStyleClass().addAll(Styles.DANGER, AppStyles.FORM_ERROR);
        problem.textProperty().bind(vm.problemProperty());
        Label message = new Label();
        message.setId("reviewSheetMessage");
        message.getStyleClass().add(Styles.SUCCESS);
        message.textProperty().bind(vm.messageProperty());
        for (Label l : new Label[] {problem, message}) {
            l.visibleProperty().bind(l.textProperty().isNotEmpty());
            l.managedProperty().bind(l.visibleProperty());
        }
        return new VBox(6, line, readOnly, problem, message);
    }

    private Node facts() {
        Label facts = new Label();
        facts.setId("reviewFacts");
        facts.setWrapText(true);
        facts.textProperty().bind(vm.factsProperty());
        return section("reviewSheet.facts", facts);
    }

    private Node selfReview() {
        CheckBox paper = new CheckBox(text.text("reviewSheet.onPaper"));
        paper.setId("reviewOnPaper");
        paper.setMnemonicParsing(true);
        paper.selectedProperty().bindBidirectional(vm.onPaperProperty());
        DatePicker paperDate = DateFields.create("reviewPaperDate", vm.paperDateProperty(), "dd/mm/yyyy");
        paperDate.setMaxWidth(160);
        paperDate.disableProperty().bind(vm.onPaperProperty().not());
        HBox paperLine = new HBox(10, paper, paperDate);
        paperLine.setAlignment(Pos.CENTER_LEFT);
        FormGrid grid = new FormGrid();
        grid.addWide(paperLine);
        for (SelfReview.Section s : SelfReview.Section.values()) {
            TextArea area = new TextArea();
            area.setId("reviewSection-" + s.name());
            area.setWrapText(true);
            area.setPrefRowCount(2);
            area.textProperty().bindBidirectional(vm.sectionProperty(s));
            area.editableProperty().bind(vm.readOnlyProperty().not());
            if (first == null) {
                first = area;
            }
            grid.add(ReviewText.section(text, s), area, null);
        }
        ComboBox<ReviewLevel> level = levelBox("reviewSelfLevel");
        level.valueProperty().bindBidirectional(vm.selfLevelProperty());
        level.disableProperty().bind(vm.readOnlyProperty());
        grid.add(text.text("reviewSheet.selfLevel"), level, null);
        return section("reviewSheet.selfReview", grid.node());
    }

    private Node signs() {
        VBox box = new VBox(4);
        DegradationSign.Group group = null;
        for (DegradationSign s : DegradationSign.values()) {
            if (s.group() != group) {
                group = s.group();
                Label g = new Label(ReviewText.signGroup(text, group));
                g.getStyleClass().add(Styles.TEXT_BOLD);
                box.getChildren().add(g);
            }
            CheckBox c = new CheckBox(text.format("reviewSheet.sign", s.number(), ReviewText.sign(text, s)));
            c.setId("reviewSign-" + s.number());
            c.setMnemonicParsing(false);
            c.setWrapText(true);
            c.selectedProperty().bindBidirectional(vm.signProperty(s));
            c.disableProperty().bind(vm.readOnlyProperty());
            box.getChildren().add(c);
        }
        TitledPane pane = new TitledPane(text.text("reviewSheet.signs"), box);
        pane.setId("reviewSigns");
        pane.setExpanded(false);
        return pane;
    }

    private Node scores() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        grid.setId("reviewScores");
        int row = 0;
        for (ReviewSheetViewModel.ScoreRow s : vm.scores()) {
            addScoreRow(grid, row++, s);
        }
        vm.scores().addListener((javafx.collections.ListChangeListener<ReviewSheetViewModel.ScoreRow>) c -> {
            grid.getChildren().clear();
            int r = 0;
            for (ReviewSheetViewModel.ScoreRow s : vm.scores()) {
                addScoreRow(grid, r++, s);
            }
        });
        Label implied = new Label();
        implied.setId("reviewImplied");
        implied.getStyleClass().add(Styles.TEXT_BOLD);
        implied.textProperty().bind(vm.impliedProperty());
        VBox checklist = new VBox(4);
        checklist.setId("reviewChecklist");
        Label checklistTitle = new Label(text.text("reviewSheet.checklist"));
        checklistTitle.getStyleClass().add(Styles.TEXT_BOLD);
        CheckBox allTasks = new CheckBox(text.text("reviewScreen.condition.allTasksDone"));
        allTasks.setId("reviewAllTasksDone");
        allTasks.selectedProperty().bindBidirectional(vm.allTasksDoneProperty());
        allTasks.disableProperty().bind(vm.readOnlyProperty());
        CheckBox beyond = new CheckBox(text.text("reviewScreen.condition.clearlyBeyond"));
        beyond.setId("reviewClearlyBeyond");
        beyond.selectedProperty().bindBidirectional(vm.clearlyBeyondProperty());
        beyond.disableProperty().bind(vm.readOnlyProperty());
        VBox derived = new VBox(2);
        Runnable showDerived = () -> derived.getChildren().setAll(vm.checklist().stream()
                .filter(c -> !c.ticked()).map(c -> {
                    Label l = new Label(text.format(c.met() == null ? "reviewSheet.condition.unknown"
                            : c.met() ? "reviewSheet.condition.met" : "reviewSheet.condition.notMet", c.label()));
                    l.setWrapText(true);
                    return (Node) l;
                }).toList());
        vm.checklist().addListener((javafx.collections.ListChangeListener<ReviewSheetViewModel.ConditionRow>) c ->
                showDerived.run());
        showDerived.run();
        checklist.getChildren().addAll(checklistTitle, derived, allTasks, beyond);
        return section("reviewSheet.scores", new VBox(8, grid, implied, checklist));
    }

    private void addScoreRow(GridPane grid, int row, ReviewSheetViewModel.ScoreRow s) {
        Label label = new Label(s.label());
        TextField field = new TextField();
        field.setId("reviewScore-" + s.criterion().key());
        field.setPrefColumnCount(5);
        field.textProperty().bindBidirectional(s.valueProperty());
        field.editableProperty().bind(vm.readOnlyProperty().not());
        label.setLabelFor(field);
        Label error = FormGrid.errorLabel(s.errorProperty());
        grid.addRow(row, label, field, error);
    }

    private Node vote() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        int col = 0;
        for (ReviewLevel l : ReviewLevel.values()) {
            Label label = new Label(ReviewText.level(text, l));
            TextField count = new TextField();
            count.setId("reviewVote-" + l.name());
            count.setPrefColumnCount(4);
            count.textProperty().bindBidirectional(vm.voteProperty(l));
            count.editableProperty().bind(vm.readOnlyProperty().not());
            count.setOnAction(e -> recordVote());
            label.setLabelFor(count);
            grid.add(label, col, 0);
            grid.add(count, col, 1);
            col++;
        }
        Label voters = new Label();
        voters.setId("reviewVoters");
        voters.textProperty().bind(vm.votersProperty());
        Button record = Controls.button(text, "recordReviewVote",
                "reviewSheet.recordVote", "reviewSheet.recordVote.tooltip",
                this::recordVote);
        record.disableProperty().bind(vm.readOnlyProperty());
        Label problem = new Label();
        problem.setId("reviewVoteProblem");
        problem.setWrapText(true);
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(vm.voteProblemProperty());
        Label cell = new Label();
        cell.setId("reviewCellLevel");
        cell.getStyleClass().add(Styles.TEXT_BOLD);
        cell.textProperty().bind(javafx.beans.binding.Bindings.concat(text.text("reviewSheet.cellLevel"), " ",
                vm.cellLevelProperty()));
        Label fin = new Label();
        fin.setId("reviewSheetFinalLevel");
        fin.textProperty().bind(vm.finalLevelProperty());
        HBox line = new HBox(12, grid, record);
        line.setAlignment(Pos.BOTTOM_LEFT);
        return section("reviewSheet.vote", new VBox(6, voters, line, problem, cell, fin));
    }

    private ComboBox<ReviewLevel> levelBox(String id) {
        ComboBox<ReviewLevel> box = new ComboBox<>();
        box.setId(id);
        box.getItems().add(null);
        box.getItems().addAll(ReviewLevel.values());
        Controls.showAs(box, level -> ReviewText.level(text, level));
        return box;
    }

    private Node section(String key, Node body) {
        Label title = new Label(text.text(key));
        title.getStyleClass().add("section-title");
        return new VBox(6, title, body);
    }

    void save() {
        vm.save(() -> { });
    }

    private void recordVote() {
        vm.recordVote(() -> { });
    }

    /** Saves what was typed (a refusal keeps the page open and says why), then goes back. */
    void back() {
        if (vm.readOnlyProperty().get() || !vm.dirtyProperty().get()) {
            onBack.run();
        } else {
            vm.save(onBack);
        }
    }

    void printForm() {
        previews.show(vm.formForPrint());
    }

    void focus() {
        Platform.runLater(() -> {
            if (first != null) {
                first.requestFocus();
            }
        });
    }

    Node node() {
        return root;
    }
}
