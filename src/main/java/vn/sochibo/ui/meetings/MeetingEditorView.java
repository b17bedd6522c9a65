package vn.sochibo.ui.meetings;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.sochibo.ui.common.AppStyles;
import vn.sochibo.ui.common.Dialogs;
import vn.sochibo.ui.common.UiText;
import vn.sochibo.ui.document.DocumentPreviews;

/**
 * One meeting: its title and state, the save status, the actions (finalize, PDFs), and one tab per part of
 * the minutes, and the pledge check. Alt+1 … Alt+7 open the tabs.
 */
final class MeetingEditorView {
    private final MeetingEditorViewModel vm;
    private final UiText text;
    private final Dialogs dialogs;
    private final DocumentPreviews previews;
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final RollCallSection rollCall;
    private final AgendaSection agenda;

    MeetingEditorView(MeetingEditorViewModel vm, PledgeChecksModel pledgeChecks, UiText text, Dialogs dialogs,
            DocumentPreviews previews) {
        this.vm = vm;
        this.text = text;
        this.dialogs = dialogs;
        this.previews = previews;
        root.setId("meetingEditor");
        rollCall = new RollCallSection(vm, text, dialogs);
        agenda = new AgendaSection(vm, text, dialogs);
        tabs.setId("meetingTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(
                tab("tabHeader", "editor.tab.header", new HeaderSection(vm, text).node()),
                tab("tabRollCall", "editor.tab.rollCall", rollCall.node()),
                tab("tabAgenda", "editor.tab.agenda", agenda.node()),
                tab("tabVotes", "editor.tab.votes", new VotesSection(vm, text).node()),
                tab("tabTasks", "editor.tab.tasks", new TasksSection(vm, text).node()),
                tab("tabClosing", "editor.tab.closing", new ClosingSection(vm, text).node()),
                tab("tabPledges", "editor.tab.pledges", new PledgeChecksSection(pledgeChecks, text).node()));
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> {
            vm.flush();
            if (tab != null && "tabPledges".equals(tab.getId())) {
                pledgeChecks.reload();
            }
        });
        root.setTop(header());
        root.setCenter(tabs);
    }

    private static Tab tab(String id, String key, Node content, UiText text) {
        Tab tab = new Tab(text.text(key), content);
        tab.setId(id);
        return tab;
    }

    private Tab tab(String id, String key, Node content) {
        return tab(id, key, content, text);
    }

    private Node header() {
        Label title = new Label();
        title.setId("meetingTitle");
        title.getStyleClass().add(Styles.TITLE_3);
        title.textProperty().bind(vm.titleProperty());
        Label state = new Label();
        state.setId("meetingState");
        state.getStyleClass().add(Styles.ACCENT);
        state.textProperty().bind(vm.stateProperty());
        Label saved = new Label();
        saved.setId("saveStatus");
        saved.setWrapText(true);
        saved.textProperty().bind(vm.saveStatusProperty());
        vm.saveRefusedProperty().addListener((obs, was, refused) -> {
            saved.getStyleClass().removeAll(Styles.DANGER, AppStyles.MUTED);
            saved.getStyleClass().add(refused ? Styles.DANGER : AppStyles.MUTED);
        });
        saved.getStyleClass().add(AppStyles.MUTED);
        Button finalize = Fields.button(text, "finalizeMeeting", "editor.finalize", "editor.finalize.tooltip",
                this::finalizeMeeting);
        finalize.getStyleClass().add(Styles.ACCENT);
        finalize.disableProperty().bind(vm.readOnlyProperty());
        Button minutes = Fields.button(text, "minutesPreview", "preview.minutes", "preview.minutes.tooltip",
                () -> preview(true));
        Button resolution = Fields.button(text, "resolutionPreview", "preview.resolution",
                "preview.resolution.tooltip", () -> preview(false));
        title.setMinWidth(0);
        state.setMinWidth(Label.USE_PREF_SIZE);
        HBox titleLine = new HBox(12, title, state);
        titleLine.setAlignment(Pos.BASELINE_LEFT);
        HBox.setHgrow(saved, Priority.ALWAYS);
        saved.setMaxWidth(Double.MAX_VALUE);
        Button correct = Fields.button(text, "correctMeeting", "editor.correct", "editor.correct.tooltip",
                this::correctMeeting);
        correct.visibleProperty().bind(vm.readOnlyProperty());
        correct.managedProperty().bind(correct.visibleProperty());
        HBox actions = new HBox(10, finalize, correct, minutes, resolution, saved);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label warnings = Fields.message(vm.warningsProperty(), Styles.WARNING);
        warnings.setId("meetingWarnings");
        Label addenda = Fields.message(vm.corrections().summaryProperty(), AppStyles.MUTED);
        addenda.setId("meetingCorrections");
        VBox box = new VBox(6, titleLine, actions, warnings, addenda);
        box.getStyleClass().add("editor-header");
        return box;
    }

    void finalizeMeeting() {
        if (vm.readOnlyProperty().get() || vm.meetingProperty().get() == null) {
            return;
        }
        vm.flush();
        if (!dialogs.confirm(text.plain("finalize.title"), text.text("finalize.confirm"),
                text.plain("finalize.button"))) {
            return;
        }
        vm.finalizeMeeting(this::showRefusal);
    }

    /** A finalized meeting is corrected by a numbered addendum, never edited. */
    void correctMeeting() {
        if (!vm.corrections().canCorrect()) {
            return;
        }
        new CorrectionDialog(vm.corrections().newForm(), text, dialogs).showAndWait().ifPresent(c -> dialogs.showInfo(
                text.format("correction.saved", String.format(java.util.Locale.ROOT, "%02d", c.number()),
                        text.text(CorrectionsModel.documentKey(c.document())))));
    }

    private void showRefusal(List<String> problems) {
        String list = problems.stream().map(p -> text.format("finalize.problem", p)).collect(Collectors.joining("\n"));
        dialogs.showError(text.format("finalize.refused", list));
    }

    private void preview(boolean minutes) {
        if (vm.meetingProperty().get() != null) {
            previews.show(minutes ? vm.minutesForPrint() : vm.resolutionForPrint());
        }
    }

    /** Ctrl+Enter: adds the contribution being typed (shows the contributions tab first). */
    void addContribution() {
        if (vm.readOnlyProperty().get()) {
            return;
        }
        tabs.getSelectionModel().select(2);
        agenda.addFromShortcut();
    }

    void showTab(int index) {
        tabs.getSelectionModel().select(index);
        if (index == 1) {
            rollCall.focusTable();
        } else if (index == 2) {
            agenda.focusEntry();
        }
    }

    Node node() {
        return root;
    }
}
