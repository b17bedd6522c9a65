package vn.sochibo.ui.common;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A two-column form: a label (with its mnemonic, e.g. "_Họ và tên") and the field, with the field's error
 * message right under it. The field turns red while it has an error.
 */
public final class FormGrid {
    private final GridPane grid = new GridPane();
    private int row;

    public FormGrid() {
        grid.getStyleClass().add("form-grid");
        grid.setHgap(12);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        labels.setMinWidth(Control.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, fields);
    }

    public GridPane node() {
        return grid;
    }

    /** Adds a labelled field; {@code error} (may be null) is shown under it when not empty. */
    public void add(String labelText, Control field, ObservableStringValue error) {
        add(labelText, field, field, error);
    }

    /** Adds a labelled row whose content is a group of controls; the mnemonic focuses {@code focusTarget}. */
    public void add(String labelText, Node content, Control focusTarget, ObservableStringValue error) {
        Label label = new Label(labelText);
        label.setMnemonicParsing(true);
        label.setLabelFor(focusTarget);
        label.setMinWidth(Control.USE_PREF_SIZE);
        VBox box = new VBox(2, content);
        if (error != null) {
            box.getChildren().add(errorLabel(error));
            error.addListener((obs, old, message) -> markInvalid(focusTarget, message));
            markInvalid(focusTarget, error.get());
        }
        GridPane.setValignment(label, VPos.TOP);
        label.getStyleClass().add("form-label");
        grid.addRow(row++, label, box);
    }

    /** A full-width line, e.g. a section title or an explanation. */
    public void addWide(Node node) {
        grid.add(node, 0, row++, 2, 1);
    }

    public static Label errorLabel(ObservableStringValue error) {
        Label label = new Label();
        label.getStyleClass().addAll(AppStyles.FIELD_ERROR, Styles.DANGER);
        label.setWrapText(true);
        label.textProperty().bind(error);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private static void markInvalid(Control field, String message) {
        boolean invalid = message != null && !message.isEmpty();
        field.pseudoClassStateChanged(Styles.STATE_DANGER, invalid);
        field.setAccessibleHelp(invalid ? message : null);
    }
}
