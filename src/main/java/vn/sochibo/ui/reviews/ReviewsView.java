package vn.sochibo.ui.reviews;

import atlantafx.base.theme.Styles;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import vn.sochibo.application.search.SearchRef;
import vn.sochibo.domain.meeting.Attendance;
import vn.sochibo.domain.review.PeriodKind;
import vn.sochibo.domain.review.ReviewLevel;
import vn.sochibo.ui.common.AppStyles;
import vn.sochibo.ui.common.AreaView;
import vn.sochibo.ui.common.Controls;
import vn.sochibo.ui.common.DateFields;
import vn.sochibo.ui.common.Dialogs;
import vn.sochibo.ui.common.FormGrid;
import vn.sochibo.ui.common.Mnemonics;
import vn.sochibo.ui.common.RecordView;
import vn.sochibo.ui.common.UiContext;
import vn.sochibo.ui.common.Tables;
import vn.sochibo.ui.common.UiText;
import vn.sochibo.ui.document.DocumentPreviews;

/**
 * The "Kiểm điểm" area: the period chosen at the top with its commands (new, delete a draft, finalize, print the
 * summary), and three tabs: the members (proposal, override, levels; Enter opens a member's sheet), the review
 * meeting, and the last three years side by side. Ctrl+N new period, Ctrl+S save, Ctrl+P print.
 */
public final class ReviewsView implements AreaView, RecordView {
    private final ReviewsViewModel vm;
    private final ReviewSheetViewModel sheet;
    private final UiText text;
    private final Dialogs dialogs;
    private final DocumentPreviews previews;
    private final StackPane root = new StackPane();
    private final BorderPane mainPage = new BorderPane();
    private final TableView<ReviewsViewModel.ParticipantRow> table;
    private final ReviewSheetView sheetView;
    private final TabPane tabs = new TabPane();
    private final Map<KeyCombination, Runnable> shortcuts = new LinkedHashMap<>();

