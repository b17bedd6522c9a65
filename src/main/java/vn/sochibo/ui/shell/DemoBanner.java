package vn.sochibo.ui.shell;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import vn.sochibo.ui.common.Dialogs;
import vn.sochibo.ui.common.UiText;

/**
 * A calm band across the top of the main window while the demo cell is open: what it is, and the button
 * (Alt+U) that sets the demo aside, after asking, to start the secretary's own cell.
 */
public final class DemoBanner {
    private final HBox root;

    public DemoBanner(DemoBannerViewModel vm, UiText text, Dialogs dialogs, Consumer<Path> onLeft,
            Consumer<Throwable> onFailed) {
        Label message = new Label(text.text("demoBanner.message"));
        message.setId("demoBannerMessage");
        message.setWrapText(true);
        message.setMinWidth(0);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);

        Button leave = new Button(text.text("demoBanner.leave"));
        leave.setId("leaveDemo");
        leave.setMnemonicParsing(true);
        leave.setMinWidth(Button.USE_PREF_SIZE);
        leave.disableProperty().bind(vm.workingProperty());
        leave.setOnAction(e -> {
            if (dialogs.confirm(text.plain("demoBanner.confirm.title"), text.text("demoBanner.confirm.message"),
                    text.plain("demoBanner.confirm.button"))) {
                vm.leave(onLeft, onFailed);
            }
        });

        root = new HBox(16, message, leave);
        root.setId("demoBanner");
        root.getStyleClass().add("demo-banner");
        root.setAlignment(Pos.CENTER_LEFT);
        root.visibleProperty().bind(vm.visibleProperty());
        root.managedProperty().bind(root.visibleProperty());
    }

    public Node node() {
        return root;
    }
}
