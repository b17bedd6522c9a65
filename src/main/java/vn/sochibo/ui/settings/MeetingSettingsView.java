package vn.sochibo.ui.settings;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.sochibo.domain.meeting.MeetingKind;
import vn.sochibo.ui.common.AppStyles;
import vn.sochibo.ui.common.FormGrid;
import vn.sochibo.ui.common.UiText;

/** The "Sinh hoạt" tab: meeting standards, then the self-score sheet as an editable table. */
final class MeetingSettingsView {
    private final MeetingSettingsViewModel vm;
    private final UiText text;
    private final VBox root;
    private final GridPane sheet = new GridPane();

    MeetingSettingsView(MeetingSettingsViewModel vm, UiText text) {
        this.vm = vm;
        this.text = text;

        FormGrid standards = new FormGrid();
        standardRow(standards, "settings.standards.regular", "minRegularMinutes", vm.regularMinutesProperty(),
                "settings.standards.minutes");
        standardRow(standards, "settings.standards.combined", "minCombinedMinutes", vm.combinedMinutesProperty(),
                "settings.standards.minutes");
        standardRow(standards, "settings.standards.lowAttendance", "lowAttendancePercent", vm.lowAttendanceProperty(),
                "settings.standards.percent");
        Label standardsHint = muted(text.text("settings.standards.hint"));
        HBox standardsButtons = buttons(
                button("saveStandards", "settings.standards.save", vm::saveStandards, true),
                button("restoreStandards", "settings.restoreDefaults", vm::restoreDefaultStandards, false),
                status("standardsStatus", vm.standardsStatusProperty()));
        standardsButtons.getChildren().get(0).disableProperty().bind(vm.savingStandardsProperty());

        sheet.setHgap(8);
        sheet.setVgap(6);
        sheet.setId("scoreSheet");
        ColumnConstraints nameColumn = new ColumnConstraints();
        nameColumn.setHgrow(Priority.ALWAYS);
        sheet.getColumnConstraints().addAll(nameColumn, new ColumnConstraints());
        vm.criteria().addListener((ListChangeListener<MeetingSettingsViewModel.CriterionRow>) c -> rebuildSheet());
        rebuildSheet();
        Label total = new Label();
        total.setId("scoreSheetTotal");
        total.getStyleClass().add(Styles.TEXT_BOLD);
        total.textProperty().bind(vm.sheetTotalProperty());
        Label sheetError = FormGrid.errorLabel(vm.sheetErrorProperty());
        sheetError.setId("scoreSheetError");
        Button add = button("addCriterion", "settings.scoreSheet.add", () -> {
            vm.addCriterion();
            // Focus the new criterion's name.
            sheet.getChildren().stream().filter(n -> n instanceof TextField).reduce((a, b) -> b)
                    .ifPresent(Node::requestFocus);
        }, false);
        HBox sheetButtons = buttons(
                button("saveScoreSheet", "settings.scoreSheet.save", vm::saveSheet, true),
                button("restoreScoreSheet", "settings.restoreDefaults", vm::restoreDefaultSheet, false),
                status("scoreSheetStatus", vm.sheetStatusProperty()));
        sheetButtons.getChildren().get(0).disableProperty().bind(vm.savingSheetProperty());

        root = new VBox(12,
                SettingsView.section(text.text("settings.section.standards")), standards.node(), standardsHint,
                standardsButtons,
                SettingsView.section(text.text("settings.section.scoreSheet")),
                muted(text.text("settings.scoreSheet.hint")),
                sheet, new HBox(12, add, total), sheetError, sheetButtons);
        root.getChildren().addAll(agendaTemplate(vm.agendaTemplate()));
        root.getStyleClass().addAll("area", "settings");
        root.setMaxWidth(860);
    }

