package vn.sochibo.ui.settings;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.time.LocalDate;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import vn.sochibo.ui.common.AppStyles;
import vn.sochibo.ui.common.FormGrid;
import vn.sochibo.ui.common.UiText;

/**
 * The handover archive section of the "Dữ liệu" tab: "Xuất hồ sơ bàn giao…" with an optional password typed twice.
 * The password fields are emptied as soon as the export starts.
 */
public final class ArchiveSection {
    private final VBox root;

    public ArchiveSection(ArchiveViewModel vm, UiText text) {
        Label explanation = new Label(text.text("archive.explanation"));
        explanation.setWrapText(true);
        explanation.getStyleClass().add(AppStyles.MUTED);
        CheckBox protect = new CheckBox(text.text("archive.protect"));
        protect.setId("archiveProtect");
        protect.selectedProperty().bindBidirectional(vm.protectProperty());
        PasswordField password = new PasswordField();
        password.setId("archivePassword");
        password.setPromptText(text.plain("archive.password"));
        PasswordField confirmation = new PasswordField();
        confirmation.setId("archivePasswordAgain");
        confirmation.setPromptText(text.plain("archive.passwordAgain"));
        VBox passwords = new VBox(6, password, confirmation);
        passwords.setMaxWidth(360);
        passwords.visibleProperty().bind(vm.protectProperty());
        passwords.managedProperty().bind(passwords.visibleProperty());
        Label hint = new Label(text.text("archive.passwordHint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(AppStyles.MUTED);
        hint.visibleProperty().bind(vm.protectProperty());
        hint.managedProperty().bind(hint.visibleProperty());

        Button export = new Button(text.text("archive.export"));
        export.setId("archiveExport");
        export.getStyleClass().add(Styles.ACCENT);
        export.disableProperty().bind(vm.runningProperty());
        export.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(text.plain("archive.export"));
            chooser.setInitialFileName(vm.suggestedFileName(LocalDate.now()));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.text("archive.fileFilter"),
                    "*.zip"));
            File file = chooser.showSaveDialog(export.getScene().getWindow());
            if (file == null) {
                return;
            }
            char[] typed = password.getText().toCharArray();
            char[] again = confirmation.getText().toCharArray();
            if (vm.export(file.toPath(), typed, again)) {
                password.clear();
                confirmation.clear();
            }
        });
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(20, 20);
        progress.visibleProperty().bind(vm.runningProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        HBox buttons = new HBox(12, export, progress);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label status = new Label();
        status.setId("archiveStatus");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        Label error = FormGrid.errorLabel(vm.errorProperty());
        error.setId("archiveError");
        root = new VBox(12, SettingsView.section(text.text("archive.title")), explanation, protect, passwords, hint,
                buttons, status, error);
        root.getStyleClass().addAll("area", "settings");
        root.setMaxWidth(860);
    }

    public Node node() {
        return root;
    }
}
