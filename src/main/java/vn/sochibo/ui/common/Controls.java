package vn.sochibo.ui.common;

import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;

/** The screens' usual button, field label and choice list, each made the same way everywhere. */
public final class Controls {
    private Controls() {
    }

    /**
     * A button with its text ({@code labelKey}, its mnemonic after "_"), a tooltip ({@code tooltipKey}) and the node
     * id the tests look it up by; never narrower than its text.
     */
    public static Button button(UiText text, String id, String labelKey, String tooltipKey, Runnable action) {
        Button button = new Button(text.text(labelKey));
        button.setId(id);
        button.setMnemonicParsing(true);
        button.setMinWidth(Button.USE_PREF_SIZE);
        button.setTooltip(new Tooltip(text.text(tooltipKey)));
        button.setOnAction(e -> action.run());
        return button;
    }

    /** A field's label ({@code key}, its mnemonic after "_" moving the focus to {@code labelFor}), never cut. */
    public static Label label(UiText text, String key, Node labelFor) {
        Label label = new Label(text.text(key));
        label.setMnemonicParsing(true);
        label.setLabelFor(labelFor);
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    /**
     * Shows each choice of {@code box}, in its list and in the box itself, as {@code label} words it (null too, where
     * the box offers an empty choice such as "Tất cả"); empty cells stay blank.
     */
    public static <T> void showAs(ComboBox<T> box, Function<T, String> label) {
        box.setCellFactory(list -> new TextCell<>(label));
        box.setButtonCell(new TextCell<>(label));
    }

    private static final class TextCell<T> extends ListCell<T> {
        private final Function<T, String> label;

        TextCell(Function<T, String> label) {
            this.label = label;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : label.apply(item));
        }
    }
}
