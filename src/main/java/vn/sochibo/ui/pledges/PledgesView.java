package vn.sochibo.ui.pledges;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import vn.sochibo.domain.pledge.PledgeKind;
import vn.sochibo.ui.common.AppStyles;
import vn.sochibo.ui.common.AreaView;
import vn.sochibo.ui.common.Controls;
import vn.sochibo.ui.common.UiContext;
import vn.sochibo.ui.common.Tables;
import vn.sochibo.ui.common.UiText;
import vn.sochibo.ui.document.DocumentPreviews;

/**
 * The "Cam kết" area. The overview: year and kind, one line per member (registered or not, items, completed,
 * overdue, completion rate) with those who have not registered highlighted, the cell's total, and the items due
 * within 30 days and those overdue. Enter (or a double click) opens a member's pledge for the year in the editor
 * page; Esc comes back. Printing goes through the print preview.
 */
public final class PledgesView implements AreaView, vn.sochibo.ui.common.RecordView {
    private final PledgesViewModel vm;
    private final PledgeEditorViewModel editor;
    private final UiContext ctx;
    private final UiText text;
    private final DocumentPreviews previews;
    private final StackPane root = new StackPane();
    private final BorderPane overviewPage = new BorderPane();
    private final TableView<PledgesViewModel.Row> table;
    private final PledgeEditorView editorView;
    private final Map<KeyCombination, Runnable> shortcuts = new LinkedHashMap<>();

