package vn.sochibo.ui.meetings;

import atlantafx.base.theme.Styles;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import vn.sochibo.ui.common.UiText;

/** Small builders shared by the editor's sections: fields that save when they lose focus, buttons, labels. */
final class Fields {
    private Fields() {
    }

    static TextField textField(String id, StringProperty value, ObservableBooleanValue readOnly, Runnable onBlur) {
        TextField field = new TextField();
        setUp(field, id, value, readOnly, onBlur);
        return field;
    }

    static TextArea textArea(String id, StringProperty value, ObservableBooleanValue readOnly, Runnable onBlur,
            int rows) {
        TextArea area = new TextArea();
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        setUp(area, id, value, readOnly, onBlur);
        return area;
    }

    private static void setUp(TextInputControl field, String id, StringProperty value, ObservableBooleanValue readOnly,
            Runnable onBlur) {
        field.setId(id);
        if (value != null) {
            field.textProperty().bindBidirectional(value);
        }
        field.editableProperty().bind(javafx.beans.binding.Bindings.not(readOnly));
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused && onBlur != null) {
                onBlur.run();
            }
        });
    }

    /**
     * Stops typing (or pasting) beyond {@code max} characters, the most the store keeps, so that a too-long text
     * never makes a save fail while the meeting goes on.
     */
    static <T extends TextInputControl> T limit(T field, int max) {
        field.setTextFormatter(new javafx.scene.control.TextFormatter<String>(change ->
                change.getControlNewText().length() <= max ? change : null));
        return field;
    }

    static Button button(UiText text, String id, String labelKey, Runnable action) {
        Button button = new Button(text.text(labelKey));
        button.setId(id);
        button.setMnemonicParsing(true);
        button.setMinWidth(Button.USE_PREF_SIZE);
        button.setOnAction(e -> action.run());
        return button;
    }

    static Button button(UiText text, String id, String labelKey, String tooltipKey, Runnable action) {
        Button button = button(text, id, labelKey, action);
        button.setTooltip(new Tooltip(text.text(tooltipKey)));
        return button;
    }

    static Label label(UiText text, String key, javafx.scene.Node labelFor) {
        Label label = new Label(text.text(key));
        label.setMnemonicParsing(true);
        label.setLabelFor(labelFor);
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    static Label message(javafx.beans.value.ObservableStringValue value, String style) {
        Label label = new Label();
        label.setWrapText(true);
        label.textProperty().bind(value);
        label.getStyleClass().add(style);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    static Label danger(javafx.beans.value.ObservableStringValue value) {
        return message(value, Styles.DANGER);
    }

    static Label sectionTitle(UiText text, String key) {
        Label title = new Label(text.text(key));
        title.getStyleClass().add(Styles.TITLE_4);
        return title;
    }
}
