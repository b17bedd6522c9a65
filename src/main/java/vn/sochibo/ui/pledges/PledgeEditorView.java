package vn.sochibo.ui.pledges;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import vn.sochibo.ui.common.AppStyles;
import vn.sochibo.ui.common.Controls;
import vn.sochibo.ui.common.DateFields;
import vn.sochibo.ui.common.Dialogs;
import vn.sochibo.ui.common.Tables;
import vn.sochibo.ui.common.UiText;
import vn.sochibo.ui.document.DocumentPreviews;

/**
 * The pledge editor page: the member's items grouped by kind with their state, registration, and the follow-ups of
 * the item chosen. Items and follow-ups are added and changed through forms that save at once.
 */
final class PledgeEditorView {
    private final PledgeEditorViewModel vm;
    private final UiText text;
    private final Dialogs dialogs;
    private final DocumentPreviews previews;
    private final BorderPane root = new BorderPane();
    private final TableView<PledgeEditorViewModel.ItemRow> items;
    private final TableView<PledgeEditorViewModel.FollowUpRow> followUps;

    PledgeEditorView(PledgeEditorViewModel vm, UiText text, Dialogs dialogs, DocumentPreviews previews,
            Runnable onBack) {
        this.vm = vm;
        this.text = text;
        this.dialogs = dialogs;
        this.previews = previews;
        root.setId("pledgeEditor");
        items = itemTable();
        followUps = followUpTable();
        root.setTop(header(onBack));
        SplitPane split = new SplitPane(itemsBox(), followUpsBox());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        root.setCenter(split);
        BorderPane.setMargin(split, new Insets(10, 0, 0, 0));
    }

