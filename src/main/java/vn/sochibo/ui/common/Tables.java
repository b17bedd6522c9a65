package vn.sochibo.ui.common;

import java.util.function.Function;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Control;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

/** The table set-up the areas share: read-only text columns, selection bound to a view model, "open" keys. */
public final class Tables {
    private Tables() {
    }

    /** A column showing {@code value} of each row as text; not sortable (the view model orders the rows). */
    public static <R> TableColumn<R, String> textColumn(String title, Function<R, String> value, double width) {
        TableColumn<R, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    /** The table's selection and the view model's {@code selected} follow each other. */
    public static <R> void followSelection(TableView<R> table, Property<R> selected) {
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> selected.setValue(row));
        selected.addListener((obs, old, row) -> {
            if (table.getSelectionModel().getSelectedItem() != row) {
                if (row == null) {
                    table.getSelectionModel().clearSelection();
                } else {
                    table.getSelectionModel().select(row);
                }
            }
        });
    }

    /** Enter, or a double click with the main button, on the table or list runs {@code open}. */
    public static void onOpen(Control control, Runnable open) {
        control.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                open.run();
                e.consume();
            }
        });
        control.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                open.run();
            }
        });
    }
}
