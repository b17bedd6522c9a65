package vn.sochibo.ui.meetings;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.sochibo.domain.pledge.FollowUpStatus;
import vn.sochibo.domain.pledge.PledgeLimits;
import vn.sochibo.ui.common.AppStyles;
import vn.sochibo.ui.common.FormGrid;
import vn.sochibo.ui.common.Tables;
import vn.sochibo.ui.common.UiText;
import vn.sochibo.ui.pledges.StatusBox;

/**
 * The "Cam kết" tab: the pledge items due for checking at this meeting, and the result recorded here for the item
 * chosen. Disabled, showing what was recorded, once the meeting is finalized.
 */
final class PledgeChecksSection {
    private final SplitPane root;

    PledgeChecksSection(PledgeChecksModel model, UiText text) {
        var readOnly = model.readOnlyProperty();
        TableView<PledgeChecksModel.Row> table = new TableView<>(model.rows());
        table.setId("pledgeChecks");
        table.getStyleClass().add(Styles.DENSE);
        Label empty = new Label(text.text("pledgeCheck.empty"));
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<PledgeChecksModel.Row, String> state = column(text, "pledgeCheck.column.state",
                PledgeChecksModel.Row::state, 110);
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
        table.getColumns().addAll(List.of(
                column(text, "pledgeCheck.column.member", PledgeChecksModel.Row::member, 170),
                column(text, "pledgeCheck.column.item", PledgeChecksModel.Row::content, 330),
                column(text, "pledgeCheck.column.deadline", PledgeChecksModel.Row::deadline, 95),
                state,
                column(text, "pledgeCheck.column.recorded", PledgeChecksModel.Row::recordedText, 260)));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                model.selectedProperty().set(row);
            }
        });
        model.selectedProperty().addListener((obs, old, row) -> {
            if (row != null && table.getSelectionModel().getSelectedItem() != row) {
                table.getSelectionModel().select(row);
            }
        });
        Label hint = new Label(text.text("pledgeCheck.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(AppStyles.MUTED);
        Label summary = Fields.message(model.summaryProperty(), AppStyles.MUTED);
        summary.setId("pledgeCheckSummary");
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox top = new VBox(8, Fields.sectionTitle(text, "pledgeCheck.title"), hint, summary,
                Fields.label(text, "pledgeCheck.table", table), table);
        top.getStyleClass().add("editor-section");

        FormGrid form = new FormGrid();
        Label chosen = new Label();
        chosen.setId("pledgeCheckItem");
        chosen.setWrapText(true);
        chosen.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            var row = model.selectedProperty().get();
            return row == null ? text.text("pledgeCheck.noneChosen")
                    : text.format("pledgeCheck.chosen", row.member(), row.content());
        }, model.selectedProperty()));
        form.addWide(chosen);
        ComboBox<FollowUpStatus> status = StatusBox.create(text);
        status.setId("pledgeCheckStatus");
        status.valueProperty().bindBidirectional(model.statusProperty());
        form.add(text.text("pledgeCheck.status"), status, null);
        TextField progress = new TextField();
        progress.setId("pledgeCheckProgress");
        progress.textProperty().bindBidirectional(model.progressProperty());
        Fields.limit(progress, PledgeLimits.PROGRESS);
        form.add(text.text("pledgeCheck.progress"), progress, null);
        TextField evidence = new TextField();
        evidence.setId("pledgeCheckEvidence");
        evidence.textProperty().bindBidirectional(model.evidenceProperty());
        Fields.limit(evidence, PledgeLimits.EVIDENCE);
        form.add(text.text("pledgeCheck.evidence"), evidence, model.errorProperty());
        Button record = Fields.button(text, "recordPledgeCheck", "pledgeCheck.record", "pledgeCheck.record.tooltip",
                model::record);
        record.getStyleClass().add(Styles.ACCENT);
        Button remove = Fields.button(text, "removePledgeCheck", "pledgeCheck.remove", model::remove);
        progress.setOnAction(e -> record.fire());
        evidence.setOnAction(e -> record.fire());
        var none = model.selectedProperty().isNull();
        record.disableProperty().bind(none.or(readOnly).or(model.workingProperty()));
        remove.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.selectedProperty().get() == null || model.selectedProperty().get().recorded() == null,
                model.selectedProperty()).or(readOnly).or(model.workingProperty()));
        status.disableProperty().bind(none.or(readOnly));
        progress.disableProperty().bind(none.or(readOnly));
        evidence.disableProperty().bind(none.or(readOnly));
        form.addWide(new HBox(10, record, remove));
        Label locked = new Label(text.text("pledgeCheck.locked"));
        locked.setWrapText(true);
        locked.getStyleClass().add(AppStyles.MUTED);
        locked.visibleProperty().bind(readOnly);
        locked.managedProperty().bind(locked.visibleProperty());
        VBox bottom = new VBox(8, Fields.sectionTitle(text, "pledgeCheck.formTitle"), locked, form.node());
        bottom.getStyleClass().add("editor-section");
        root = new SplitPane(top, bottom);
        root.setOrientation(Orientation.VERTICAL);
        root.setDividerPositions(0.6);
    }

    private static TableColumn<PledgeChecksModel.Row, String> column(UiText text, String key,
            Function<PledgeChecksModel.Row, String> value, double width) {
        return Tables.textColumn(text.text(key), value, width);
    }

    Node node() {
        return root;
    }
}
