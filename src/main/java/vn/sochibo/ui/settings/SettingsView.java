package vn.sochibo.ui.settings;

import atlantafx.base.theme.Styles;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.sochibo.application.settings.SettingsService;
import vn.sochibo.ui.cell.CellProfileFormView;
import vn.sochibo.ui.common.AppStyles;
import vn.sochibo.ui.common.FormGrid;
import vn.sochibo.ui.common.UiText;
import vn.sochibo.ui.common.AreaView;

/** The "Cài đặt" area. Ctrl+S saves the cell profile and the reminder; the text size applies at once. */
public final class SettingsView implements AreaView {
    private final SettingsViewModel vm;
    private final ScrollPane root;
    private final Slider textScale;
    private final Map<KeyCombination, Runnable> shortcuts;

    public SettingsView(SettingsViewModel vm, UiText text) {
        this.vm = vm;
        Label title = new Label(text.plain("nav.settings"));
        title.getStyleClass().add(AppStyles.PAGE_TITLE);

        CellProfileFormView cellForm = new CellProfileFormView(vm.profile(), text, true);

        textScale = new Slider(SettingsService.MIN_TEXT_SCALE, SettingsService.MAX_TEXT_SCALE,
                vm.textScaleProperty().get());
        textScale.setId("textScale");
        textScale.setMajorTickUnit(10);
        textScale.setMinorTickCount(0);
        textScale.setBlockIncrement(10);
        textScale.setSnapToTicks(true);
        textScale.setShowTickMarks(true);
        textScale.setShowTickLabels(true);
        textScale.setPrefWidth(320);
        textScale.valueProperty().addListener((obs, old, value) -> {
            if (!textScale.isValueChanging()) {
                vm.applyTextScale(snapped(value.doubleValue()));
            }
        });
        textScale.valueChangingProperty().addListener((obs, was, changing) -> {
            if (!changing) {
                vm.applyTextScale(snapped(textScale.getValue()));
            }
        });
        Label percent = new Label();
        percent.setId("textScaleValue");
        percent.textProperty().bind(vm.textScaleProperty().asString(text.text("settings.textScale.value")));
        HBox scaleRow = new HBox(12, textScale, percent);
        scaleRow.setAlignment(Pos.CENTER_LEFT);

        Spinner<Integer> reminder = new Spinner<>();
        reminder.setId("reminderDays");
        reminder.setEditable(true);
        SpinnerValueFactory.IntegerSpinnerValueFactory days =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 365, vm.reminderDaysProperty().get(), 5);
        reminder.setValueFactory(days);
        days.valueProperty().addListener((obs, old, value) -> {
            if (value != null) {
                vm.reminderDaysProperty().set(value);
            }
        });
        vm.reminderDaysProperty().addListener((obs, old, value) -> days.setValue(value.intValue()));
        reminder.setPrefWidth(120);
        Label daysUnit = new Label(text.text("settings.reminderDays.unit"));
        HBox reminderRow = new HBox(8, reminder, daysUnit);
        reminderRow.setAlignment(Pos.CENTER_LEFT);

        FormGrid display = new FormGrid();
        display.add(text.text("settings.textScale"), scaleRow, textScale, null);
        display.add(text.text("settings.reminderDays"), reminderRow, reminder, null);
        Label textScaleHint = new Label(text.text("settings.textScale.hint"));
        textScaleHint.getStyleClass().add(AppStyles.MUTED);
        textScaleHint.setWrapText(true);

        Button save = new Button(text.text("settings.save"));
        save.setId("saveSettings");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(false);
        save.disableProperty().bind(vm.savingProperty());
        save.setOnAction(e -> vm.save());
        Label status = new Label();
        status.setId("settingsStatus");
        status.textProperty().bind(vm.statusProperty());
        HBox saveRow = new HBox(12, save, status);
        saveRow.setAlignment(Pos.CENTER_LEFT);

        VBox content = new VBox(16,
                title,
                section(text.text("settings.section.cell")), cellForm.node(),
                section(text.text("settings.section.display")), display.node(), textScaleHint,
                saveRow);
        content.getStyleClass().addAll("area", "settings");
        content.setMaxWidth(860);
        root = new ScrollPane(content);
        root.setId("settingsView");
        root.setFitToWidth(true);
        root.getStyleClass().add("edge-to-edge");
        shortcuts = Map.of(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), this::save);
    }

    private void save() {
        // Take a date or number typed but not yet committed (the field still has focus).
        root.requestFocus();
        vm.save();
    }

    private static int snapped(double value) {
        return (int) (Math.round(value / 10.0) * 10);
    }

    private static Label section(String title) {
        Label label = new Label(title);
        label.getStyleClass().add("section-title");
        return label;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void shown() {
        textScale.setValue(vm.textScaleProperty().get());
        vm.load();
    }

    @Override
    public Map<KeyCombination, Runnable> shortcuts() {
        return shortcuts;
    }
}