    public PledgesView(PledgesViewModel vm, PledgeEditorViewModel editor, UiContext ctx) {
        this.vm = vm;
        this.editor = editor;
        this.ctx = ctx;
        this.text = ctx.text();
        this.previews = new DocumentPreviews(ctx);
        root.setId("pledgesView");
        root.getStyleClass().add("area");
        table = overviewTable();
        overviewPage.setTop(new VBox(10, header(), toolbar(), figures()));
        SplitPane split = new SplitPane(table, lists());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.76);
        overviewPage.setCenter(split);
        BorderPane.setMargin(split, new Insets(10, 0, 0, 0));
        editorView = new PledgeEditorView(editor, text, ctx.dialogs(), previews, this::showOverview);
        editor.setOnChanged(vm::refresh);
        root.getChildren().setAll(overviewPage);
        shortcuts.put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), () -> {
            if (isEditorShown()) {
                editorView.addItem();
            }
        });
        shortcuts.put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), () -> {
            if (isEditorShown()) {
                editorView.printForm();
            } else {
                previews.show(vm.summaryForPrint());
            }
        });
    }

    private Node header() {
        Label title = new Label(text.plain("nav.pledges"));
        title.getStyleClass().add(AppStyles.PAGE_TITLE);
        Label asOf = new Label();
        asOf.setId("pledgesAsOf");
        asOf.getStyleClass().add(AppStyles.MUTED);
        asOf.textProperty().bind(vm.asOfProperty());
        Button open = Controls.button(text, "openPledge", "pledges.open", "pledges.open.tooltip", this::openSelected);
        open.getStyleClass().add(Styles.ACCENT);
        open.disableProperty().bind(vm.selectedProperty().isNull());
        Button printForm = Controls.button(text, "printPledgeForm", "pledges.printForm", "pledges.printForm.tooltip",
                this::printSelectedForm);
        printForm.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> vm.selectedProperty().get() == null || vm.selectedProperty().get().pledgeId() == null,
                vm.selectedProperty()));
        Button printSummary = Controls.button(text, "printPledgeSummary",
                "pledges.printSummary", "pledges.printSummary.tooltip",
                () -> previews.show(vm.summaryForPrint()));
        HBox spacer = new HBox();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(10, title, asOf, spacer, open, printForm, printSummary);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private Node toolbar() {
        ComboBox<Integer> year = new ComboBox<>(vm.years());
        year.setId("pledgeYear");
        year.setValue(vm.yearProperty().get());
        year.valueProperty().addListener((obs, old, y) -> {
            if (y != null) {
                vm.yearProperty().set(y);
            }
        });
        Label yearLabel = Controls.label(text, "pledges.year", year);
        ComboBox<PledgeKind> kind = new ComboBox<>();
        kind.setId("pledgeKindFilter");
        kind.getItems().add(null);
        kind.getItems().addAll(PledgeKind.values());
        Controls.showAs(kind, k -> PledgeText.kind(text, k));
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        Label kindLabel = Controls.label(text, "pledges.kindFilter", kind);
        HBox bar = new HBox(10, yearLabel, year, kindLabel, kind);
        HBox.setMargin(kindLabel, new Insets(0, 0, 0, 12));
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("toolbar-row");
        return bar;
    }

    private Node figures() {
        Label missing = new Label();
        missing.setId("pledgesNotRegistered");
        missing.setWrapText(true);
        missing.textProperty().bind(vm.notRegisteredProperty());
        missing.getStyleClass().addAll(Styles.WARNING, "pledge-missing-line");
        Label total = new Label();
        total.setId("pledgesTotal");
        total.setWrapText(true);
        total.getStyleClass().add(Styles.TEXT_BOLD);
        total.textProperty().bind(vm.totalProperty());
        return new VBox(4, total, missing);
    }

    private TableView<PledgesViewModel.Row> overviewTable() {
        TableView<PledgesViewModel.Row> t = new TableView<>(vm.rows());
        t.setId("pledgeTable");
        t.getStyleClass().add(Styles.DENSE);
        t.setPlaceholder(new Label(text.text("pledges.empty")));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        List<TableColumn<PledgesViewModel.Row, ?>> columns = new ArrayList<>();
        columns.add(column("pledges.column.member", PledgesViewModel.Row::name, 185));
        columns.add(column("pledges.column.registration", PledgesViewModel.Row::registration, 215));
        columns.get(columns.size() - 1).setMinWidth(215);
        columns.add(number("pledges.column.items", r -> r.registered() ? r.items() : null));
        columns.add(number("pledges.column.completed", r -> r.registered() ? r.completed() : null));
        columns.get(columns.size() - 1).setMinWidth(112);
        columns.add(number("pledges.column.overdue", r -> r.registered() ? r.overdue() : null));
        columns.add(column("pledges.column.rate", PledgesViewModel.Row::rate, 150));
        columns.get(columns.size() - 1).setMinWidth(150);
        t.getColumns().addAll(columns);
        t.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(PledgesViewModel.Row row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("pledge-missing");
                if (!empty && row != null && row.missing()) {
                    getStyleClass().add("pledge-missing");
                }
            }
        });
        Tables.followSelection(t, vm.selectedProperty());
        Tables.onOpen(t, this::openSelected);
        return t;
    }

    private TableColumn<PledgesViewModel.Row, String> column(String key,
            Function<PledgesViewModel.Row, String> value, double width) {
        return Tables.textColumn(text.text(key), value, width);
    }

    private TableColumn<PledgesViewModel.Row, Integer> number(String key,
            Function<PledgesViewModel.Row, Integer> value) {
        TableColumn<PledgesViewModel.Row, Integer> c = new TableColumn<>(text.text(key));
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(84);
        c.setSortable(false);
        c.setStyle("-fx-alignment: CENTER;");
        return c;
    }

    private Node lists() {
        ListView<PledgesViewModel.ItemRow> dueSoon = itemList("pledgesDueSoon", vm.dueSoon(), "pledges.dueSoon.empty");
        ListView<PledgesViewModel.ItemRow> overdue = itemList("pledgesOverdue", vm.overdue(), "pledges.overdue.empty");
        Label dueTitle = Controls.label(text, "pledges.dueSoon", dueSoon);
        dueTitle.getStyleClass().add("section-title");
        Label overdueTitle = Controls.label(text, "pledges.overdue", overdue);
        overdueTitle.getStyleClass().add("section-title");
        VBox box = new VBox(6, dueTitle, dueSoon, overdueTitle, overdue);
        VBox.setVgrow(dueSoon, Priority.ALWAYS);
        VBox.setVgrow(overdue, Priority.ALWAYS);
        box.setPadding(new Insets(0, 0, 0, 10));
        box.setMinWidth(260);
        return box;
    }

    private ListView<PledgesViewModel.ItemRow> itemList(String id,
            javafx.collections.ObservableList<PledgesViewModel.ItemRow> items, String emptyKey) {
        ListView<PledgesViewModel.ItemRow> list = new ListView<>(items);
        list.setId(id);
        Label empty = new Label(text.text(emptyKey));
        empty.setWrapText(true);
        empty.getStyleClass().add(AppStyles.MUTED);
        list.setPlaceholder(empty);
        list.setCellFactory(l -> new ListCell<>() {
            // A Text wraps at a set width and reports its true height, so every line of the item shows.
            private final Text shown = new Text();

            {
                shown.wrappingWidthProperty().bind(list.widthProperty().subtract(36));
                shown.getStyleClass().add("pledge-item-line");
            }

            @Override
            protected void updateItem(PledgesViewModel.ItemRow row, boolean isEmpty) {
                super.updateItem(row, isEmpty);
                setText(null);
                shown.getStyleClass().remove("pledge-overdue");
                if (isEmpty || row == null) {
                    setGraphic(null);
                    return;
                }
                shown.setText(text.format("pledges.itemLine", row.member(), row.content(), row.deadline(),
                        row.state()));
                if (row.overdue()) {
                    shown.getStyleClass().add("pledge-overdue");
                }
                setGraphic(shown);
            }
        });
        Runnable open = () -> {
            PledgesViewModel.ItemRow row = list.getSelectionModel().getSelectedItem();
            if (row != null) {
                openEditor(row.memberId(), row.year());
            }
        };
        Tables.onOpen(list, open);
        return list;
    }

    private void openSelected() {
        PledgesViewModel.Row row = vm.selectedProperty().get();
        if (row != null) {
            openEditor(row.memberId(), vm.yearProperty().get());
        }
    }

    private void printSelectedForm() {
        PledgesViewModel.Row row = vm.selectedProperty().get();
        if (row == null || row.pledgeId() == null) {
            return;
        }
        editor.open(row.memberId(), vm.yearProperty().get(), () -> previews.show(editor.formForPrint()));
    }

    private void openEditor(UUID memberId, int year) {
        editor.open(memberId, year, () -> {
            root.getChildren().setAll(editorView.node());
            editorView.focus();
        });
    }

    private void showOverview() {
        root.getChildren().setAll(overviewPage);
        vm.refresh(() -> Platform.runLater(table::requestFocus));
    }

    private boolean isEditorShown() {
        return root.getChildren().contains(editorView.node());
    }

    /** A search hit in a pledge: that member's pledge of that year in the editor. */
    @Override
    public void showRecord(vn.sochibo.application.search.SearchRef ref) {
        openEditor(ref.ownerId(), ref.year());
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void shown() {
        if (isEditorShown() && editor.memberId() != null) {
            editor.open(editor.memberId(), editor.pledge().year());
        }
        vm.refresh();
        if (!isEditorShown()) {
            Platform.runLater(table::requestFocus);
        }
    }

    @Override
    public Map<KeyCombination, Runnable> shortcuts() {
        return shortcuts;
    }
}
