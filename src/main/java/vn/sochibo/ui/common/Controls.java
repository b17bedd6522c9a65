package vn.sochibo.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

/** The screens' usual button and field label, each made the same way everywhere. */
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
}
