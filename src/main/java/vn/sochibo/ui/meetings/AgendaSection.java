package vn.sochibo.ui.meetings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.sochibo.domain.meeting.Meeting;
import vn.sochibo.domain.meeting.MeetingLimits;
import vn.sochibo.ui.common.AppStyles;
import vn.sochibo.ui.common.Dialogs;
import vn.sochibo.ui.common.UiText;

/**
 * The agenda parts with their free text, and the contributions: speaker (part of the name, a member or a
 * guest), part, text; Enter (or Ctrl+Enter) adds it and puts the cursor back on the speaker for the next one.
 * Each part can be renamed (its title field), moved (the arrow buttons, or Alt+Up / Alt+Down in its fields)
 * and removed (asking first when it holds text or contributions, which go with it).
 */
final class AgendaSection {
    private final SplitPane root;
    private final MeetingEditorViewModel vm;
    private final UiText text;
    private final Dialogs dialogs;
    private final VBox parts = new VBox(10);
    /** The row of each part, kept while the part exists so that moving it keeps the cursor where it was. */
    private final Map<UUID, PartRow> partRows = new HashMap<>();
    private final TextField speaker;

    AgendaSection(MeetingEditorViewModel vm, UiText text, Dialogs dialogs) {
        this.vm = vm;
        this.text = text;
        this.dialogs = dialogs;
        parts.getStyleClass().add("editor-section");
        vm.agenda().addListener((ListChangeListener<Meeting.AgendaPart>) c -> rebuildParts());
        TextField newPart = Fields.textField("newPart", null, vm.readOnlyProperty(), null);
        Fields.limit(newPart, MeetingLimits.PART_TITLE);
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
            ContributionsModel.Speaker m = model.speakerProperty().get();
            if (model.speakerQueryProperty().get().isBlank()) {
                return "";
            }
            return m == null ? text.text("contributions.speaker.none")
                    : text.format("contributions.speaker.match", model.describe(m), model.matches().size());
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
        Fields.limit(said, MeetingLimits.LONG_TEXT);
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

    /**
     * Lays the parts out in their current order. A part shown before keeps its row (and the cursor in it);
     * a part loaded from another meeting or added gets a new one.
     */
    private void rebuildParts() {
        Node focused = parts.getScene() == null ? null : parts.getScene().getFocusOwner();
        java.util.Set<UUID> present = new java.util.HashSet<>();
        List<Node> rows = new ArrayList<>();
        for (int i = 0; i < vm.agenda().size(); i++) {
            Meeting.AgendaPart p = vm.agenda().get(i);
            present.add(p.id());
            PartRow row = partRows.get(p.id());
            if (row == null || row.meetingId != vm.meetingProperty().get()) {
                row = new PartRow(p);
                partRows.put(p.id(), row);
            }
            row.show(i, vm.agenda().size(), p);
            rows.add(row.box);
        }
        partRows.keySet().retainAll(present);
        parts.getChildren().setAll(rows);
        if (focused != null && focused.getScene() != null && !focused.isFocused()) {
            focused.requestFocus();
        }
    }

    private void movePart(UUID id, int by, Node keepFocus) {
        vm.movePart(vm.partIndex(id), by);
        keepFocus.requestFocus();
    }

    private void removePart(UUID id) {
        int index = vm.partIndex(id);
        if (index < 0 || vm.readOnlyProperty().get()) {
            return;
        }
        MeetingEditorViewModel.PartRemoval removal = vm.partRemoval(index);
        if (!removal.isEmpty()) {
            String what = removal.contributions() == 0 ? text.text("agenda.remove.textOnly")
                    : removal.hasText() ? text.format("agenda.remove.textAndContributions", removal.contributions())
                    : text.format("agenda.remove.contributions", removal.contributions());
            if (!dialogs.confirm(text.plain("agenda.remove.title"),
                    text.format("agenda.remove.confirm", removal.title(), what), text.plain("agenda.remove.button"))) {
                return;
            }
        }
        vm.removePart(vm.partIndex(id));
    }

    /**
     * One part: its numbered title (shown whole, wrapped), up, down, rename, remove, and its free text. Renaming
     * (the button, or F2 in the part's text) swaps the title for a field: Enter keeps the new name, Esc the old.
     */
    private final class PartRow {
        final Object meetingId = vm.meetingProperty().get();
        final UUID id;
        final Label title = new Label();
        final TextField rename = new TextField();
        final TextArea area = new TextArea();
        final Button up;
        final Button down;
        final Button renameButton;
        final Button remove;
        final VBox box;

        PartRow(Meeting.AgendaPart p) {
            id = p.id();
            Fields.limit(rename, MeetingLimits.PART_TITLE);
            Fields.limit(area, MeetingLimits.LONG_TEXT);
            area.setText(p.text() == null ? "" : p.text());
            area.setWrapText(true);
            area.setPrefRowCount(3);
            area.editableProperty().bind(vm.readOnlyProperty().not());
            area.textProperty().addListener((obs, old, typed) -> vm.setPartText(id, typed));
            area.focusedProperty().addListener((obs, was, focused) -> {
                if (!focused) {
                    vm.flush();
                }
            });
            title.setWrapText(true);
            title.setLabelFor(area);
            title.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(title, Priority.ALWAYS);
            rename.setVisible(false);
            rename.setManaged(false);
            rename.setTooltip(new Tooltip(text.text("agenda.rename.tooltip")));
            rename.setOnAction(e -> {
                commitRename();
                area.requestFocus();
            });
            rename.focusedProperty().addListener((obs, was, focused) -> {
                if (!focused && rename.isVisible()) {
                    commitRename();
                }
            });
            rename.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    e.consume();
                    endRename();
                    area.requestFocus();
                }
            });
            HBox.setHgrow(rename, Priority.ALWAYS);
            up = Fields.button(text, null, "agenda.up", "agenda.up.tooltip", () -> movePart(id, -1, area));
            down = Fields.button(text, null, "agenda.down", "agenda.down.tooltip", () -> movePart(id, 1, area));
            renameButton = Fields.button(text, null, "agenda.rename", "agenda.rename.tooltip", this::startRename);
            remove = Fields.button(text, null, "agenda.remove", "agenda.remove.tooltip", () -> removePart(id));
            for (Button b : List.of(up, down, renameButton, remove)) {
                b.setMnemonicParsing(false);
                b.getStyleClass().add(atlantafx.base.theme.Styles.SMALL);
                b.visibleProperty().bind(vm.readOnlyProperty().not());
                b.managedProperty().bind(b.visibleProperty());
                b.setFocusTraversable(false);
            }
            HBox head = new HBox(4, title, rename, up, down, renameButton, remove);
            head.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            box = new VBox(4, head, area);
            // In the part's text: Alt+Up / Alt+Down move the part (the cursor stays in it), F2 renames it.
            box.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                    e.consume();
                    if (rename.isVisible()) {
                        commitRename();
                    }
                    movePart(id, e.getCode() == KeyCode.UP ? -1 : 1, area);
                } else if (e.getCode() == KeyCode.F2 && !rename.isVisible()) {
                    e.consume();
                    startRename();
                }
            });
        }

        void show(int index, int count, Meeting.AgendaPart p) {
            title.setText(text.format("agenda.part", index + 1, p.title()));
            title.setId("partTitle" + index);
            rename.setId("partRename" + index);
            area.setId("partText" + index);
            up.setId("partUp" + index);
            down.setId("partDown" + index);
            renameButton.setId("partRenameButton" + index);
            remove.setId("partRemove" + index);
            up.setDisable(index == 0);
            down.setDisable(index == count - 1);
        }

        private void startRename() {
            int index = vm.partIndex(id);
            if (index < 0 || vm.readOnlyProperty().get()) {
                return;
            }
            rename.setText(vm.agenda().get(index).title());
            swap(true);
            rename.requestFocus();
            rename.selectAll();
        }

        /** Keeps the name typed; an emptied name is not taken (a part keeps a name). */
        private void commitRename() {
            int index = vm.partIndex(id);
            endRename();
            if (index >= 0) {
                vm.renamePart(index, rename.getText());
            }
        }

        private void endRename() {
            swap(false);
        }

        private void swap(boolean renaming) {
            rename.setVisible(renaming);
            rename.setManaged(renaming);
            title.setVisible(!renaming);
            title.setManaged(!renaming);
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
