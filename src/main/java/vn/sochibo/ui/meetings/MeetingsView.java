package vn.sochibo.ui.meetings;

import atlantafx.base.theme.Styles;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import vn.sochibo.ui.common.AppStyles;
import vn.sochibo.ui.common.AreaView;
import vn.sochibo.ui.common.UiContext;
import vn.sochibo.ui.common.UiText;
import vn.sochibo.ui.document.DocumentPreviews;

/**
 * The "Sinh hoạt chi bộ" area: the meetings (newest first) and the open tasks on the left, the meeting
 * chosen on the right. Ctrl+N starts a new meeting.
 */
public final class MeetingsView implements AreaView, vn.sochibo.ui.common.RecordView {
    private final MeetingsViewModel vm;
    private final MeetingEditorViewModel editor;
    private final UiContext ctx;
    private final UiText text;
    private final BorderPane root = new BorderPane();
    private final ListView<MeetingsViewModel.Row> list;
    private final MeetingEditorView editorView;
    private final StackPane center = new StackPane();
    private final Map<KeyCombination, Runnable> shortcuts = new LinkedHashMap<>();
    private boolean selecting;

    public MeetingsView(UiContext ctx) {
        this.ctx = ctx;
        this.text = ctx.text();
        var services = ctx.services();
        this.vm = new MeetingsViewModel(services.meetings(), services.members(), services.cell(), services.settings(), ctx.tasks(), text,
                ctx.errors());
        this.editor = new MeetingEditorViewModel(services.meetings(), services.members(), services.meetingDocuments(),
                services.settings(), ctx.tasks(), text, ctx.errors(), new FxDebouncer(Duration.millis(700)),
                Clock.systemDefaultZone());
        PledgeChecksModel pledgeChecks = new PledgeChecksModel(editor, services.meetings(), services.pledges(),
                ctx.tasks(), text, ctx.errors());
        this.editorView = new MeetingEditorView(editor, pledgeChecks, text, ctx.dialogs(), new DocumentPreviews(ctx));
        editor.setOnFinalized(this::refreshKeepingSelection);
        root.setId("meetingsView");
        root.getStyleClass().add("area");

        Label title = new Label(text.plain("nav.meetings"));
        title.getStyleClass().add(AppStyles.PAGE_TITLE);
        Button add = Fields.button(text, "newMeeting", "meetingList.new", "meetingList.new.tooltip", this::newMeeting);
        add.getStyleClass().add(Styles.ACCENT);
        list = new ListView<>(vm.rows());
        list.setId("meetingList");
        list.setPlaceholder(new Label(text.text("meetingList.empty")));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(MeetingsViewModel.Row row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : text.format("meetingList.row", row.date(), row.kind(), row.state()));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null && !selecting) {
                open(row.id());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        ListView<MeetingsViewModel.OpenTask> open = new ListView<>(vm.openTasks());
        open.setId("openTasks");
        open.setPrefHeight(160);
        Label noTasks = new Label(text.text("openTasks.empty"));
        noTasks.setWrapText(true);
        open.setPlaceholder(noTasks);
        open.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(MeetingsViewModel.OpenTask t, boolean empty) {
                super.updateItem(t, empty);
                setWrapText(true);
                setPrefWidth(0);
                setText(empty || t == null ? null : t.text());
                getStyleClass().remove(Styles.DANGER);
                if (!empty && t != null && t.overdue()) {
                    getStyleClass().add(Styles.DANGER);
                }
            }
        });
        VBox left = new VBox(10, title, add, Fields.label(text, "meetingList.list", list), list,
                Fields.label(text, "openTasks.title", open), open);
        left.getStyleClass().add("meetings-list");
        left.setPrefWidth(270);
        left.setMinWidth(260);
        root.setLeft(left);
        BorderPane.setMargin(left, new Insets(0, 12, 0, 0));

        Label none = new Label(text.text("meetingList.none"));
        none.setWrapText(true);
        none.getStyleClass().add(AppStyles.MUTED);
        center.getChildren().setAll(none);
        root.setCenter(center);
        editor.meetingProperty().addListener((obs, old, m) -> {
            if (m != null) {
                center.getChildren().setAll(editorView.node());
            }
        });

        shortcuts.put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), this::newMeeting);
        shortcuts.put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), editor::flush);
        shortcuts.put(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN),
                editorView::addContribution);
        // F6, the usual key for moving between panes (Ctrl+L locks a protected folder: AppLock).
        shortcuts.put(new KeyCodeCombination(KeyCode.F6), list::requestFocus);
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5,
                KeyCode.DIGIT6, KeyCode.DIGIT7};
        for (int i = 0; i < digits.length; i++) {
            int index = i;
            shortcuts.put(new KeyCodeCombination(digits[i], KeyCombination.ALT_DOWN), () -> editorView.showTab(index));
        }
    }

    private void open(UUID id) {
        editor.load(id);
    }

    private void newMeeting() {
        editor.flush();
        new NewMeetingDialog(vm, text, ctx.dialogs()).showAndWait().ifPresent(created -> {
            select(created.id());
            open(created.id());
            editorView.showTab(1);
        });
    }

    private void select(UUID id) {
        selecting = true;
        try {
            vm.rows().stream().filter(r -> r.id().equals(id)).findFirst()
                    .ifPresent(r -> list.getSelectionModel().select(r));
        } finally {
            selecting = false;
        }
    }

    /**
     * A search hit in a meeting (its text, a contribution, a vote, a task): select and open that meeting, on the tab
     * of the part found.
     */
    @Override
    public void showRecord(vn.sochibo.application.search.SearchRef ref) {
        editor.flush();
        UUID id = ref.ownerId();
        vm.refresh(() -> {
            select(id);
            open(id);
            switch (ref.kind()) {
                case CONTRIBUTION -> editorView.showTab(2); // the agenda, with what was said
                case VOTE -> editorView.showTab(3);
                case TASK -> editorView.showTab(4);
                default -> {
                }
            }
        });
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void shown() {
        refreshKeepingSelection();
        Platform.runLater(list::requestFocus);
    }

    /** Another area is shown, the window closes or the app ends: what was typed is saved now. */
    @Override
    public void leaving() {
        editor.flush();
    }

    private void refreshKeepingSelection() {
        MeetingsViewModel.Row selected = list.getSelectionModel().getSelectedItem();
        vm.refresh(() -> {
            if (selected != null) {
                select(selected.id());
            }
        });
    }

    @Override
    public Map<KeyCombination, Runnable> shortcuts() {
        return shortcuts;
    }
}
