package vn.sochibo.ui.shell;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import vn.sochibo.ui.common.AppStyles;
import vn.sochibo.ui.common.AreaView;
import vn.sochibo.ui.common.Mnemonics;
import vn.sochibo.ui.common.RecordView;
import vn.sochibo.ui.common.UiText;
import vn.sochibo.ui.search.SearchResultsView;
import vn.sochibo.ui.search.SearchViewModel;
import vn.sochibo.application.search.SearchRef;

/**
 * The main window's content: the search field and the navigation on the left, the chosen area (or the search
 * results) in the middle, a status line at the bottom. Ctrl+1 … Ctrl+7 switch areas and Ctrl+F focuses the search
 * field, in every area; each area may add its own shortcuts while it is shown (the window's keys win).
 */
public final class MainWindow {
    private final ShellViewModel vm;
    private final Function<Area, AreaView> areaFactory;
    private final Map<Area, AreaView> views = new EnumMap<>(Area.class);
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final ListView<Area> navigation = new ListView<>();
    private final HBox statusLine;
    private final TextField searchField = new TextField();
    private final Map<KeyCombination, Runnable> windowShortcuts = new java.util.LinkedHashMap<>();
    private Scene scene;
    private AreaView current;
    private SearchViewModel search;
    private SearchResultsView results;

    public MainWindow(ShellViewModel vm, UiText text, Function<Area, AreaView> areaFactory,
            ObservableBooleanValue busy, String dataFolder) {
        this.vm = vm;
        this.areaFactory = areaFactory;
        root.setId("mainWindow");
        root.setLeft(navigation(text));
        content.getStyleClass().add("area-content");
        content.setAlignment(Pos.TOP_LEFT);
        root.setCenter(content);
        statusLine = statusLine(text, busy, dataFolder);
        root.setBottom(statusLine);
        vm.areaProperty().addListener((obs, old, area) -> showArea(area));
    }

    private VBox navigation(UiText text) {
        Label appName = new Label(text.appName());
        appName.getStyleClass().add("nav-title");
        navigation.setId("navigation");
        navigation.getItems().setAll(Area.values());
        navigation.getStyleClass().add("nav-list");
        navigation.setCellFactory(list -> new NavigationCell(text));
        navigation.getSelectionModel().selectedItemProperty().addListener((obs, old, area) -> {
            if (area != null) {
                vm.show(area);
            }
        });
        searchField.setId("globalSearch");
        searchField.getStyleClass().add("search-field");
        searchField.setPromptText(text.text("searchPane.prompt"));
        searchField.setVisible(false);
        searchField.setManaged(false);
        navigation.setOnMouseClicked(e -> {
            // Clicking the area already selected while the results are shown goes back to it.
            Area selected = navigation.getSelectionModel().getSelectedItem();
            if (selected != null && isShowingResults()) {
                go(selected);
            }
        });
        VBox box = new VBox(8, appName, searchField, navigation);
        box.getStyleClass().add("nav-pane");
        VBox.setVgrow(navigation, Priority.ALWAYS);
        return box;
    }