    private Node header(Runnable onBack) {
        Button back = Controls.button(text, "pledgeBack", "pledgeEditor.back", "pledgeEditor.back.tooltip", onBack);
        back.setCancelButton(true);
        Label title = new Label();
        title.setId("pledgeEditorTitle");
        title.getStyleClass().add(Styles.TITLE_3);
        title.textProperty().bind(vm.titleProperty());
        title.setMinWidth(0);
        Label state = new Label();
        state.setId("pledgeState");
        state.getStyleClass().add(Styles.ACCENT);
        state.textProperty().bind(vm.stateProperty());
        state.setMinWidth(Label.USE_PREF_SIZE);
        HBox titleLine = new HBox(12, back, title, state);
        titleLine.setAlignment(Pos.CENTER_LEFT);

        Button copy = Controls.button(text, "copyLastYear",
                "pledgeEditor.copy", "pledgeEditor.copy.tooltip", vm::copyLastYear);
        copy.visibleProperty().bind(vm.canCopyProperty());
        copy.managedProperty().bind(copy.visibleProperty());
        copy.disableProperty().bind(vm.workingProperty());
        Button print = Controls.button(text, "printThisForm",
                "pledges.printForm", "pledges.printForm.tooltip", this::printForm);
        print.disableProperty().bind(vm.storedProperty().not());
        Button delete = Controls.button(text, "deletePledge",
                "pledgeEditor.delete", "pledgeEditor.delete.tooltip", this::delete);
        delete.disableProperty().bind(vm.storedProperty().not().or(vm.workingProperty()));

        DatePicker date = DateFields.create("registerDate", vm.registerDateProperty(), text.text("date.prompt"));
        date.setPrefWidth(150);
        date.setMaxWidth(150);
        Label dateLabel = Controls.label(text, "pledgeEditor.registerDate", date);
        Button register = Controls.button(text, "registerPledge",
                "pledgeEditor.register", "pledgeEditor.register.tooltip",
                vm::register);
        register.getStyleClass().add(Styles.ACCENT);
        register.disableProperty().bind(vm.workingProperty());
        HBox registerBox = new HBox(8, dateLabel, date, register);
        registerBox.setAlignment(Pos.CENTER_LEFT);
        registerBox.visibleProperty().bind(vm.registeredProperty().not());
        registerBox.managedProperty().bind(registerBox.visibleProperty());

        HBox actions = new HBox(10, registerBox, copy, print, delete);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("pledgeMessage");
        message.setWrapText(true);
        message.getStyleClass().add(AppStyles.MUTED);
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        Label problem = new Label();
        problem.setId("pledgeProblem");
        problem.setWrapText(true);
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(vm.problemProperty());
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        Label hint = new Label(text.text("pledgeEditor.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(AppStyles.MUTED);
        return new VBox(8, titleLine, actions, problem, message, hint);
    }

    private Node itemsBox() {
        Button add = Controls.button(text, "addPledgeItem",
                "pledgeEditor.addItem", "pledgeEditor.addItem.tooltip", this::addItem);
        add.disableProperty().bind(vm.workingProperty());
        Button edit = Controls.button(text, "editPledgeItem", "pledgeEditor.editItem", "pledgeEditor.editItem.tooltip",
                this::editItem);
        edit.disableProperty().bind(vm.selectedItemProperty().isNull());
        Button remove = Controls.button(text, "removePledgeItem",
                "pledgeEditor.removeItem", "pledgeEditor.removeItem.tooltip",
                this::removeItem);
        remove.disableProperty().bind(vm.selectedItemProperty().isNull().or(vm.workingProperty()));
        Label title = new Label(text.text("pledgeEditor.items"));
        title.setLabelFor(items);
        title.setMnemonicParsing(true);
        title.getStyleClass().add("section-title");
        HBox spacer = new HBox();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox line = new HBox(10, title, spacer, add, edit, remove);
        line.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, line, items);
        VBox.setVgrow(items, Priority.ALWAYS);
        return box;
    }

    private TableView<PledgeEditorViewModel.ItemRow> itemTable() {
        TableView<PledgeEditorViewModel.ItemRow> t = new TableView<>(vm.items());
        t.setId("pledgeItems");
        t.getStyleClass().add(Styles.DENSE);
        Label empty = new Label(text.text("pledgeEditor.items.empty"));
        empty.setWrapText(true);
        t.setPlaceholder(empty);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<PledgeEditorViewModel.ItemRow, String> group = column("pledgeEditor.column.kind",
                PledgeEditorViewModel.ItemRow::group, 190);
        group.setCellFactory(c -> wrapping(true));
        TableColumn<PledgeEditorViewModel.ItemRow, String> content = column("pledgeEditor.column.content",
                PledgeEditorViewModel.ItemRow::content, 380);
        content.setCellFactory(c -> wrapping(false));
        TableColumn<PledgeEditorViewModel.ItemRow, String> target = column("pledgeEditor.column.target",
                PledgeEditorViewModel.ItemRow::target, 230);
        target.setCellFactory(c -> wrapping(false));
        TableColumn<PledgeEditorViewModel.ItemRow, String> deadline = column("pledgeEditor.column.deadline",
                PledgeEditorViewModel.ItemRow::deadline, 100);
        TableColumn<PledgeEditorViewModel.ItemRow, String> state = column("pledgeEditor.column.state",
                PledgeEditorViewModel.ItemRow::state, 130);
        state.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String value, boolean isEmpty) {
                super.updateItem(value, isEmpty);
                setText(isEmpty ? null : value);
                getStyleClass().remove(Styles.DANGER);
                var row = getTableRow() == null ? null : getTableRow().getItem();
                if (!isEmpty && row != null && row.overdue()) {
                    getStyleClass().add(Styles.DANGER);
                }
            }
        });
        t.getColumns().addAll(List.of(group, content, target, deadline, state));
        t.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null || !vm.items().isEmpty()) {
                vm.selectedItemProperty().set(row);
            }
        });
        vm.selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null && t.getSelectionModel().getSelectedItem() != row) {
                t.getSelectionModel().select(row);
            }
        });
        t.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                editItem();
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                removeItem();
                e.consume();
            }
        });
        t.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                editItem();
            }
        });
        return t;
    }

    private Node followUpsBox() {
        Button add = Controls.button(text, "addFollowUp",
                "pledgeEditor.addFollowUp", "pledgeEditor.addFollowUp.tooltip",
                this::addFollowUp);
        add.disableProperty().bind(vm.selectedItemProperty().isNull().or(vm.registeredProperty().not()));
        Button edit = Controls.button(text, "editFollowUp",
                "pledgeEditor.editFollowUp", "pledgeEditor.editFollowUp.tooltip",
                this::editFollowUp);
        Button remove = Controls.button(text, "removeFollowUp", "pledgeEditor.removeFollowUp",
                "pledgeEditor.removeFollowUp.tooltip", this::removeFollowUp);
        var lockedOrNone = Bindings.createBooleanBinding(() -> {
            var f = followUps.getSelectionModel().getSelectedItem();
            return f == null || f.locked();
        }, followUps.getSelectionModel().selectedItemProperty());
        edit.disableProperty().bind(lockedOrNone);
        remove.disableProperty().bind(lockedOrNone.or(vm.workingProperty()));
        Label title = new Label(text.text("pledgeEditor.followUps"));
        title.setLabelFor(followUps);
        title.setMnemonicParsing(true);
        title.getStyleClass().add("section-title");
        Label draftHint = new Label(text.text("pledgeEditor.followUps.draftHint"));
        draftHint.setWrapText(true);
        draftHint.getStyleClass().add(AppStyles.MUTED);
        draftHint.visibleProperty().bind(vm.registeredProperty().not());
        draftHint.managedProperty().bind(draftHint.visibleProperty());
        HBox spacer = new HBox();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox line = new HBox(10, title, spacer, add, edit, remove);
        line.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, line, draftHint, followUps);
        VBox.setVgrow(followUps, Priority.ALWAYS);
        return box;
    }

    private TableView<PledgeEditorViewModel.FollowUpRow> followUpTable() {
        TableView<PledgeEditorViewModel.FollowUpRow> t = new TableView<>(vm.followUps());
        t.setId("pledgeFollowUps");
        t.getStyleClass().add(Styles.DENSE);
        Label empty = new Label(text.text("pledgeEditor.followUps.empty"));
        empty.setWrapText(true);
        t.setPlaceholder(empty);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<PledgeEditorViewModel.FollowUpRow, String> progress = followUpColumn(
                "pledgeEditor.followUp.progress", PledgeEditorViewModel.FollowUpRow::progress, 330);
        progress.setCellFactory(c -> wrapping(false));
        t.getColumns().addAll(List.of(
                followUpColumn("pledgeEditor.followUp.date", PledgeEditorViewModel.FollowUpRow::date, 100),
                followUpColumn("pledgeEditor.followUp.status", PledgeEditorViewModel.FollowUpRow::status, 130),
                progress,
                followUpColumn("pledgeEditor.followUp.evidence", PledgeEditorViewModel.FollowUpRow::evidence, 200),
                followUpColumn("pledgeEditor.followUp.meetingColumn", PledgeEditorViewModel.FollowUpRow::meeting,
                        200)));
        t.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                editFollowUp();
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                removeFollowUp();
                e.consume();
            }
        });
        t.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                editFollowUp();
            }
        });
        return t;
    }

    /** A cell whose text wraps at the column's width (a Text reports its true height, so the row grows). */
    private static <R> TableCell<R, String> wrapping(boolean bold) {
        return new TableCell<>() {
            private final Text shown = new Text();

            {
                shown.getStyleClass().add(bold ? "pledge-cell-bold" : "pledge-cell");
            }

            @Override
            protected void updateItem(String value, boolean isEmpty) {
                super.updateItem(value, isEmpty);
                setText(null);
                if (isEmpty || value == null) {
                    setGraphic(null);
                    return;
                }
                shown.setText(value);
                shown.wrappingWidthProperty().bind(getTableColumn().widthProperty().subtract(14));
                setGraphic(shown);
            }
        };
    }

    private TableColumn<PledgeEditorViewModel.ItemRow, String> column(String key,
            Function<PledgeEditorViewModel.ItemRow, String> value, double width) {
        return Tables.textColumn(text.text(key), value, width);
    }

    private TableColumn<PledgeEditorViewModel.FollowUpRow, String> followUpColumn(String key,
            Function<PledgeEditorViewModel.FollowUpRow, String> value, double width) {
        return Tables.textColumn(text.text(key), value, width);
    }


    void addItem() {
        if (vm.workingProperty().get()) {
            return;
        }
        var selected = vm.selectedItemProperty().get();
        new ItemFormDialog(vm.newItem(selected == null ? null : selected.item().kind()), vm.leaderProperty().get(),
                text, dialogs).showAndWait();
        items.requestFocus();
    }

    private void editItem() {
        var row = vm.selectedItemProperty().get();
        if (row == null) {
            return;
        }
        new ItemFormDialog(vm.editItem(row), vm.leaderProperty().get() || row.item().exampleSetting(), text,
                dialogs).showAndWait();
        items.requestFocus();
    }

    private void removeItem() {
        var row = vm.selectedItemProperty().get();
        if (row == null) {
            return;
        }
        if (dialogs.confirm(text.plain("pledgeEditor.removeItem.title"),
                text.format("pledgeEditor.removeItem.confirm", row.content()),
                text.plain("pledgeEditor.removeItem.button"))) {
            vm.removeItem(row);
        }
    }

    private void delete() {
        if (dialogs.confirm(text.plain("pledgeEditor.delete.title"), text.text("pledgeEditor.delete.confirm"),
                text.plain("pledgeEditor.delete.button"))) {
            vm.delete();
        }
    }

    private void addFollowUp() {
        var row = vm.selectedItemProperty().get();
        if (row == null || !vm.registeredProperty().get()) {
            return;
        }
        new FollowUpFormDialog(vm.newFollowUp(row), text, dialogs).showAndWait();
        followUps.requestFocus();
    }

    private void editFollowUp() {
        var row = vm.selectedItemProperty().get();
        FollowUpFormViewModel form = row == null ? null
                : vm.editFollowUp(row, followUps.getSelectionModel().getSelectedItem());
        if (form != null) {
            new FollowUpFormDialog(form, text, dialogs).showAndWait();
            followUps.requestFocus();
        }
    }

    private void removeFollowUp() {
        var f = followUps.getSelectionModel().getSelectedItem();
        if (f == null || f.locked()) {
            return;
        }
        if (dialogs.confirm(text.plain("pledgeEditor.removeFollowUp.title"),
                text.format("pledgeEditor.removeFollowUp.confirm", f.date()),
                text.plain("pledgeEditor.removeFollowUp.button"))) {
            vm.removeFollowUp(f);
        }
    }

    void printForm() {
        if (vm.storedProperty().get()) {
            previews.show(vm.formForPrint());
        }
    }

    void focus() {
        Platform.runLater(items::requestFocus);
    }

    Node node() {
        return root;
    }
}