    public ReviewsView(ReviewsViewModel vm, ReviewSheetViewModel sheet, UiContext ctx) {
        this.vm = vm;
        this.sheet = sheet;
        this.text = ctx.text();
        this.dialogs = ctx.dialogs();
        this.previews = new DocumentPreviews(ctx);
        root.setId("reviewsView");
        root.getStyleClass().add("area");
        table = participantsTable();
        Tab members = new Tab(text.text("reviewScreen.tab.members"), membersTab());
        members.setId("reviewsMembersTab");
        Tab meeting = new Tab(text.text("reviewScreen.tab.meeting"), meetingTab());
        meeting.setId("reviewsMeetingTab");
        Tab history = new Tab(text.text("reviewScreen.tab.history"), historyTab());
        history.setId("reviewsHistoryTab");
        tabs.getTabs().setAll(members, meeting, history);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.disableProperty().bind(vm.hasPeriodProperty().not());
        mainPage.setTop(header());
        mainPage.setCenter(tabs);
        BorderPane.setMargin(tabs, new Insets(10, 0, 0, 0));
        sheetView = new ReviewSheetView(sheet, text, previews, this::showMain);
        sheet.setOnChanged(vm::refresh);
        root.getChildren().setAll(mainPage);
        shortcuts.put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), () -> {
            if (!isSheetShown()) {
                newPeriod();
            }
        });
        shortcuts.put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), () -> {
            if (isSheetShown()) {
                sheetView.save();
            } else {
                vm.saveMeeting(() -> { });
            }
        });
        shortcuts.put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), () -> {
            if (isSheetShown()) {
                sheetView.printForm();
            } else if (vm.period() != null) {
                previews.show(vm.summaryForPrint());
            }
        });
    }

    // ---- header ----

    private Node header() {
        Label title = new Label(text.plain("nav.reviews"));
        title.getStyleClass().add(AppStyles.PAGE_TITLE);
        title.setMinWidth(Label.USE_PREF_SIZE);
        ComboBox<ReviewsViewModel.PeriodRow> period = new ComboBox<>(vm.periods());
        period.setId("reviewPeriod");
        period.valueProperty().bindBidirectional(vm.selectedPeriodProperty());
        period.setPrefWidth(300);
        period.setMinWidth(240);
        Label periodLabel = Controls.label(text, "reviewScreen.period", period);
        Button create = Controls.button(text, "newReviewPeriod",
                "reviewScreen.new", "reviewScreen.new.tooltip", this::newPeriod);
        Button delete = Controls.button(text, "deleteReviewPeriod",
                "reviewScreen.delete", "reviewScreen.delete.tooltip", this::deletePeriod);
        delete.disableProperty().bind(vm.hasPeriodProperty().not().or(vm.finalizedProperty()));
        Button finalize = Controls.button(text, "finalizeReview",
                "reviewScreen.finalize", "reviewScreen.finalize.tooltip", this::finalizeReview);
        finalize.getStyleClass().add(Styles.ACCENT);
        finalize.disableProperty().bind(vm.hasPeriodProperty().not().or(vm.finalizedProperty()));
        Button summary = Controls.button(text, "printReviewSummary",
                "reviewScreen.printSummary", "reviewScreen.printSummary.tooltip",
                () -> previews.show(vm.summaryForPrint()));
        summary.disableProperty().bind(vm.hasPeriodProperty().not());
        Button minutes = Controls.button(text, "printReviewMinutes",
                "reviewScreen.printMinutes", "reviewScreen.printMinutes.tooltip",
                () -> previews.show(vm.minutesForPrint()));
        minutes.disableProperty().bind(vm.hasPeriodProperty().not());
        HBox spacer = new HBox();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox line = new HBox(10, title, periodLabel, period, spacer, create, delete, finalize);
        line.setAlignment(Pos.CENTER_LEFT);
        Label info = new Label();
        info.setId("reviewPeriodInfo");
        info.getStyleClass().add(AppStyles.MUTED);
        info.textProperty().bind(vm.periodInfoProperty());
        info.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(info, Priority.ALWAYS);
        // The printing sits on the period's own line, so that the chooser keeps its width beside the actions.
        HBox infoLine = new HBox(10, info, summary, minutes);
        infoLine.setAlignment(Pos.CENTER_LEFT);
        Label counts = new Label();
        counts.setId("reviewCounts");
        counts.setWrapText(true);
        counts.textProperty().bind(vm.countsProperty());
        Label message = new Label();
        message.setId("reviewMessage");
        message.getStyleClass().add(Styles.SUCCESS);
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        return new VBox(6, line, infoLine, counts, message);
    }

    // ---- members ----

    private Node membersTab() {
        Button open = Controls.button(text, "openReviewSheet",
                "reviewScreen.open", "reviewScreen.open.tooltip", this::openSelected);
        open.getStyleClass().add(Styles.ACCENT);
        open.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.selectedProperty().get() == null
                || !vm.selectedProperty().get().included(), vm.selectedProperty()));
        Button inclusion = Controls.button(text, "reviewInclusion",
                "reviewScreen.inclusion", "reviewScreen.inclusion.tooltip",
                this::changeInclusion);
        inclusion.disableProperty().bind(vm.selectedProperty().isNull().or(vm.finalizedProperty()));
        Button finalLevel = Controls.button(text, "recordFinalLevel",
                "reviewScreen.final", "reviewScreen.final.tooltip",
                this::recordFinalLevel);
        finalLevel.disableProperty().bind(Bindings.createBooleanBinding(() -> !vm.finalizedProperty().get()
                || vm.selectedProperty().get() == null || !vm.selectedProperty().get().included()
                || vm.selectedProperty().get().hasFinalLevel(), vm.selectedProperty(), vm.finalizedProperty()));
        Button form = Controls.button(text, "printSelfReviewForm",
                "reviewScreen.printForm", "reviewScreen.printForm.tooltip", () -> {
            var row = vm.selectedProperty().get();
            if (row != null && row.included()) {
                sheet.open(vm.period().id(), row.memberId(), () -> previews.show(sheet.formForPrint()));
            }
        });
        form.disableProperty().bind(open.disableProperty());
        HBox buttons = new HBox(10, open, inclusion, finalLevel, form);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, buttons, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(10, 0, 0, 0));
        return box;
    }

    private TableView<ReviewsViewModel.ParticipantRow> participantsTable() {
        TableView<ReviewsViewModel.ParticipantRow> t = new TableView<>(vm.participants());
        t.setId("reviewParticipants");
        t.getStyleClass().add(Styles.DENSE);
        t.setPlaceholder(new Label(text.text("reviewScreen.participants.empty")));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.getColumns().add(column("reviewScreen.column.member", ReviewsViewModel.ParticipantRow::name, 170));
        t.getColumns().add(column("reviewScreen.column.status", ReviewsViewModel.ParticipantRow::status, 125));
        t.getColumns().add(column("reviewScreen.column.included", ReviewsViewModel.ParticipantRow::inclusion, 100));
        t.getColumns().add(column("reviewScreen.column.self", ReviewsViewModel.ParticipantRow::selfLevel, 105));
        t.getColumns().add(column("reviewScreen.column.score", ReviewsViewModel.ParticipantRow::scoreLevel, 100));
        t.getColumns().add(column("reviewScreen.column.cell", ReviewsViewModel.ParticipantRow::cellLevel, 140));
        t.getColumns().add(column("reviewScreen.column.final", ReviewsViewModel.ParticipantRow::finalLevel, 90));
        t.getColumns().add(column("reviewScreen.column.proposal", r -> r.override().isEmpty() ? r.proposal()
                : r.proposal().isEmpty() ? r.override() : r.proposal() + " · " + r.override(), 300));
        // The short columns keep their width; the last one (proposal and decision) takes what is left.
        t.getColumns().subList(1, 7).forEach(c -> c.setMinWidth(c.getPrefWidth()));
        Tables.followSelection(t, vm.selectedProperty());
        Tables.onOpen(t, this::openSelected);
        return t;
    }

    private <R> TableColumn<R, String> column(String key, Function<R, String> value, double width) {
        return Tables.textColumn(text.text(key), value, width);
    }

    // ---- meeting ----

    private Node meetingTab() {
        FormGrid grid = new FormGrid();
        TextField title = new TextField();
        title.setId("reviewTitle");
        title.textProperty().bindBidirectional(vm.titleProperty());
        grid.add(text.text("reviewScreen.meeting.title"), title, null);
        DatePicker date = DateFields.create("reviewMeetingDate", vm.meetingDateProperty(), "dd/mm/yyyy");
        date.setMaxWidth(180);
        grid.add(text.text("reviewScreen.meeting.date"), date, null);
        TextField place = new TextField();
        place.setId("reviewPlace");
        place.textProperty().bindBidirectional(vm.placeProperty());
        grid.add(text.text("reviewScreen.meeting.place"), place, null);
        ComboBox<ReviewsViewModel.Choice> chair = new ComboBox<>(vm.members());
        chair.setId("reviewChair");
        chair.valueProperty().bindBidirectional(vm.chairProperty());
        grid.add(text.text("reviewScreen.meeting.chair"), chair, null);
        ComboBox<ReviewsViewModel.Choice> taker = new ComboBox<>(vm.members());
        taker.setId("reviewMinuteTaker");
        taker.valueProperty().bindBidirectional(vm.minuteTakerProperty());
        grid.add(text.text("reviewScreen.meeting.minuteTaker"), taker, null);

        GridPane roll = new GridPane();
        roll.setId("reviewRollCall");
        roll.setHgap(10);
        roll.setVgap(4);
        Runnable showRoll = () -> {
            roll.getChildren().clear();
            int r = 0;
            for (ReviewsViewModel.RollRow row : vm.rollCall()) {
                ComboBox<Attendance> mark = new ComboBox<>();
                mark.getItems().add(null);
                mark.getItems().addAll(Attendance.values());
                Controls.showAs(mark, a -> ReviewText.attendance(text, a));
                mark.valueProperty().bindBidirectional(row.attendanceProperty());
                mark.setId("reviewRoll-" + r);
                TextField reason = new TextField();
                reason.setPromptText(text.text("reviewScreen.meeting.reason.prompt"));
                reason.textProperty().bindBidirectional(row.reasonProperty());
                reason.disableProperty().bind(row.attendanceProperty().isNotEqualTo(Attendance.ABSENT_WITH_REASON));
                Label name = new Label(row.name());
                name.setLabelFor(mark);
                roll.addRow(r++, name, mark, reason);
            }
        };
        vm.rollCall().addListener((javafx.collections.ListChangeListener<ReviewsViewModel.RollRow>) c -> showRoll.run());
        showRoll.run();
        Button allPresent = Controls.button(text, "reviewAllPresent",
                "rollCall.allPresent", "rollCall.allPresent.tooltip",
                vm::markAllPresent);
        grid.add(text.text("reviewScreen.meeting.rollCall"), new VBox(6, allPresent, roll), allPresent, null);

        ListView<ReviewsViewModel.CommentRow> comments = new ListView<>(vm.comments());
        comments.setId("reviewComments");
        comments.setPrefHeight(140);
        comments.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ReviewsViewModel.CommentRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.line());
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        ComboBox<ReviewsViewModel.Choice> speaker = new ComboBox<>(vm.members());
        speaker.setId("reviewCommentSpeaker");
        speaker.setPromptText(text.text("reviewScreen.comment.speaker"));
        ComboBox<ReviewsViewModel.Choice> about = new ComboBox<>(vm.members());
        about.setId("reviewCommentAbout");
        about.setPromptText(text.text("reviewScreen.comment.about"));
        TextArea said = new TextArea();
        said.setId("reviewCommentText");
        said.setPrefRowCount(2);
        said.setWrapText(true);
        said.setPromptText(text.text("reviewScreen.comment.text"));
        StringProperty commentProblem = new SimpleStringProperty("");
        Button add = Controls.button(text, "addReviewComment",
                "reviewScreen.comment.add", "reviewScreen.comment.add.tooltip", () ->
                vm.addComment(speaker.getValue(), about.getValue(), said.getText(), p -> {
                    commentProblem.set(p);
                    if (p.isEmpty()) {
                        said.clear();
                    }
                }));
        Button remove = Controls.button(text, "removeReviewComment",
                "reviewScreen.comment.remove", "reviewScreen.comment.remove.tooltip",
                () -> {
                    var row = comments.getSelectionModel().getSelectedItem();
                    if (row != null) {
                        vm.removeComment(row);
                    }
                });
        remove.disableProperty().bind(comments.getSelectionModel().selectedItemProperty().isNull());
        HBox who = new HBox(8, speaker, about, add, remove);
        who.setAlignment(Pos.CENTER_LEFT);
        grid.add(text.text("reviewScreen.meeting.comments"), new VBox(6, comments, who, said,
                FormGrid.errorLabel(commentProblem)), speaker, null);
        TextArea conclusion = new TextArea();
        conclusion.setId("reviewConclusion");
        conclusion.setWrapText(true);
        conclusion.setPrefRowCount(3);
        conclusion.textProperty().bindBidirectional(vm.conclusionProperty());
        grid.add(text.text("reviewScreen.meeting.conclusion"), conclusion, null);

        Button save = Controls.button(text, "saveReviewMeeting",
                "reviewScreen.meeting.save", "reviewScreen.meeting.save.tooltip",
                () -> vm.saveMeeting(() -> { }));
        save.getStyleClass().add(Styles.ACCENT);
        Label problem = FormGrid.errorLabel(vm.meetingProblemProperty());
        problem.setId("reviewMeetingProblem");
        grid.addWide(new VBox(6, save, problem));
        grid.node().disableProperty().bind(vm.finalizedProperty());
        ScrollPane scroll = new ScrollPane(grid.node());
        scroll.setFitToWidth(true);
        scroll.setPadding(new Insets(10, 16, 10, 0));
        return scroll;
    }

    // ---- history ----

    private Node historyTab() {
        TableView<ReviewsViewModel.HistoryLine> t = new TableView<>(vm.history());
        t.setId("reviewHistory");
        t.getStyleClass().add(Styles.DENSE);
        t.setPlaceholder(new Label(text.text("reviewScreen.history.empty")));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.getColumns().add(column("reviewScreen.column.member", ReviewsViewModel.HistoryLine::name, 200));
        for (int i = 0; i < 3; i++) {
            int index = i;
            TableColumn<ReviewsViewModel.HistoryLine, String> c = column("reviewScreen.history.year",
                    l -> l.years().get(index), 220);
            c.textProperty().bind(Bindings.createStringBinding(() -> vm.historyYears().size() > index
                    ? text.format("reviewScreen.history.year", vm.historyYears().get(index)) : "", vm.historyYears()));
            t.getColumns().add(c);
        }
        VBox box = new VBox(8, t);
        VBox.setVgrow(t, Priority.ALWAYS);
        box.setPadding(new Insets(10, 0, 0, 0));
        return box;
    }

    // ---- commands ----

    private void newPeriod() {
        ComboBox<PeriodKind> kind = new ComboBox<>();
        kind.setId("newReviewKind");
        kind.getItems().addAll(PeriodKind.values());
        Controls.showAs(kind, k -> k == null ? null : ReviewText.kind(text, k));
        kind.setValue(PeriodKind.YEAR);
        TextField year = new TextField(String.valueOf(vm.proposedYear()));
        year.setId("newReviewYear");
        StringProperty start = new SimpleStringProperty("");
        StringProperty end = new SimpleStringProperty("");
        DatePicker startPicker = DateFields.create("newReviewStart", start, "dd/mm/yyyy");
        DatePicker endPicker = DateFields.create("newReviewEnd", end, "dd/mm/yyyy");
        TextField title = new TextField(vm.defaultTitle(PeriodKind.YEAR, year.getText()));
        title.setId("newReviewTitle");
        year.textProperty().addListener((obs, old, now) -> {
            if (title.getText().equals(vm.defaultTitle(kind.getValue(), old))) {
                title.setText(vm.defaultTitle(kind.getValue(), now));
            }
        });
        kind.valueProperty().addListener((obs, old, now) -> {
            if (title.getText().equals(vm.defaultTitle(old, year.getText()))) {
                title.setText(vm.defaultTitle(now, year.getText()));
            }
        });
        year.disableProperty().bind(kind.valueProperty().isNotEqualTo(PeriodKind.YEAR));
        startPicker.disableProperty().bind(kind.valueProperty().isEqualTo(PeriodKind.YEAR));
        endPicker.disableProperty().bind(kind.valueProperty().isEqualTo(PeriodKind.YEAR));
        StringProperty problem = new SimpleStringProperty("");
        FormGrid grid = new FormGrid();
        grid.add(text.text("reviewScreen.new.kind"), kind, null);
        grid.add(text.text("reviewScreen.new.year"), year, null);
        grid.add(text.text("reviewScreen.new.start"), startPicker, null);
        grid.add(text.text("reviewScreen.new.end"), endPicker, null);
        grid.add(text.text("reviewScreen.new.title"), title, null);
        grid.addWide(FormGrid.errorLabel(problem));
        ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
        Dialog<Boolean> dialog = dialogs.form("newReviewForm", text.plain("reviewScreen.new.dialogTitle"), grid.node(),
                text.plain("reviewScreen.new.create"), busy, done -> vm.createPeriod(kind.getValue(), year.getText(),
                        start.get(), end.get(), title.getText(), () -> done.accept(true), problem::set));
        dialog.getDialogPane().setPrefWidth(560);
        Platform.runLater(year::requestFocus);
        dialog.showAndWait();
    }

    private void deletePeriod() {
        if (vm.period() == null || vm.period().isFinalized()) {
            return;
        }
        if (dialogs.confirm(text.plain("reviewScreen.delete.title"), text.format("reviewScreen.delete.confirm",
                vm.period().title()), text.plain("reviewScreen.delete.button"))) {
            vm.deletePeriod(() -> { });
        }
    }

    private void finalizeReview() {
        vm.saveMeeting(() -> vm.warnings(warnings -> {
            String message = warnings.isEmpty() ? text.text("reviewScreen.finalize.confirm")
                    : text.format("reviewScreen.finalize.confirmWarnings", String.join("\n• ", warnings));
            if (dialogs.confirm(text.plain("reviewScreen.finalize.title"), message,
                    text.plain("reviewScreen.finalize.button"))) {
                vm.finalizePeriod(() -> { });
            }
        }));
    }

    private void changeInclusion() {
        var row = vm.selectedProperty().get();
        if (row == null) {
            return;
        }
        CheckBox include = new CheckBox(text.text("reviewScreen.inclusion.include"));
        include.setId("inclusionInclude");
        include.setSelected(!row.included());
        TextArea reason = new TextArea();
        reason.setId("inclusionReason");
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        StringProperty problem = new SimpleStringProperty("");
        FormGrid grid = new FormGrid();
        Label about = new Label(text.format("reviewScreen.inclusion.about", row.name(),
                row.proposal().isEmpty() ? text.text("reviewScreen.inclusion.noProposal") : row.proposal()));
        about.setWrapText(true);
        grid.addWide(about);
        grid.addWide(include);
        grid.add(text.text("reviewScreen.inclusion.reason"), reason, null);
        grid.addWide(FormGrid.errorLabel(problem));
        Button reset = new Button(text.text("reviewScreen.inclusion.reset"));
        reset.setId("inclusionReset");
        reset.setMnemonicParsing(true);
        reset.setDisable(!row.overridden());
        grid.addWide(reset);
        Dialog<Boolean> dialog = dialogs.form("inclusionForm", text.plain("reviewScreen.inclusion.title"), grid.node(),
                text.plain("reviewScreen.inclusion.save"), new ReadOnlyBooleanWrapper(false),
                done -> vm.setInclusion(row.memberId(), include.isSelected(), reason.getText(),
                        () -> done.accept(true), problem::set));
        reset.setOnAction(e -> vm.resetInclusion(row.memberId(), dialog::close));
        dialog.getDialogPane().setPrefWidth(560);
        Platform.runLater(reason::requestFocus);
        dialog.showAndWait();
        table.requestFocus();
    }

    private void recordFinalLevel() {
        var row = vm.selectedProperty().get();
        if (row == null) {
            return;
        }
        ComboBox<ReviewLevel> level = new ComboBox<>();
        level.setId("finalLevelChoice");
        level.getItems().addAll(ReviewLevel.values());
        Controls.showAs(level, l -> ReviewText.level(text, l));
        TextField decision = new TextField();
        decision.setId("finalDecisionNumber");
        decision.setPromptText(text.text("reviewScreen.final.decision.prompt"));
        StringProperty date = new SimpleStringProperty("");
        DatePicker datePicker = DateFields.create("finalDecisionDate", date, "dd/mm/yyyy");
        StringProperty problem = new SimpleStringProperty("");
        FormGrid grid = new FormGrid();
        Label about = new Label(text.format("reviewScreen.final.about", row.name(), row.cellLevel()));
        grid.addWide(about);
        grid.add(text.text("reviewScreen.final.level"), level, null);
        grid.add(text.text("reviewScreen.final.decision"), decision, null);
        grid.add(text.text("reviewScreen.final.date"), datePicker, null);
        Label warning = new Label(text.text("reviewScreen.final.locked"));
        warning.setWrapText(true);
        warning.getStyleClass().add(AppStyles.MUTED);
        grid.addWide(warning);
        grid.addWide(FormGrid.errorLabel(problem));
        Dialog<Boolean> dialog = dialogs.form("finalLevelForm", text.plain("reviewScreen.final.title"), grid.node(),
                text.plain("reviewScreen.final.save"), new ReadOnlyBooleanWrapper(false),
                done -> vm.recordFinalLevel(row.memberId(), level.getValue(), decision.getText(), date.get(),
                        () -> done.accept(true), problem::set));
        dialog.getDialogPane().setPrefWidth(520);
        Platform.runLater(level::requestFocus);
        dialog.showAndWait();
        table.requestFocus();
    }

    private void openSelected() {
        var row = vm.selectedProperty().get();
        if (row == null || !row.included() || vm.period() == null) {
            return;
        }
        vm.saveMeeting(() -> sheet.open(vm.period().id(), row.memberId(), () -> {
            showPage(sheetView.node(), mainPage);
            sheetView.focus();
        }));
    }

    private void showMain() {
        showPage(mainPage, sheetView.node());
        vm.refresh(() -> Platform.runLater(table::requestFocus));
    }

    /** Swaps the page shown; the Alt keys of the page taken out no longer reach its hidden buttons. */
    private void showPage(Node page, Node removed) {
        Scene scene = root.getScene();
        root.getChildren().setAll(page);
        if (scene != null) {
            Mnemonics.forget(scene, removed);
        }
    }

    private boolean isSheetShown() {
        return root.getChildren().contains(sheetView.node());
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void shown() {
        vm.refresh();
        if (!isSheetShown()) {
            Platform.runLater(table::requestFocus);
        }
    }

    /** A search hit on a review: its period is shown, on the members' list. */
    @Override
    public void showRecord(SearchRef ref) {
        if (isSheetShown()) {
            if (sheet.dirtyProperty().get()) {
                sheet.save(() -> { });
            }
            showPage(mainPage, sheetView.node());
        }
        vm.showPeriod(ref.ownerId());
    }

    @Override
    public void leaving() {
        if (isSheetShown()) {
            if (sheet.dirtyProperty().get()) {
                sheet.save(() -> { });
            }
        } else if (vm.meetingDirtyProperty().get()) {
            vm.saveMeeting(() -> { });
        }
    }

    @Override
    public Map<KeyCombination, Runnable> shortcuts() {
        return shortcuts;
    }
}
