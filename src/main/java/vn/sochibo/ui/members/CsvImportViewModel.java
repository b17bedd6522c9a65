package vn.sochibo.ui.members;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sochibo.application.common.LocatedProblem;
import vn.sochibo.application.common.TaskRunner;
import vn.sochibo.application.member.MemberCsvImport;
import vn.sochibo.application.member.MemberCsvPreview;
import vn.sochibo.ui.common.UiText;

/**
 * Importing members from a CSV file: read and check the whole file first (nothing is written), show what
 * would be added and every problem with its line, and import only a file without problems.
 */
public final class CsvImportViewModel {
    private final MemberCsvImport csvImport;
    private final TaskRunner tasks;
    private final UiText text;
    private final ObservableList<MemberCsvPreview.Row> rows = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canImport = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty working = new SimpleBooleanProperty(false);
    private MemberCsvPreview preview;

    public CsvImportViewModel(MemberCsvImport csvImport, TaskRunner tasks, UiText text) {
        this.csvImport = csvImport;
        this.tasks = tasks;
        this.text = text;
        summary.set(text.text("csvImport.chooseFile"));
    }

    /** Reads and checks the file (UTF-8, as Excel's "CSV UTF-8" saves it). */
    public void load(Path file) {
        clear();
        summary.set(text.format("csvImport.reading", file.getFileName()));
        working.set(true);
        tasks.run(() -> readPreview(file), loaded -> {
            working.set(false);
            show(file, loaded);
        }, failure -> {
            working.set(false);
            summary.set(describeReadFailure(file, failure));
        });
    }

    private MemberCsvPreview readPreview(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return csvImport.preview(reader);
        }
    }

    private String describeReadFailure(Path file, Throwable failure) {
        if (failure instanceof CharacterCodingException) {
            return text.format("csvImport.error.notUtf8", file.getFileName());
        }
        if (failure instanceof IOException) {
            return text.format("csvImport.error.unreadable", file.getFileName());
        }
        return text.describe(failure);
    }

    private void show(Path file, MemberCsvPreview loaded) {
        preview = loaded;
        rows.setAll(loaded.rows());
        problems.setAll(loaded.problems().stream().map(this::describe).toList());
        canImport.set(loaded.canImport());
        if (loaded.canImport()) {
            summary.set(text.format("csvImport.ready", file.getFileName(), loaded.rows().size()));
        } else if (loaded.rows().isEmpty() && loaded.problems().isEmpty()) {
            summary.set(text.format("csvImport.empty", file.getFileName()));
        } else {
            summary.set(text.format("csvImport.hasProblems", file.getFileName(), loaded.rows().size(),
                    loaded.problems().size()));
        }
    }

    private String describe(LocatedProblem located) {
        return text.format("csvImport.problem", located.line(), text.describe(located.problem()));
    }

    /** Adds every member of the previewed file at once; {@code onImported} gets how many were added. */
    public void commit(IntConsumer onImported) {
        if (preview == null || !preview.canImport()) {
            return;
        }
        MemberCsvPreview toImport = preview;
        working.set(true);
        canImport.set(false);
        tasks.run(() -> csvImport.commit(toImport), added -> {
            working.set(false);
            clear();
            summary.set(text.format("csvImport.done", added));
            onImported.accept(added);
        }, failure -> {
            working.set(false);
            canImport.set(toImport.canImport());
            summary.set(text.describe(failure));
        });
    }

    private void clear() {
        preview = null;
        rows.clear();
        problems.clear();
        canImport.set(false);
    }

    public ObservableList<MemberCsvPreview.Row> rows() {
        return rows;
    }

    public ObservableList<String> problems() {
        return problems;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canImportProperty() {
        return canImport.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working;
    }
}
