package vn.sochibo.ui.lock;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import vn.sochibo.ui.common.AppStyles;
import vn.sochibo.ui.common.UiText;

/**
 * What the window shows while it is locked: no record, no cell data, only the password field, "Mở khóa" and
 * "Thoát" (the app then ends as usual, with its exit backup).
 */
public final class LockScreen {
    private final StackPane root;
    private final PasswordField field = new PasswordField();

    public LockScreen(LockScreenViewModel vm, UiText text, Runnable quit) {
        Label title = new Label(text.text("lock.title"));
        title.setId("lockTitle");
        title.getStyleClass().add(Styles.TITLE_3);
        Label explanation = new Label(text.text("lock.explanation"));
        explanation.setWrapText(true);
        explanation.getStyleClass().add(AppStyles.MUTED);
        field.setId("lockPassword");
        field.setPromptText(text.text("lock.prompt"));
        field.textProperty().bindBidirectional(vm.passwordProperty());
        Button unlock = new Button(text.text("lock.unlock"));
        unlock.setId("lockUnlock");
        unlock.setDefaultButton(true);
        unlock.getStyleClass().add(Styles.ACCENT);
        unlock.disableProperty().bind(vm.busyProperty());
        unlock.setOnAction(e -> {
            vm.unlock();
            field.requestFocus();
        });
        Button exit = new Button(text.text("lock.quit"));
        exit.setId("lockQuit");
        exit.setOnAction(e -> quit.run());
        HBox buttons = new HBox(12, unlock, exit);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label problem = new Label();
        problem.setId("lockProblem");
        problem.setWrapText(true);
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(vm.problemProperty());
        Label status = new Label();
        status.setId("lockStatus");
        status.textProperty().bind(vm.statusProperty());
        VBox card = new VBox(14, title, explanation, field, buttons, problem, status);
        card.setMaxWidth(480);
        card.setMaxHeight(VBox.USE_PREF_SIZE);
        card.getStyleClass().add("area");
        root = new StackPane(card);
        root.setId("lockScreen");
        StackPane.setAlignment(card, Pos.CENTER);
    }

    public Node node() {
        return root;
    }

    /** Puts the cursor in the password field. */
    public void focus() {
        field.requestFocus();
    }
}
