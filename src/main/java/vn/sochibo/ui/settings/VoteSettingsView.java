package vn.sochibo.ui.settings;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import vn.sochibo.domain.meeting.VoteThreshold;
import vn.sochibo.ui.common.AppStyles;
import vn.sochibo.ui.common.UiText;

/** The "Biểu quyết" tab: one line per kind of vote with its rule, its default and a way back to it. */
final class VoteSettingsView {
    private final VoteSettingsViewModel vm;
    private final UiText text;
    private final VBox root;
    private final GridPane grid = new GridPane();

    VoteSettingsView(VoteSettingsViewModel vm, UiText text) {
        this.vm = vm;
        this.text = text;
        grid.setId("voteThresholds");
        grid.setHgap(10);
        grid.setVgap(4);
        vm.rows().addListener((ListChangeListener<VoteSettingsViewModel.Row>) c -> rebuild());
        rebuild();
        Label hint = new Label(text.text("settings.votes.hint"));
        hint.getStyleClass().add(AppStyles.MUTED);
        hint.setWrapText(true);
        Button save = new Button(text.text("settings.votes.save"));
        save.setId("saveVoteThresholds");
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(vm.savingProperty());
        save.setOnAction(e -> vm.save());
        Button restoreAll = new Button(text.text("settings.restoreDefaults"));
        restoreAll.setId("restoreVoteThresholds");
        restoreAll.setOnAction(e -> vm.restoreAllDefaults());
        Label status = new Label();
        status.setId("voteThresholdsStatus");
        status.textProperty().bind(vm.statusProperty());
        HBox buttons = new HBox(12, save, restoreAll, status);
        buttons.setAlignment(Pos.CENTER_LEFT);
        root = new VBox(12, SettingsView.section(text.text("settings.section.votes")), hint, grid, buttons);
        root.getStyleClass().addAll("area", "settings");
        root.setMaxWidth(960);
    }

    private void rebuild() {
        grid.getChildren().clear();
        int line = 0;
        for (VoteSettingsViewModel.Row row : vm.rows()) {
            String id = row.subject().name();
            Label subject = new Label(row.subjectName());
            subject.getStyleClass().add(Styles.TEXT_BOLD);
            ComboBox<VoteSettingsViewModel.Fraction> fraction = new ComboBox<>(row.fractions());
            fraction.setId("fraction-" + id);
            fraction.setConverter(converter(vm::describe));
            fraction.setButtonCell(cell(vm::describe));
            fraction.valueProperty().bindBidirectional(row.fractionProperty());
            fraction.setAccessibleText(row.subjectName());
            ComboBox<VoteThreshold.Reference> reference = new ComboBox<>();
            reference.getItems().setAll(VoteThreshold.Reference.values());
            reference.setId("reference-" + id);
            reference.setConverter(converter(vm::describe));
            reference.setButtonCell(cell(vm::describe));
            reference.valueProperty().bindBidirectional(row.referenceProperty());
            reference.setAccessibleText(row.subjectName());
            Button restore = new Button(text.text("settings.votes.restore"));
            restore.setId("restore-" + id);
            restore.getStyleClass().add(Styles.FLAT);
            restore.setOnAction(e -> row.restoreDefault());
            Label defaultText = new Label(row.defaultText());
            defaultText.getStyleClass().add(AppStyles.MUTED);
            grid.addRow(line++, subject, fraction, reference, restore);
            grid.add(defaultText, 1, line++, 3, 1);
        }
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> words) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : words.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }

    private static <T> ListCell<T> cell(java.util.function.Function<T, String> words) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : words.apply(item));
            }
        };
    }

    void save() {
        vm.save();
    }

    void shown() {
        vm.load();
    }

    Node node() {
        return root;
    }
}
