package vn.sochibo.ui.meetings;

import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.sochibo.domain.meeting.Meeting;
import vn.sochibo.domain.member.Member;
import vn.sochibo.ui.common.AppStyles;
import vn.sochibo.ui.common.UiText;

/**
 * The agenda parts with their free text, and the contributions: speaker (part of the name), part, text;
 * Enter (or Ctrl+Enter) adds it and puts the cursor back on the speaker for the next one.
 */
final class AgendaSection {
    private final SplitPane root;
    private final MeetingEditorViewModel vm;
    private final UiText text;
    private final VBox parts = new VBox(10);
    private final TextField speaker;

    AgendaSection(MeetingEditorViewModel vm, UiText text) {
        this.vm = vm;
        this.text = text;
        parts.getStyleClass().add("editor-section");
        vm.agenda().addListener((ListChangeListener<Meeting.AgendaPart>) c -> rebuildParts());
        TextField newPart = Fields.textField("newPart", null, vm.readOnlyProperty(), null);
        newPart.setPromptText(text.text("agenda.newPart.prompt"));
        Button addPart = Fields.button(text, "addPart", "agenda.addPart", () -> {
            vm.addPart(newPart.getText());
            newPart.clear();
        });
        addPart.disableProperty().bind(vm.readOnlyProperty());
        newPart.setOnAction(e -> addPart.fire());
        HBox.setHgrow(newPart, Priority.ALWAYS);
        VBox left = new VBox(10, Fields.sectionTitle(text, "agenda.title"), parts, new HBox(8, newPart, addPart));
        left.getStyleClass().add("editor-section");
        ScrollPane leftScroll = new ScrollPane(left);
        leftScroll.setFitToWidth(true);

        ContributionsModel model = vm.contributions();
        speaker = Fields.textField("speakerQuery", model.speakerQueryProperty(), vm.readOnlyProperty(), null);
        speaker.setPromptText(text.text("contributions.speaker.prompt"));
        Label matched = new Label();
        matched.setId("speakerMatch");
        matched.getStyleClass().add(AppStyles.MUTED);
        matched.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            Member m = model.speakerProperty().get();
            if (model.speakerQueryProperty().get().isBlank()) {
                return "";
            }
            return m == null ? text.text("contributions.speaker.none")
                    : text.format("contributions.speaker.match", m.fullName(), model.matches().size());
        }, model.speakerProperty(), model.speakerQueryProperty(), model.matches()));
        speaker.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            // Up/Down choose among the members matching what is typed.
            int at = model.matches().indexOf(model.speakerProperty().get());
            if (e.getCode() == KeyCode.DOWN && at + 1 < model.matches().size()) {
                model.speakerProperty().set(model.matches().get(at + 1));
                e.consume();
            } else if (e.getCode() == KeyCode.UP && at > 0) {
                model.speakerProperty().set(model.matches().get(at - 1));
                e.consume();
            }
        });
        ComboBox<Meeting.AgendaPart> part = new ComboBox<>(vm.agenda());
        part.setId("contributionPart");
        part.setMaxWidth(Double.MAX_VALUE);
        part.setCellFactory(l -> new PartCell());
        part.setButtonCell(new PartCell());
        part.valueProperty().bindBidirectional(model.partProperty());
        part.disableProperty().bind(vm.readOnlyProperty());
        TextArea said = Fields.textArea("contributionText", model.textProperty(), vm.readOnlyProperty(), null, 3);
        said.setPromptText(text.text("contributions.text.prompt"));
        said.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShiftDown()) {
                e.consume();
                addContribution();
            }
        });
        speaker.setOnAction(e -> said.requestFocus());
        Button add = Fields.button(text, "addContribution", "contributions.add", "contributions.add.tooltip",
                this::addContribution);
        add.disableProperty().bind(vm.readOnlyProperty());
        GridPane entry = new GridPane();
        entry.setHgap(8);
        entry.setVgap(6);
        entry.addRow(0, Fields.label(text, "contributions.speaker", speaker), new VBox(2, speaker, matched));
        entry.addRow(1, Fields.label(text, "contributions.part", part), part);
        entry.addRow(2, Fields.label(text, "contributions.text", said), said);
        entry.add(new HBox(8, add, Fields.danger(model.errorProperty())), 1, 3);
        javafx.scene.layout.ColumnConstraints grow = new javafx.scene.layout.ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        entry.getColumnConstraints().addAll(new javafx.scene.layout.ColumnConstraints(), grow);
        entry.visibleProperty().bind(vm.readOnlyProperty().not());
        entry.managedProperty().bind(entry.visibleProperty());

        ListView<ContributionsModel.Row> list = new ListView<>(model.rows());
        list.setId("contributions");
        list.setPlaceholder(new Label(text.text("contributions.empty")));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ContributionsModel.Row row, boolean empty) {
                super.updateItem(row, empty);
                setWrapText(true);
                setPrefWidth(0);
                setText(empty || row == null ? null
                        : text.format("contributions.row", row.speaker(), row.contribution().text(), row.part()));
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                model.remove(list.getSelectionModel().getSelectedItem());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Label listTitle = Fields.label(text, "contributions.list", list);
        VBox right = new VBox(10, Fields.sectionTitle(text, "contributions.title"), entry, listTitle, list);
        right.getStyleClass().add("editor-section");
        root = new SplitPane(right, leftScroll);
        root.setOrientation(Orientation.HORIZONTAL);
        root.setDividerPositions(0.55);
        rebuildParts();
    }

    private void addContribution() {
        if (vm.contributions().add()) {
            speaker.requestFocus();
        }
    }

    private void rebuildParts() {
        parts.getChildren().clear();
        for (int i = 0; i < vm.agenda().size(); i++) {
            Meeting.AgendaPart p = vm.agenda().get(i);
            int index = i;
            TextArea area = new TextArea(p.text() == null ? "" : p.text());
            area.setId("partText" + i);
            area.setWrapText(true);
            area.setPrefRowCount(3);
            area.editableProperty().bind(vm.readOnlyProperty().not());
            area.textProperty().addListener((obs, old, typed) -> vm.setPartText(index, typed));
            area.focusedProperty().addListener((obs, was, focused) -> {
                if (!focused) {
                    vm.flush();
                }
            });
            Label title = new Label(text.format("agenda.part", i + 1, p.title()));
            title.setLabelFor(area);
            title.setWrapText(true);
            parts.getChildren().add(new VBox(4, title, area));
        }
    }

    /** Focuses the speaker field, for the next contribution. */
    void focusEntry() {
        speaker.requestFocus();
    }

    void addFromShortcut() {
        addContribution();
    }

    Node node() {
        return root;
    }

    private final class PartCell extends ListCell<Meeting.AgendaPart> {
        @Override
        protected void updateItem(Meeting.AgendaPart p, boolean empty) {
            super.updateItem(p, empty);
            setText(empty || p == null ? null : p.title());
        }
    }
}
