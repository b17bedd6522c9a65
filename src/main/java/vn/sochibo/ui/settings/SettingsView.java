package vn.sochibo.ui.settings;

import atlantafx.base.theme.Styles;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.sochibo.application.settings.SettingsService;
import vn.sochibo.ui.cell.CellProfileFormView;
import vn.sochibo.ui.common.AppStyles;
import vn.sochibo.ui.common.FormGrid;
import vn.sochibo.ui.common.UiText;
import vn.sochibo.ui.common.AreaView;

/**
 * The "Cài đặt" area, in tabs: "Chi bộ" (the cell profile, text size and reminder: Ctrl+S saves the profile
 * and the reminder; the text size applies at once), "Sinh hoạt" (meeting standards and the self-score sheet),
 * "Biểu quyết" (vote thresholds) and "Dữ liệu" (the integrity check, the audit trail). Ctrl+S saves the tab shown.
 */
public final class SettingsView implements AreaView {
    private final SettingsViewModel vm;
    private final MeetingSettingsView meetingsTab;
    private final VoteSettingsView votesTab;
    private final VerifyView verifyTab;
    private final AuditView auditSection;
    private final BorderPane root;
    private final TabPane tabs;
    private final ScrollPane cellTab;
    private final VBox dataTab;
    private final Slider textScale;
    private final Map<KeyCombination, Runnable> shortcuts;

    public SettingsView(SettingsViewModel vm, MeetingSettingsViewModel meetingSettings, VoteSettingsViewModel votes,
            VerifyViewModel verify, AuditViewModel audit, UiText text) {
        this.vm = vm;
        this.meetingsTab = new MeetingSettingsView(meetingSettings, text);
        this.votesTab = new VoteSettingsView(votes, text);
        this.verifyTab = new VerifyView(verify, text);
        this.auditSection = new AuditView(audit, text);
        // The audit trail stays last: the sections added later go above it.
        this.dataTab = new VBox(24, verifyTab.node(), auditSection.node());
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
                section(text.text("settings.section.cell")), cellForm.node(),
                section(text.text("settings.section.display")), display.node(), textScaleHint,
                saveRow);
        content.getStyleClass().addAll("area", "settings");
        content.setMaxWidth(860);
        cellTab = scrolling(content);

        tabs = new TabPane(
                tab("tabSettingsCell", text.text("settings.tab.cell"), cellTab),
                tab("tabSettingsMeetings", text.text("settings.tab.meetings"), scrolling(meetingsTab.node())),
                tab("tabSettingsVotes", text.text("settings.tab.votes"), scrolling(votesTab.node())),
                tab("tabSettingsData", text.text("settings.tab.data"), scrolling(dataTab)));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("settingsTabs");
        BorderPane.setMargin(title, new Insets(16, 24, 4, 24));
        root = new BorderPane(tabs);
        root.setTop(title);
        root.setId("settingsView");
        shortcuts = Map.of(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), this::save);
    }

    /** Adds a section (its own node and view model) below the others in the "Dữ liệu" tab. */
    public SettingsView addDataSection(Node section) {
        dataTab.getChildren().add(dataTab.getChildren().size() - 1, section);
        return this;
    }

    private static Tab tab(String id, String label, Node content) {
        Tab tab = new Tab(label, content);
        tab.setId(id);
        return tab;
    }

    private static ScrollPane scrolling(Node content) {
        ScrollPane pane = new ScrollPane(content);
        pane.setFitToWidth(true);
        pane.getStyleClass().add("edge-to-edge");
        return pane;
    }

    /** Saves the form of the tab shown. */
    private void save() {
        // Take a date or number typed but not yet committed (the field still has focus).
        root.requestFocus();
        switch (tabs.getSelectionModel().getSelectedIndex()) {
            case 0 -> vm.save();
            case 1 -> meetingsTab.save();
            case 2 -> votesTab.save();
            default -> { }
        }
    }

    private static int snapped(double value) {
        return (int) (Math.round(value / 10.0) * 10);
    }


    static Label section(String title) {
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
        meetingsTab.shown();
        votesTab.shown();
        auditSection.shown();
    }

    @Override
    public Map<KeyCombination, Runnable> shortcuts() {
        return shortcuts;
    }
}
