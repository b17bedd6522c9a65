package vn.sochibo.ui.settings;

import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.sochibo.ui.common.AppStyles;
import vn.sochibo.ui.common.UiText;

/** The auto-lock choice in the password section, shown only while the folder has a password. */
public final class AutoLockRow {
    private final VBox root;

    public AutoLockRow(AutoLockViewModel vm, ObservableBooleanValue protectedFolder, UiText text) {
        Label before = new Label(text.text("autoLock.before"));
        ComboBox<Integer> choice = new ComboBox<>(vm.choices());
        choice.setId("autoLockMinutes");
        choice.setCellFactory(list -> new ChoiceCell(vm));
        choice.setButtonCell(new ChoiceCell(vm));
        choice.valueProperty().bindBidirectional(vm.minutesProperty());
        before.setLabelFor(choice);
        Label status = new Label();
        status.setId("autoLockStatus");
        status.textProperty().bind(vm.statusProperty());
        HBox line = new HBox(8, before, choice, status);
        line.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label(text.text("autoLock.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(AppStyles.MUTED);
        root = new VBox(6, line, hint);
        root.setId("autoLockRow");
        root.visibleProperty().bind(protectedFolder);
        root.managedProperty().bind(root.visibleProperty());
    }

    public Node node() {
        return root;
    }

    private static final class ChoiceCell extends ListCell<Integer> {
        private final AutoLockViewModel vm;

        ChoiceCell(AutoLockViewModel vm) {
            this.vm = vm;
        }

        @Override
        protected void updateItem(Integer item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : vm.label(item));
        }
    }
}
