package vn.sochibo.ui.settings;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.sochibo.ui.common.AppStyles;
import vn.sochibo.ui.common.FormGrid;
import vn.sochibo.ui.common.UiText;

/**
 * The password section of the "Dữ liệu" tab: what protection means (and what it does not cover), then set,
 * change or remove. Its own node, added to the tab by {@link SettingsView#addDataSection}.
 */
public final class PasswordSection {
    private final VBox root;

    public PasswordSection(PasswordSectionViewModel vm, UiText text) {
        Label explanation = new Label(text.text("password.explanation"));
        explanation.setWrapText(true);
        explanation.getStyleClass().add(AppStyles.MUTED);
        Label warning = new Label(text.text("password.warning"));
        warning.setWrapText(true);
        warning.getStyleClass().addAll(Styles.WARNING, Styles.TEXT_BOLD);
        Label state = new Label();
        state.setId("passwordState");
        state.textProperty().bind(javafx.beans.binding.Bindings.when(vm.protectedProperty())
                .then(text.text("password.state.on")).otherwise(text.text("password.state.off")));

        PasswordField current = field("passwordCurrent", vm.currentProperty());
        PasswordField fresh = field("passwordNew", vm.newPasswordProperty());
        PasswordField again = field("passwordConfirm", vm.confirmationProperty());
        FormGrid form = new FormGrid();
        form.add(text.text("password.current"), current, null);
        form.add(text.text("password.new"), fresh, null);
        form.add(text.text("password.confirm"), again, null);
        // The current password is asked for only once there is one.
        current.disableProperty().bind(vm.protectedProperty().not());

        Button set = new Button(text.text("password.set"));
        set.setId("passwordSet");
        set.getStyleClass().add(Styles.ACCENT);
        set.setOnAction(e -> vm.setPassword());
        Button change = new Button(text.text("password.change"));
        change.setId("passwordChange");
        change.setOnAction(e -> vm.changePassword());
        Button remove = new Button(text.text("password.remove"));
        remove.setId("passwordRemove");
        remove.setOnAction(e -> vm.removePassword());
        set.visibleProperty().bind(vm.protectedProperty().not());
        change.visibleProperty().bind(vm.protectedProperty());
        remove.visibleProperty().bind(vm.protectedProperty());
        for (Button b : new Button[] {set, change, remove}) {
            b.managedProperty().bind(b.visibleProperty());
            b.disableProperty().bind(vm.busyProperty());
        }
        HBox buttons = new HBox(12, set, change, remove);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label problem = new Label();
        problem.setId("passwordProblem");
        problem.setWrapText(true);
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(vm.problemProperty());
        Label status = new Label();
        status.setId("passwordStatus");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        root = new VBox(12, SettingsView.section(text.text("password.title")), explanation, warning, state,
                form.node(), buttons, problem, status);
        root.setId("passwordSection");
        root.getStyleClass().addAll("area", "settings");
        root.setMaxWidth(860);
    }

    /** Adds a row under the buttons (the auto-lock choice), above the messages. */
    public PasswordSection addRow(Node row) {
        root.getChildren().add(root.getChildren().size() - 2, row);
        return this;
    }

    private static PasswordField field(String id, javafx.beans.property.StringProperty value) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.setPrefColumnCount(24);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    public Node node() {
        return root;
    }
}
