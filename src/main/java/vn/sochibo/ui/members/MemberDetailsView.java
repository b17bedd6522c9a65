package vn.sochibo.ui.members;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import vn.sochibo.domain.member.Member;
import vn.sochibo.ui.common.AppStyles;
import vn.sochibo.ui.common.DateText;
import vn.sochibo.ui.common.UiText;

/** The right-hand pane: the selected member's particulars and status history. */
final class MemberDetailsView {
    private final MemberDetailsViewModel vm;
    private final UiText text;
    private final StackPane root = new StackPane();
    private final TableView<HistoryEntry> history;
    private final Button addEvent;
    private final Button removeEvent;
    private final Button openDossier;
    private java.util.function.Consumer<java.util.UUID> onOpenDossier;

    MemberDetailsView(MemberDetailsViewModel vm, UiText text, Runnable onAddEvent, Runnable onRemoveEvent) {
        this.vm = vm;
        this.text = text;
        Label empty = new Label(text.text("members.details.none"));
        empty.setWrapText(true);
        empty.getStyleClass().add(AppStyles.MUTED);

        Label name = new Label();
        name.setId("detailsName");
        name.getStyleClass().add("details-name");
        name.setWrapText(true);
        name.textProperty().bind(Bindings.createStringBinding(
                () -> vm.memberProperty().get() == null ? "" : vm.memberProperty().get().fullName(),
                vm.memberProperty()));
        GridPane particulars = new GridPane();
        particulars.setHgap(10);
        particulars.setVgap(4);
        particulars.getStyleClass().add("details-grid");
        vm.memberProperty().addListener((obs, old, m) -> fill(particulars, m));

        Label historyTitle = new Label(text.text("members.history.title"));
        historyTitle.getStyleClass().add("section-title");
        history = historyTable();
        addEvent = new Button(text.text("members.history.add"));
        addEvent.setId("addEvent");
        addEvent.setOnAction(e -> onAddEvent.run());
        removeEvent = new Button(text.text("members.history.remove"));
        removeEvent.setId("removeEvent");
        removeEvent.setOnAction(e -> onRemoveEvent.run());
        removeEvent.disableProperty().bind(Bindings.createBooleanBinding(
                () -> selectedEntry() == null || !selectedEntry().isRemovable(),
                history.getSelectionModel().selectedItemProperty()));
        Label fixedHint = new Label(text.text("members.history.hint"));
        fixedHint.setWrapText(true);
        fixedHint.getStyleClass().add(AppStyles.MUTED);

        VBox person = new VBox(10, name, particulars);
        person.setMinWidth(0);
        person.setPrefWidth(320);
        openDossier = new Button(text.text("members.dossier"));
        openDossier.setId("memberDossier");
        openDossier.setTooltip(new javafx.scene.control.Tooltip(text.text("members.dossier.tooltip")));
        openDossier.setVisible(false);
        openDossier.setManaged(false);
        openDossier.disableProperty().bind(vm.memberProperty().isNull());
        openDossier.setOnAction(e -> {
            if (onOpenDossier != null && vm.memberProperty().get() != null) {
                onOpenDossier.accept(vm.memberProperty().get().id());
            }
        });
        HBox historyButtons = new HBox(8, addEvent, removeEvent, openDossier);
        VBox historyBox = new VBox(8, historyTitle, history, historyButtons, fixedHint);
        VBox.setVgrow(history, Priority.ALWAYS);
        HBox.setHgrow(historyBox, Priority.ALWAYS);
        HBox details = new HBox(24, person, historyBox);
        details.getStyleClass().add("details-pane");
        details.visibleProperty().bind(vm.memberProperty().isNotNull());
        empty.visibleProperty().bind(vm.memberProperty().isNull());
        root.getChildren().add(empty);
        // The details join the scene when a member is first shown: until then their history table would get its
        // skin and styles in the window's first frame for nothing (docs/performance.md, the window's start).
        if (vm.memberProperty().get() != null) {
            root.getChildren().add(details);
        } else {
            vm.memberProperty().addListener(new javafx.beans.InvalidationListener() {
                @Override
                public void invalidated(javafx.beans.Observable shown) {
                    if (vm.memberProperty().get() != null) {
                        vm.memberProperty().removeListener(this);
                        root.getChildren().add(details);
                    }
                }
            });
        }
        root.setId("memberDetails");
        root.setMinHeight(0);
        root.setPrefHeight(260);
        root.getStyleClass().add("details-root");
    }

    private TableView<HistoryEntry> historyTable() {
        TableView<HistoryEntry> table = new TableView<>(vm.history());
        table.setId("historyTable");
        table.getStyleClass().add(Styles.DENSE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(160);
        table.setPlaceholder(new Label(""));
        TableColumn<HistoryEntry, HistoryEntry> date = new TableColumn<>(text.text("members.history.date"));
        date.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        date.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(HistoryEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                setText(empty || entry == null ? null : DateText.format(entry.date()));
            }
        });
        date.setSortable(false);
        date.setPrefWidth(105);
        date.setMinWidth(95);
        TableColumn<HistoryEntry, String> what = new TableColumn<>(text.text("members.history.event"));
        what.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().description()));
        what.setSortable(false);
        what.setPrefWidth(230);
        TableColumn<HistoryEntry, String> note = new TableColumn<>(text.text("members.history.note"));
        note.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().note()));
        note.setSortable(false);
        table.getColumns().addAll(java.util.List.of(date, what, note));
        return table;
    }

    private void fill(GridPane grid, Member m) {
        grid.getChildren().clear();
        if (m == null) {
            return;
        }
        int row = 0;
        row = line(grid, row, "members.column.status", vm.statusText());
        row = line(grid, row, "members.column.gender", text.gender(m.gender()));
        row = line(grid, row, "members.column.birthDate", DateText.format(m.birthDate()));
        row = line(grid, row, "members.details.hometown", m.hometown());
        row = line(grid, row, "members.column.position", m.position());
        row = line(grid, row, "members.column.cardNumber", m.cardNumber());
        row = line(grid, row, "members.details.phone", m.phone());
        line(grid, row, "members.details.note", m.note());
    }

    private int line(GridPane grid, int row, String labelKey, String value) {
        if (value == null || value.isBlank()) {
            return row;
        }
        Label label = new Label(text.text(labelKey));
        label.getStyleClass().add(AppStyles.MUTED);
        label.setMinWidth(Label.USE_PREF_SIZE);
        Label shown = new Label(value);
        shown.setWrapText(true);
        grid.addRow(row, label, shown);
        return row + 1;
    }

    HistoryEntry selectedEntry() {
        return history.getSelectionModel().getSelectedItem();
    }

    StackPane node() {
        return root;
    }

    /** Shows the "Hồ sơ" button, which hands the member shown to {@code handler} (the dossier in "Sổ & hồ sơ"). */
    public void setOnOpenDossier(java.util.function.Consumer<java.util.UUID> handler) {
        onOpenDossier = handler;
        openDossier.setVisible(handler != null);
        openDossier.setManaged(handler != null);
    }
}
