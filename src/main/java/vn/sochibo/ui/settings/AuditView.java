package vn.sochibo.ui.settings;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.sochibo.ui.common.AppStyles;
import vn.sochibo.ui.common.DateFields;
import vn.sochibo.ui.common.UiText;

/**
 * The audit trail section of the "Dữ liệu" tab: filters, a read-only table (newest first, a page at a time) and
 * the check of the trail's hash chain. Nothing here changes the trail.
 */
final class AuditView {
    private final AuditViewModel vm;
    private final VBox root;

    /** A filter choice: the value (null for "all") and its words. */
    private record Choice<T>(T value, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    AuditView(AuditViewModel vm, UiText text) {
        this.vm = vm;
        Label explanation = new Label(text.text("audit.explanation"));
        explanation.setWrapText(true);
        explanation.getStyleClass().add(AppStyles.MUTED);

        ComboBox<Choice<vn.sochibo.application.audit.AuditAction>> action =
                choices("auditAction", vm.actionChoices(), vm::actionName, vm.actionProperty());
        ComboBox<Choice<vn.sochibo.application.audit.AuditKind>> kind =
                choices("auditKind", vm.kindChoices(), vm::kindName, vm.kindProperty());
        DatePicker from = DateFields.create("auditFrom", vm.fromProperty(), text.text("audit.filter.from"));
        DatePicker to = DateFields.create("auditTo", vm.toProperty(), text.text("audit.filter.to"));
        from.setPrefWidth(150);
        to.setPrefWidth(150);
        Button apply = new Button(text.text("audit.filter.apply"));
        apply.setId("auditApply");
        apply.setOnAction(e -> {
            // Take a date typed but not yet committed (the field still has focus).
            apply.requestFocus();
            vm.load();
        });
        apply.disableProperty().bind(vm.loadingProperty());
        Button clear = new Button(text.text("audit.filter.clear"));
        clear.setId("auditClear");
        clear.setOnAction(e -> vm.clearFilters());
        clear.disableProperty().bind(vm.loadingProperty());
        FlowPane filters = new FlowPane(8, 8, new Label(text.text("audit.filter.action")), action,
                new Label(text.text("audit.filter.kind")), kind, new Label(text.text("audit.filter.dates")), from,
                new Label("–"), to, apply, clear);
        filters.setAlignment(Pos.CENTER_LEFT);

        TableView<AuditViewModel.Row> table = new TableView<>(vm.rows());
        table.setId("auditTable");
        table.setEditable(false);
        table.setPrefHeight(420);
        table.setPlaceholder(new Label(text.text("audit.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(text.text("audit.column.time"), AuditViewModel.Row::time, 130));
        table.getColumns().add(column(text.text("audit.column.user"), AuditViewModel.Row::user, 100));
        table.getColumns().add(column(text.text("audit.column.action"), AuditViewModel.Row::action, 110));
        table.getColumns().add(column(text.text("audit.column.kind"), AuditViewModel.Row::kind, 130));
        TableColumn<AuditViewModel.Row, String> summary =
                column(text.text("audit.column.summary"), AuditViewModel.Row::summary, 360);
        summary.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null ? null : new Tooltip(item));
            }
        });
        table.getColumns().add(summary);

        Label status = new Label();
        status.setId("auditStatus");
        status.textProperty().bind(vm.statusProperty());
        Button more = new Button(text.text("audit.more"));
        more.setId("auditMore");
        more.visibleProperty().bind(vm.hasMoreProperty());
        more.managedProperty().bind(more.visibleProperty());
        more.disableProperty().bind(vm.loadingProperty());
        more.setOnAction(e -> vm.loadMore());
        HBox pageRow = new HBox(12, status, more);
        pageRow.setAlignment(Pos.CENTER_LEFT);

        Button verify = new Button(text.text("audit.verify"));
        verify.setId("auditVerify");
        verify.setOnAction(e -> vm.verifyChain());
        Label chain = new Label();
        chain.setId("auditChainStatus");
        chain.setWrapText(true);
        chain.textProperty().bind(vm.chainStatusProperty());
        vm.chainIntactProperty().addListener((obs, was, ok) -> {
            chain.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
            chain.getStyleClass().add(ok ? Styles.SUCCESS : Styles.DANGER);
        });
        HBox verifyRow = new HBox(12, verify, chain);
        verifyRow.setAlignment(Pos.CENTER_LEFT);

        root = new VBox(12, SettingsView.section(text.text("audit.title")), explanation, filters, table, pageRow,
                verifyRow);
        root.getStyleClass().addAll("area", "settings");
        root.setMaxWidth(1100);
    }

    private static <T> ComboBox<Choice<T>> choices(String id, List<T> values, Function<T, String> words,
            ObjectProperty<T> selected) {
        ComboBox<Choice<T>> box = new ComboBox<>();
        box.setId(id);
        values.forEach(v -> box.getItems().add(new Choice<>(v, words.apply(v))));
        box.getSelectionModel().selectFirst();
        box.valueProperty().addListener((obs, old, choice) -> selected.set(choice == null ? null : choice.value()));
        selected.addListener((obs, old, value) -> box.getItems().stream().filter(c -> c.value() == value)
                .findFirst().ifPresent(box::setValue));
        return box;
    }

    private static TableColumn<AuditViewModel.Row, String> column(String title,
            Function<AuditViewModel.Row, String> value, double width) {
        TableColumn<AuditViewModel.Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(row -> new ReadOnlyStringWrapper(value.apply(row.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    /** Loads the newest entries under the filters chosen (when the settings area is shown). */
    void shown() {
        vm.load();
    }

    Node node() {
        return root;
    }
}