    /** The agenda a new meeting of each kind starts with: kind, one part per line, save, built-in. */
    private List<Node> agendaTemplate(AgendaTemplateViewModel template) {
        ComboBox<MeetingKind> kind = new ComboBox<>();
        kind.setId("agendaTemplateKind");
        kind.getItems().setAll(MeetingKind.values());
        kind.valueProperty().bindBidirectional(template.kindProperty());
        kind.setCellFactory(l -> kindCell());
        kind.setButtonCell(kindCell());
        TextArea lines = new TextArea();
        lines.setId("agendaTemplateLines");
        lines.setPrefRowCount(8);
        lines.textProperty().bindBidirectional(template.linesProperty());
        lines.setAccessibleText(text.text("settings.section.agendaTemplate"));
        Label error = FormGrid.errorLabel(template.errorProperty());
        error.setId("agendaTemplateError");
        HBox buttons = buttons(button("saveAgendaTemplate", "agendaTemplate.save", template::save, true),
                button("restoreAgendaTemplate", "settings.restoreDefaults", template::restoreBuiltIn, false),
                status("agendaTemplateStatus", template.statusProperty()));
        buttons.getChildren().get(0).disableProperty().bind(template.savingProperty());
        return List.of(SettingsView.section(text.text("settings.section.agendaTemplate")),
                muted(text.text("agendaTemplate.hint")), new HBox(8, new Label(text.text("agendaTemplate.kind")), kind),
                lines, error, buttons);
    }

    private ListCell<MeetingKind> kindCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(MeetingKind k, boolean empty) {
                super.updateItem(k, empty);
                setText(empty || k == null ? null : SettingsText.meetingKind(text, k));
            }
        };
    }

    /** One line per criterion: name, maximum points, up, down, remove; each field's message under it. */
    private void rebuildSheet() {
        sheet.getChildren().clear();
        sheet.add(columnTitle("settings.scoreSheet.name"), 0, 0);
        sheet.add(columnTitle("settings.scoreSheet.maxPoints"), 1, 0);
        int row = 1;
        int index = 0;
        for (MeetingSettingsViewModel.CriterionRow c : vm.criteria()) {
            TextField name = new TextField();
            name.setId("criterionName-" + index);
            name.textProperty().bindBidirectional(c.nameProperty());
            name.setAccessibleText(text.text("settings.scoreSheet.name"));
            TextField points = numberField("criterionPoints-" + index, c.maxPointsProperty());
            points.setAccessibleText(text.text("settings.scoreSheet.maxPoints"));
            Button up = smallButton("criterionUp-" + index, "▲", "settings.scoreSheet.up", () -> vm.moveCriterion(c, -1));
            Button down = smallButton("criterionDown-" + index, "▼", "settings.scoreSheet.down",
                    () -> vm.moveCriterion(c, 1));
            Button remove = smallButton("criterionRemove-" + index, "✕", "settings.scoreSheet.remove",
                    () -> vm.removeCriterion(c));
            up.setDisable(index == 0);
            down.setDisable(index == vm.criteria().size() - 1);
            sheet.addRow(row++, name, points, new HBox(4, up, down, remove));
            Label nameError = FormGrid.errorLabel(c.nameErrorProperty());
            Label pointsError = FormGrid.errorLabel(c.pointsErrorProperty());
            sheet.add(nameError, 0, row);
            sheet.add(pointsError, 1, row, 2, 1);
            row++;
            index++;
        }
    }

    private Label columnTitle(String key) {
        Label label = new Label(text.text(key));
        label.getStyleClass().add(AppStyles.MUTED);
        return label;
    }

    private Button smallButton(String id, String symbol, String tooltipKey, Runnable action) {
        Button b = new Button(symbol);
        b.setId(id);
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        b.setTooltip(new Tooltip(text.text(tooltipKey)));
        b.setAccessibleText(text.text(tooltipKey));
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static TextField numberField(String id, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(5);
        field.setMaxWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private void standardRow(FormGrid form, String labelKey, String field,
            javafx.beans.property.StringProperty value, String unitKey) {
        TextField input = numberField(field, value);
        HBox box = new HBox(8, input, new Label(text.text(unitKey)));
        box.setAlignment(Pos.CENTER_LEFT);
        form.add(text.text(labelKey), box, input, vm.standardsErrors().of(field));
    }

    private Button button(String id, String labelKey, Runnable action, boolean accent) {
        Button b = new Button(text.text(labelKey));
        b.setId(id);
        if (accent) {
            b.getStyleClass().add(Styles.ACCENT);
        }
        b.setOnAction(e -> action.run());
        return b;
    }

    private static Label status(String id, javafx.beans.value.ObservableStringValue value) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.textProperty().bind(value);
        return label;
    }

    private static Label muted(String s) {
        Label label = new Label(s);
        label.getStyleClass().add(AppStyles.MUTED);
        label.setWrapText(true);
        return label;
    }

    private static HBox buttons(Node... nodes) {
        HBox box = new HBox(12, nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    void save() {
        root.requestFocus();
        vm.saveStandards();
        vm.saveSheet();
    }

    void shown() {
        vm.load();
    }

    Node node() {
        return root;
    }
}
