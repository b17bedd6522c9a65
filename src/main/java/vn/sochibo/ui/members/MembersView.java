package vn.sochibo.ui.members;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.sochibo.domain.member.Member;
import vn.sochibo.ui.common.AppStyles;
import vn.sochibo.ui.common.Controls;
import vn.sochibo.ui.common.UiContext;
import vn.sochibo.ui.common.UiText;
import vn.sochibo.ui.common.AreaView;

/**
 * The "Đảng viên" area: search and filter bar, the reminder about probationary members due for review, the
 * roster table and the selected member's details. Dialogs for add/edit, status events and CSV import.
 */
public final class MembersView implements AreaView, vn.sochibo.ui.common.RecordView {
    private final MembersViewModel vm;
    private final MemberDetailsViewModel details;
    private final UiContext ctx;
    private final UiText text;
    private final BorderPane root = new BorderPane();
    private final TextField search = new TextField();
    private final TableView<Member> table;
    private final MemberDetailsView detailsView;
    private final Map<KeyCombination, Runnable> shortcuts = new LinkedHashMap<>();
    private SplitPane split;
    private boolean syncingSelection;
    private boolean shownBefore;

    public MembersView(MembersViewModel vm, MemberDetailsViewModel details, UiContext ctx) {
        this.vm = vm;
        this.details = details;
        this.ctx = ctx;
        this.text = ctx.text();
        this.table = MemberTable.create(vm, text, ctx.textScale());
        this.detailsView = new MemberDetailsView(details, text, this::addEvent, this::removeEvent);
        root.setId("membersView");
        root.getStyleClass().add("area");
        root.setTop(new VBox(10, header(), toolbar(), reminder()));
        split = new SplitPane(table, detailsView.node());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.62);
        SplitPane.setResizableWithParent(detailsView.node(), false);
        root.setCenter(split);
        BorderPane.setMargin(split, new Insets(10, 0, 0, 0));
        bindSelection();
        bindTableKeys();
        shortcuts.put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), this::add);
        shortcuts.put(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), this::edit);
        shortcuts.put(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN), this::importCsv);
    }

    /** Title, count and the actions on one line; search and filter on the next. */
    private Node header() {
        Label title = new Label(text.plain("nav.members"));
        title.getStyleClass().add(AppStyles.PAGE_TITLE);
        Label count = new Label();
        count.setId("memberCount");
        count.getStyleClass().add(AppStyles.MUTED);
        count.textProperty().bind(vm.countProperty());

        Button add = Controls.button(text, "addMember", "members.add", "members.add.tooltip", this::add);
        add.getStyleClass().add(Styles.ACCENT);
        Button edit = Controls.button(text, "editMember", "members.edit", "members.edit.tooltip", this::edit);
        Button delete = Controls.button(text, "deleteMember", "members.delete", "members.delete.tooltip", this::delete);
        edit.disableProperty().bind(vm.selectedProperty().isNull());
        delete.disableProperty().bind(vm.selectedProperty().isNull());
        Button importCsv = Controls.button(text, "importCsv",
                "members.import", "members.import.tooltip", this::importCsv);

        HBox spacer = new HBox();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(10, title, count, spacer, add, edit, delete, importCsv);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private Node toolbar() {
        Label searchLabel = new Label(text.text("members.search"));
        searchLabel.setLabelFor(search);
        searchLabel.setMnemonicParsing(true);
        searchLabel.setMinWidth(Label.USE_PREF_SIZE);
        search.setId("search");
        search.setPromptText(text.text("members.search.prompt"));
        search.setPrefColumnCount(26);
        search.textProperty().bindBidirectional(vm.queryProperty());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && !search.getText().isEmpty()) {
                search.clear();
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN) {
                table.requestFocus();
                if (table.getSelectionModel().isEmpty()) {
                    table.getSelectionModel().selectFirst();
                }
                e.consume();
            }
        });
        Label statusLabel = new Label(text.text("members.statusFilter"));
        statusLabel.setMinWidth(Label.USE_PREF_SIZE);
        ComboBox<StatusFilter> status = new ComboBox<>();
        status.setId("statusFilter");
        status.getItems().setAll(StatusFilter.choices());
        Controls.showAs(status, filter -> filter == null ? null
                : filter.status() == null ? text.text("members.statusFilter.all") : text.status(filter.status()));
        status.valueProperty().bindBidirectional(vm.statusFilterProperty());
        status.setVisibleRowCount(StatusFilter.choices().size());
        statusLabel.setLabelFor(status);
        statusLabel.setMnemonicParsing(true);

        HBox bar = new HBox(10, searchLabel, search, statusLabel, status);
        HBox.setMargin(statusLabel, new Insets(0, 0, 0, 12));
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("toolbar-row");
        return bar;
    }

    private Node reminder() {
        Message banner = new Message(text.text("members.reminder.title"), "");
        banner.setId("probationReminder");
        banner.getStyleClass().add(Styles.WARNING);
        banner.descriptionProperty().bind(vm.reminderProperty());
        banner.visibleProperty().bind(vm.reminderProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    /** Table selection and the view model's selection follow each other. */
    private void bindSelection() {
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, member) -> {
            if (!syncingSelection) {
                vm.selectedProperty().set(member);
            }
        });
        vm.selectedProperty().addListener((obs, old, member) -> {
            details.memberProperty().set(member);
            syncingSelection = true;
            try {
                if (member == null) {
                    table.getSelectionModel().clearSelection();
                } else if (table.getSelectionModel().getSelectedItem() != member) {
                    table.getSelectionModel().select(member);
                    table.scrollTo(member);
                }
            } finally {
                syncingSelection = false;
            }
        });
    }

    private void bindTableKeys() {
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                edit();
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                delete();
                e.consume();
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && vm.selectedProperty().get() != null) {
                edit();
            }
        });
    }

    private void add() {
        MemberFormViewModel form = MemberFormViewModel.forNewMember(ctx.services().members(), ctx.tasks(), text);
        new MemberFormDialog(form, text, ctx.dialogs()).showAndWait()
                .ifPresent(saved -> vm.refreshThenSelect(saved.id()));
    }

    private void edit() {
        Member member = vm.selectedProperty().get();
        if (member == null) {
            return;
        }
        MemberFormViewModel form = MemberFormViewModel.forEditing(member, ctx.services().members(), ctx.tasks(),
                text);
        new MemberFormDialog(form, text, ctx.dialogs()).showAndWait()
                .ifPresent(saved -> vm.refreshThenSelect(saved.id()));
        table.requestFocus();
    }

    private void delete() {
        Member member = vm.selectedProperty().get();
        if (member == null) {
            return;
        }
        boolean confirmed = ctx.dialogs().confirm(text.plain("members.delete.title"),
                text.format("members.delete.confirm", member.fullName()), text.plain("members.delete.button"));
        if (confirmed) {
            vm.delete(member, table::requestFocus);
        }
    }

    private void importCsv() {
        CsvImportViewModel importVm = new CsvImportViewModel(ctx.services().memberCsvImport(), ctx.tasks(), text);
        int added = new CsvImportDialog(importVm, text, ctx.dialogs()).showAndWait();
        if (added > 0) {
            vm.refresh();
            ctx.dialogs().showInfo(text.format("csvImport.done", added));
        }
    }

    private void addEvent() {
        Member member = vm.selectedProperty().get();
        if (member == null) {
            return;
        }
        StatusEventViewModel eventVm = new StatusEventViewModel(member, ctx.services().members(), ctx.tasks(), text);
        new StatusEventDialog(eventVm, text, ctx.dialogs()).showAndWait()
                .ifPresent(saved -> vm.refreshThenSelect(saved.id()));
    }

    private void removeEvent() {
        HistoryEntry entry = detailsView.selectedEntry();
        if (entry == null || !entry.isRemovable()) {
            return;
        }
        if (ctx.dialogs().confirm(text.plain("members.history.remove.title"), details.describe(entry),
                text.plain("members.history.remove.button"))) {
            details.removeEvent(entry, saved -> vm.refreshThenSelect(saved.id()));
        }
    }

    /** A search hit on a member: the whole roster (filters cleared) with that member selected. */
    @Override
    public void showRecord(vn.sochibo.application.search.SearchRef ref) {
        vm.queryProperty().set("");
        vm.statusFilterProperty().set(StatusFilter.ALL);
        vm.refreshThenSelect(ref.ownerId());
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void shown() {
        vm.refresh();
        if (!shownBefore) {
            shownBefore = true;
            // Once the window has its real size: most of the height for the table.
            Platform.runLater(() -> split.setDividerPositions(0.62));
        }
        Platform.runLater(table::requestFocus);
    }

    @Override
    public Map<KeyCombination, Runnable> shortcuts() {
        return shortcuts;
    }

    /** Offers "Hồ sơ" in the member's details, opening the member's dossier through {@code handler}. */
    public void setOnOpenDossier(java.util.function.Consumer<java.util.UUID> handler) {
        detailsView.setOnOpenDossier(handler);
    }
}
