package vn.sochibo.ui.meetings;

import atlantafx.base.theme.Styles;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.sochibo.domain.meeting.Attendance;
import vn.sochibo.domain.meeting.MeetingLimits;
import vn.sochibo.ui.common.Dialogs;
import vn.sochibo.ui.common.UiText;

/**
 * The roll call table with one-keystroke marks: C có mặt, M muộn, S về sớm, P vắng có lý do (asks the
 * reason), K vắng không lý do, Delete clears. The cursor moves to the next member after each mark.
 */
final class RollCallSection {
    private final VBox root;
    private final TableView<RollCallModel.Row> table;
    private final RollCallModel model;
    private final UiText text;
    private final Dialogs dialogs;

    RollCallSection(MeetingEditorViewModel vm, UiText text, Dialogs dialogs) {
        this.model = vm.rollCall();
        this.text = text;
        this.dialogs = dialogs;
        table = new TableView<>(model.rows());
        table.setId("rollCallTable");
        table.getStyleClass().add(Styles.DENSE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<RollCallModel.Row, String> number = new TableColumn<>(text.text("rollCall.column.number"));
        number.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                String.valueOf(model.rows().indexOf(c.getValue()) + 1)));
        number.setPrefWidth(50);
        number.setSortable(false);
        TableColumn<RollCallModel.Row, String> name = new TableColumn<>(text.text("rollCall.column.name"));
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().member().fullName()));
        name.setPrefWidth(220);
        name.setSortable(false);
        TableColumn<RollCallModel.Row, String> status = new TableColumn<>(text.text("rollCall.column.status"));
        status.setCellValueFactory(c -> new ReadOnlyStringWrapper(model.statusText(c.getValue())));
        status.setPrefWidth(140);
        status.setSortable(false);
        TableColumn<RollCallModel.Row, String> mark = new TableColumn<>(text.text("rollCall.column.attendance"));
        mark.setCellValueFactory(c -> new ReadOnlyStringWrapper(model.attendanceText(c.getValue())));
        mark.setSortable(false);
        table.getColumns().addAll(java.util.List.of(number, name, status, mark));
        table.setOnKeyPressed(e -> {
            Attendance a = switch (e.getCode()) {
                case C -> Attendance.PRESENT;
                case M -> Attendance.LATE;
                case S -> Attendance.LEFT_EARLY;
                case P -> Attendance.ABSENT_WITH_REASON;
                case K -> Attendance.ABSENT_WITHOUT_REASON;
                default -> null;
            };
            if (e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            if (a != null) {
                e.consume();
                markSelected(a);
            } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                e.consume();
                int i = table.getSelectionModel().getSelectedIndex();
                model.mark(i, null, null);
                table.getSelectionModel().select(i);
            }
        });

        Button allPresent = Fields.button(text, "allPresent", "rollCall.allPresent", "rollCall.allPresent.tooltip",
                () -> {
                    model.markAllPresent();
                    table.requestFocus();
                });
        allPresent.disableProperty().bind(vm.readOnlyProperty());
        HBox marks = new HBox(6, allPresent,
                markButton(vm, "markPresent", "rollCall.mark.present", Attendance.PRESENT),
                markButton(vm, "markLate", "rollCall.mark.late", Attendance.LATE),
                markButton(vm, "markLeftEarly", "rollCall.mark.leftEarly", Attendance.LEFT_EARLY),
                markButton(vm, "markAbsentWithReason", "rollCall.mark.absentWithReason", Attendance.ABSENT_WITH_REASON),
                markButton(vm, "markAbsent", "rollCall.mark.absent", Attendance.ABSENT_WITHOUT_REASON));
        marks.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label(text.text("rollCall.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(vn.sochibo.ui.common.AppStyles.MUTED);
        Label counts = new Label();
        counts.setId("attendanceCounts");
        counts.setWrapText(true);
        counts.setMinHeight(Label.USE_PREF_SIZE);
        counts.getStyleClass().add(Styles.TEXT_BOLD);
        counts.textProperty().bind(vm.countsTextProperty());
        Label tableLabel = Fields.label(text, "rollCall.table", table);
        VBox.setVgrow(table, Priority.ALWAYS);
        TextArea dues = Fields.textArea("duesStatus", vm.duesStatusProperty(), vm.readOnlyProperty(), vm::flush, 2);
        Fields.limit(dues, MeetingLimits.DUES);
        dues.setPromptText(text.text("rollCall.dues.prompt"));
        Label duesLabel = Fields.label(text, "rollCall.dues", dues);
        root = new VBox(8, counts, marks, hint, tableLabel, table, duesLabel, dues);
        root.getStyleClass().add("editor-section");
    }

    private Button markButton(MeetingEditorViewModel vm, String id, String key, Attendance a) {
        Button b = Fields.button(text, id, key, () -> {
            markSelected(a);
            table.requestFocus();
        });
        b.disableProperty().bind(vm.readOnlyProperty().or(table.getSelectionModel().selectedItemProperty().isNull()));
        return b;
    }

    private void markSelected(Attendance a) {
        int i = table.getSelectionModel().getSelectedIndex();
        if (i < 0) {
            return;
        }
        String reason = null;
        if (a == Attendance.ABSENT_WITH_REASON) {
            Optional<String> typed = askReason(model.rows().get(i).member().fullName(), model.rows().get(i).reason());
            if (typed.isEmpty()) {
                return;
            }
            reason = typed.get();
        }
        model.mark(i, a, reason);
        int next = Math.min(i + 1, model.rows().size() - 1);
        table.getSelectionModel().clearAndSelect(next);
        table.scrollTo(Math.max(0, next - 3));
        table.getFocusModel().focus(next);
    }

    private Optional<String> askReason(String name, String current) {
        Dialog<String> dialog = new Dialog<>();
        dialog.setTitle(text.plain("rollCall.reason.title"));
        TextField reason = new TextField(current == null ? "" : current);
        Fields.limit(reason, MeetingLimits.ABSENCE_REASON);
        reason.setId("absenceReason");
        reason.setPrefColumnCount(30);
        Label label = new Label(text.format("rollCall.reason.label", name));
        label.setLabelFor(reason);
        label.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(8, label, reason));
        ButtonType ok = dialogs.okButton();
        dialog.getDialogPane().getButtonTypes().addAll(ok, dialogs.cancelButton());
        dialog.setResultConverter(b -> b == ok ? reason.getText() : null);
        dialogs.prepare(dialog);
        Platform.runLater(reason::requestFocus);
        return dialog.showAndWait();
    }

    void focusTable() {
        table.requestFocus();
        if (table.getSelectionModel().isEmpty() && !model.rows().isEmpty()) {
            table.getSelectionModel().select(0);
        }
    }

    Node node() {
        return root;
    }
}
