package vn.sochibo.ui.settings;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import vn.sochibo.application.backup.RestoreService;
import vn.sochibo.ui.backup.BackupPasswordDialog;
import vn.sochibo.application.settings.SettingsService;
import vn.sochibo.ui.common.AppStyles;
import vn.sochibo.ui.common.Dialogs;
import vn.sochibo.ui.common.FormGrid;
import vn.sochibo.ui.common.UiText;

/**
 * "Sao lưu và khôi phục" in the "Dữ liệu" tab: the last backup's status, the list of backups, "Sao lưu ngay",
 * "Khôi phục…" (the backup chosen in the list) and "Khôi phục từ tệp khác…" (a file elsewhere, e.g. on a USB stick),
 * each after a confirmation, and the number to keep and the second folder.
 */
public final class BackupSection {
    private final VBox root;

    /**
     * @param onRestored the data folder was restored and its store closed: open it again
     * @param onFailed   a restore failed or was refused: say why (and open the folder again if it was closed)
     */
    public BackupSection(BackupViewModel vm, UiText text, Dialogs dialogs,
            Consumer<RestoreService.Restored> onRestored, Consumer<Throwable> onFailed) {
        Label explanation = new Label(text.text("backup.explanation"));
        explanation.setWrapText(true);
        explanation.getStyleClass().add(AppStyles.MUTED);

        // ADR 0011: what is encrypted, and that older plain backups are left as they are (nothing is deleted).
        Label encryption = new Label();
        encryption.setId("backupEncryption");
        encryption.setWrapText(true);
        encryption.getStyleClass().add(AppStyles.MUTED);
        encryption.textProperty().bind(javafx.beans.binding.Bindings.when(vm.protectedFolderProperty())
                .then(text.text("backup.encryption.protected")).otherwise(text.text("backup.encryption.plain")));

        Label status = new Label();
        status.setId("backupStatus");
        status.setWrapText(true);
        status.textProperty().bind(vm.status().messageProperty());
        vm.status().problemProperty().addListener((obs, was, problem) -> {
            status.getStyleClass().remove(Styles.DANGER);
            if (problem) {
                status.getStyleClass().add(Styles.DANGER);
            }
        });

        TableView<BackupViewModel.Row> table = new TableView<>(vm.backups());
        table.setId("backupTable");
        table.getColumns().add(column(text.text("backup.column.when"), BackupViewModel.Row::when));
        table.getColumns().add(column(text.text("backup.column.reason"), BackupViewModel.Row::reason));
        table.getColumns().add(column(text.text("backup.column.members"), r -> Integer.toString(r.members())));
        table.getColumns().add(column(text.text("backup.column.meetings"), r -> Integer.toString(r.meetings())));
        table.getColumns().add(column(text.text("backup.column.size"), BackupViewModel.Row::size));
        table.getColumns().add(column(text.text("backup.column.encrypted"),
                r -> r.info().encrypted() ? text.text("backup.encrypted.yes") : text.text("backup.encrypted.no")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(text.text("backup.empty")));
        table.setPrefHeight(240);

        Button backUp = new Button(text.text("backup.now"));
        backUp.setId("backupNow");
        backUp.getStyleClass().add(Styles.ACCENT);
        backUp.disableProperty().bind(vm.workingProperty());
        backUp.setOnAction(e -> vm.backUpNow());

        Consumer<BackupViewModel.RestoreQuestion> ask = question -> {
            if (dialogs.confirm(text.plain("backup.restore.confirm.title"), question.message(),
                    text.plain("backup.restore.confirm.button"))) {
                vm.restore(question, onRestored, onFailed);
            } else {
                question.forget();
            }
        };
        BackupPasswordDialog backupPassword = new BackupPasswordDialog(text, dialogs);
        Button restore = new Button(text.text("backup.restore"));
        restore.setId("restoreSelected");
        restore.disableProperty().bind(vm.workingProperty()
                .or(table.getSelectionModel().selectedItemProperty().isNull()));
        restore.setOnAction(e -> vm.prepareRestore(table.getSelectionModel().getSelectedItem().info().file(),
                backupPassword, ask));

        Button restoreFile = new Button(text.text("backup.restoreFromFile"));
        restoreFile.setId("restoreFromFile");
        restoreFile.disableProperty().bind(vm.workingProperty());
        restoreFile.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(text.plain("backup.chooseFile.title"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.text("backup.chooseFile.filter"),
                    "*.zip"));
            File chosen = chooser.showOpenDialog(window(table));
            if (chosen != null) {
                vm.prepareRestore(chosen.toPath(), backupPassword, ask);
            }
        });
        HBox buttons = new HBox(12, backUp, restore, restoreFile);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Spinner<Integer> keep = new Spinner<>();
        keep.setId("backupKeep");
        keep.setEditable(true);
        keep.setPrefWidth(120);
        SpinnerValueFactory.IntegerSpinnerValueFactory keepValues = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                1, SettingsService.MAX_BACKUP_KEEP, vm.keepProperty().get());
        keep.setValueFactory(keepValues);
        vm.keepProperty().addListener((obs, old, value) -> keepValues.setValue(value.intValue()));
        keepValues.valueProperty().addListener((obs, old, value) -> {
            if (value != null && value != vm.keepProperty().get()) {
                vm.saveKeep(value);
            }
        });
        HBox keepRow = new HBox(8, keep, new Label(text.text("backup.keep.unit")));
        keepRow.setAlignment(Pos.CENTER_LEFT);

        Label second = new Label();
        second.setId("backupSecondFolder");
        second.textProperty().bind(javafx.beans.binding.Bindings.when(vm.secondFolderProperty().isEmpty())
                .then(text.text("backup.secondFolder.none")).otherwise(vm.secondFolderProperty()));
        Button chooseSecond = new Button(text.text("backup.secondFolder.choose"));
        chooseSecond.setId("chooseSecondFolder");
        chooseSecond.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(text.plain("backup.secondFolder.title"));
            File chosen = chooser.showDialog(window(table));
            if (chosen != null) {
                vm.saveSecondFolder(chosen.getAbsolutePath());
            }
        });
        Button clearSecond = new Button(text.text("backup.secondFolder.clear"));
        clearSecond.setId("clearSecondFolder");
        clearSecond.disableProperty().bind(vm.secondFolderProperty().isEmpty());
        clearSecond.setOnAction(e -> vm.saveSecondFolder(null));
        HBox secondRow = new HBox(8, second, chooseSecond, clearSecond);
        secondRow.setAlignment(Pos.CENTER_LEFT);
        Label secondHint = new Label(text.text("backup.secondFolder.hint"));
        secondHint.setWrapText(true);
        secondHint.getStyleClass().add(AppStyles.MUTED);

        FormGrid form = new FormGrid();
        form.add(text.text("backup.keep"), keepRow, keep, vm.keepErrorProperty());
        form.add(text.text("backup.secondFolder"), secondRow, chooseSecond, null);

        root = new VBox(12, SettingsView.section(text.text("backup.title")), explanation, encryption, status, buttons, table,
                form.node(), secondHint);
        root.setId("backupSection");
        root.getStyleClass().addAll("area", "settings");
        root.setMaxWidth(860);
        vm.load();
    }

    private static TableColumn<BackupViewModel.Row, String> column(String title,
            Function<BackupViewModel.Row, String> value) {
        TableColumn<BackupViewModel.Row, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setSortable(false);
        return column;
    }

    private static Window window(Node node) {
        return node.getScene() == null ? null : node.getScene().getWindow();
    }

    public Node node() {
        return root;
    }
}