    private static HBox statusLine(UiText text, ObservableBooleanValue busy, String dataFolder) {
        Label folder = new Label(text.format("status.dataFolder", dataFolder));
        folder.getStyleClass().add(AppStyles.MUTED);
        HBox.setHgrow(folder, Priority.ALWAYS);
        folder.setMaxWidth(Double.MAX_VALUE);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(16, 16);
        Label working = new Label(text.text("status.working"), spinner);
        working.setId("busyIndicator");
        working.visibleProperty().bind(busy);
        HBox line = new HBox(12, folder, working);
        line.getStyleClass().add("status-line");
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    /** Adds a note to the status line, before the busy indicator (e.g. a failed automatic backup). */
    public void addStatus(Node note) {
        statusLine.getChildren().add(statusLine.getChildren().size() - 1, note);
    }

    /** A band across the top of the window, above the navigation and the area (the demo cell's banner). */
    public void setBanner(Node banner) {
        root.setTop(banner);
    }

    /**
     * Turns on the search across everything: the field at the top of the navigation, its results in the content
     * area, and opening a hit's record in its area. Call before {@link #install}.
     */
    public void enableSearch(SearchViewModel searchVm, SearchResultsView resultsView) {
        this.search = searchVm;
        this.results = resultsView;
        searchField.setVisible(true);
        searchField.setManaged(true);
        searchField.textProperty().bindBidirectional(searchVm.queryProperty());
        searchField.focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                searchVm.warmUp();
            }
        });
        searchField.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                searchVm.searchNow();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                leaveSearch();
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN && isShowingResults()) {
                resultsView.focusFirstHit();
                e.consume();
            }
        });
        resultsView.setOnEscape(this::leaveSearch);
        searchVm.activeProperty().addListener((obs, was, active) -> {
            if (active) {
                showResults();
            }
        });
        searchVm.setOnOpen(this::open);
        Runnable focus = this::focusSearch;
        windowShortcuts.put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), focus);
    }

    /** Puts the window into the scene and shows the first area. */
    public void install(Scene target) {
        this.scene = target;
        target.setRoot(root);
        for (Area area : Area.values()) {
            windowShortcuts.put(new KeyCodeCombination(digit(area.shortcutDigit()), KeyCombination.SHORTCUT_DOWN),
                    () -> go(area));
        }
        target.getAccelerators().putAll(windowShortcuts);
        showArea(vm.areaProperty().get());
    }

    /** Shows an area; the one already chosen too (e.g. to come back to it from the search results). */
    private void go(Area area) {
        if (vm.areaProperty().get() == area) {
            showArea(area);
        } else {
            vm.show(area);
        }
    }

    private void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    private boolean isShowingResults() {
        return results != null && content.getChildren().contains(results.node());
    }

    private void showResults() {
        if (!isShowingResults()) {
            content.getChildren().setAll(results.node());
        }
    }

    /** Esc: the query and the results are cleared and the area shown before comes back, with the focus. */
    private void leaveSearch() {
        boolean wasShowing = isShowingResults();
        search.clear();
        if (wasShowing || searchField.isFocused()) {
            go(vm.areaProperty().get());
        }
    }

    /** Opens a search hit: its area is shown and asked to show the record. */
    private void open(SearchRef ref) {
        Area area = switch (ref.kind()) {
            case MEMBER -> Area.MEMBERS;
            case MEETING, CONTRIBUTION, VOTE, TASK -> Area.MEETINGS;
            case PLEDGE -> Area.PLEDGES;
            case REVIEW -> Area.REVIEWS;
        };
        go(area);
        if (views.get(area) instanceof RecordView records) {
            records.showRecord(ref);
        }
    }

    private void showArea(Area area) {
        AreaView previous = current;
        if (previous != null) {
            previous.shortcuts().keySet().forEach(scene.getAccelerators()::remove);
        }
        AreaView next = views.computeIfAbsent(area, areaFactory);
        if (previous != null && previous != next) {
            previous.leaving();
        }
        current = next;
        content.getChildren().setAll(current.node());
        if (search != null) {
            search.hide();
        }
        if (previous != null && previous != current) {
            Mnemonics.forget(scene, previous.node());
        }
        navigation.getSelectionModel().select(area);
        scene.getAccelerators().putAll(current.shortcuts());
        scene.getAccelerators().putAll(windowShortcuts); // the window's keys win over an area's
        current.shown();
    }

    private static KeyCode digit(int n) {
        return KeyCode.valueOf("DIGIT" + n);
    }

    public Node node() {
        return root;
    }

    /** The window closes or the app ends: the area shown saves what is pending. */
    public void leave() {
        if (current != null) {
            current.leaving();
        }
    }

    /** One navigation entry: the area's name and its Ctrl shortcut. */
    private static final class NavigationCell extends ListCell<Area> {
        private final UiText text;

        NavigationCell(UiText text) {
            this.text = text;
        }

        @Override
        protected void updateItem(Area area, boolean empty) {
            super.updateItem(area, empty);
            if (empty || area == null) {
                setText(null);
                setGraphic(null);
                setId(null);
                return;
            }
            setId("nav-" + area.name().toLowerCase(java.util.Locale.ROOT));
            Label name = new Label(text.plain(area.labelKey()));
            Label shortcut = new Label(text.format("nav.shortcut", area.shortcutDigit()));
            shortcut.getStyleClass().addAll(AppStyles.MUTED, "nav-shortcut");
            HBox.setHgrow(name, Priority.ALWAYS);
            name.setMaxWidth(Double.MAX_VALUE);
            HBox row = new HBox(8, name, shortcut);
            row.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            setGraphic(row);
        }
    }
}
