package vn.sochibo.ui.members;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import vn.sochibo.application.member.MemberCsvPreview.Row;
import vn.sochibo.application.member.MemberInput;
import vn.sochibo.ui.common.AppStyles;
import vn.sochibo.ui.common.DateText;
import vn.sochibo.ui.common.Dialogs;
import vn.sochibo.ui.common.UiText;

/**
 * "Nhập từ CSV": choose a file, see what it would add and every problem in it, then import it all at once
 * (the import button works only for a file without problems).
 */
public final class CsvImportDialog {
    private final CsvImportViewModel vm;
    private final UiText text;
    private final Dialog<Integer> dialog = new Dialog<>();

    public CsvImportDialog(CsvImportViewModel vm, UiText text, Dialogs dialogs) {
        this.vm = vm;
        this.text = text;
        dialog.setTitle(text.plain("csvImport.title"));
        dialog.setResizable(true);
        DialogPane pane = dialog.getDialogPane();
        pane.setId("csvImport");
        pane.setContent(content());
        ButtonType importType = new ButtonType(text.text("csvImport.import"), ButtonData.OK_DONE);
        pane.getButtonTypes().addAll(importType, dialogs.closeButton());
        Button importButton = (Button) pane.lookupButton(importType);
        importButton.setId("csvImport-import");
        importButton.disableProperty().bind(vm.canImportProperty().not());
        importButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            vm.commit(added -> {
                dialog.setResult(added);
                dialog.close();
            });
        });
        dialog.setResultConverter(button -> 0);
        dialogs.prepare(dialog);
    }

    private VBox content() {
        Label columns = new Label(text.text("csvImport.columns"));
        columns.setWrapText(true);
        columns.getStyleClass().add(AppStyles.MUTED);
        Button choose = new Button(text.text("csvImport.chooseButton"));
        choose.setId("csvChooseFile");
        choose.setOnAction(e -> chooseFile());
        choose.disableProperty().bind(vm.workingProperty());
        Label summary = new Label();
        summary.setId("csvSummary");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.summaryProperty());
        HBox fileRow = new HBox(12, choose, summary);
        fileRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(summary, Priority.ALWAYS);

        TableView<Row> preview = previewTable();
        Label problemsTitle = new Label(text.text("csvImport.problems"));
        ListView<String> problems = new ListView<>(vm.problems());
        problems.setId("csvProblems");
        problems.setPrefHeight(140);
        problems.setPlaceholder(new Label(text.text("csvImport.noProblems")));
        problems.getStyleClass().add(AppStyles.FIELD_ERROR);
        VBox box = new VBox(10, columns, fileRow, preview, problemsTitle, problems);
        VBox.setVgrow(preview, Priority.ALWAYS);
        box.setPrefSize(900, 560);
        dialog.setOnShown(e -> choose.requestFocus());
        return box;
    }

    private TableView<Row> previewTable() {
        TableView<Row> table = new TableView<>(vm.rows());
        table.setId("csvPreview");
        table.setPlaceholder(new Label(text.text("csvImport.noRows")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Row, Number> line = new TableColumn<>(text.text("csvImport.column.line"));
        line.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().line()));
        line.setMaxWidth(80);
        table.getColumns().add(line);
        table.getColumns().add(textColumn("members.column.fullName", MemberInput::fullName));
        table.getColumns().add(textColumn("members.column.gender", in -> text.gender(in.gender())));
        table.getColumns().add(textColumn("members.column.birthDate", in -> date(in.birthDate())));
        table.getColumns().add(textColumn("members.column.admissionDate", in -> date(in.admissionDate())));
        table.getColumns().add(textColumn("members.column.officialDate", in -> date(in.officialDate())));
        table.getColumns().add(textColumn("members.column.cardNumber", MemberInput::cardNumber));
        table.getColumns().add(textColumn("members.column.position", MemberInput::position));
        return table;
    }

    private static String date(LocalDate date) {
        return DateText.format(date);
    }

    private TableColumn<Row, String> textColumn(String key, Function<MemberInput, String> value) {
        TableColumn<Row, String> column = new TableColumn<>(text.text(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue().input())));
        return column;
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.plain("csvImport.chooseTitle"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(text.text("csvImport.filter.csv"), "*.csv", "*.CSV", "*.txt"),
                new FileChooser.ExtensionFilter(text.text("csvImport.filter.all"), "*.*"));
        File file = chooser.showOpenDialog(dialog.getDialogPane().getScene().getWindow());
        if (file != null) {
            load(file.toPath());
        }
    }

    /** Reads a file into the preview (also what the file chooser does). */
    public void load(Path file) {
        vm.load(file);
    }

    /** Shows the dialog and waits; how many members were imported (0 when closed without importing). */
    public int showAndWait() {
        return dialog.showAndWait().orElse(0);
    }
}
