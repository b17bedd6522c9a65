package vn.sochibo.ui.search;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import vn.sochibo.application.common.Messages;
import vn.sochibo.application.search.Folded;
import vn.sochibo.application.search.MarkedText;
import vn.sochibo.application.search.SearchHit;
import vn.sochibo.application.search.SearchKind;
import vn.sochibo.ui.common.AppStyles;
import vn.sochibo.ui.common.UiText;

/**
 * The results of the search across everything, in the content area: what was searched, then one list with a heading
 * per kind (with its count) and its hits, each a title and a line of text with the matching words highlighted.
 * Up/Down move through the hits (headings are skipped), Enter or a click opens one, Esc clears the search.
 */
public final class SearchResultsView {
    /** Style class of a highlighted (matching) part of a hit's text. */
    public static final String MARK = "search-mark";

    private final SearchViewModel vm;
    private final VBox root = new VBox(8);
    private final ListView<SearchViewModel.Row> list;
    private Runnable onEscape = () -> {
    };

    public SearchResultsView(SearchViewModel vm, UiText text) {
        this.vm = vm;
        root.setId("searchResults");
        root.getStyleClass().addAll("area", "search-results");
        Label title = new Label(text.text("searchPane.title"));
        title.getStyleClass().add(AppStyles.PAGE_TITLE);
        Label message = new Label();
        message.setId("searchMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        list = new ListView<>(vm.rows());
        list.setId("searchResultList");
        list.getStyleClass().add("search-list");
        list.setPlaceholder(new Label(""));
        list.setCellFactory(l -> new RowCell());
        VBox.setVgrow(list, Priority.ALWAYS);
        list.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> skipHeading(old, index));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.open(list.getSelectionModel().getSelectedItem());
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                onEscape.run();
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getTarget() instanceof Node n && isInCell(n)) {
                vm.open(list.getSelectionModel().getSelectedItem());
            }
        });
        root.getChildren().addAll(title, message, list);
    }

    /** What Esc in the list does (the shell clears the search and goes back to the area). */
    public void setOnEscape(Runnable action) {
        this.onEscape = action;
    }

    /** Puts the focus on the first hit (Down from the search field). */
    public void focusFirstHit() {
        for (int i = 0; i < vm.rows().size(); i++) {
            if (!vm.rows().get(i).isHeading()) {
                list.getSelectionModel().select(i);
                list.scrollTo(Math.max(0, i - 1));
                break;
            }
        }
        Platform.runLater(list::requestFocus);
    }

    public Node node() {
        return root;
    }

    /** A heading is never the selection: moving onto one moves on to the next hit in the same direction. */
    private void skipHeading(Number old, Number index) {
        int i = index.intValue();
        if (i < 0 || i >= vm.rows().size() || !vm.rows().get(i).isHeading()) {
            return;
        }
        int step = old != null && old.intValue() > i ? -1 : 1;
        int j = i + step;
        while (j >= 0 && j < vm.rows().size() && vm.rows().get(j).isHeading()) {
            j += step;
        }
        if (j < 0 || j >= vm.rows().size()) {
            j = i - step; // nothing further that way: stay where we were
            while (j >= 0 && j < vm.rows().size() && vm.rows().get(j).isHeading()) {
                j -= step;
            }
        }
        int target = j;
        if (target >= 0 && target < vm.rows().size()) {
            Platform.runLater(() -> {
                list.getSelectionModel().select(target);
                if (target <= 1) {
                    list.scrollTo(0); // keep the first heading in view
                }
            });
        }
    }

    private boolean isInCell(Node n) {
        for (Node at = n; at != null && at != list; at = at.getParent()) {
            if (at instanceof RowCell cell) {
                return !cell.isEmpty();
            }
        }
        return false;
    }

    /** The text with its marked parts as highlighted runs. */
    static List<Text> runs(MarkedText marked, String styleClass) {
        List<Text> runs = new ArrayList<>();
        int at = 0;
        for (Folded.Range r : marked.marks()) {
            if (r.start() > at) {
                runs.add(run(marked.text().substring(at, r.start()), styleClass, false));
            }
            runs.add(run(marked.text().substring(r.start(), r.end()), styleClass, true));
            at = r.end();
        }
        if (at < marked.text().length()) {
            runs.add(run(marked.text().substring(at), styleClass, false));
        }
        return runs;
    }

    private static Text run(String s, String styleClass, boolean mark) {
        Text t = new Text(s);
        t.getStyleClass().add(styleClass);
        if (mark) {
            t.getStyleClass().add(MARK);
        }
        return t;
    }

    private static final class RowCell extends ListCell<SearchViewModel.Row> {
        @Override
        protected void updateItem(SearchViewModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("search-heading", "search-hit");
            setText(null);
            setPrefWidth(0); // wrap to the list's width instead of widening it
            if (empty || row == null) {
                setGraphic(null);
                setId(null);
                return;
            }
            if (row.isHeading()) {
                getStyleClass().add("search-heading");
                setId("searchHeading-" + row.kind().name());
                Label heading = new Label(row.heading());
                heading.getStyleClass().add("section-title");
                setGraphic(heading);
                return;
            }
            getStyleClass().add("search-hit");
            SearchHit hit = row.hit();
            setId("searchHit-" + hit.ref().id());
            TextFlow title = new TextFlow();
            title.getStyleClass().add("search-hit-title");
            if (hit.date() != null && hit.ref().kind() != SearchKind.PLEDGE && hit.ref().kind() != SearchKind.MEMBER) {
                title.getChildren().add(run(Messages.formatDate(hit.date()) + "  ", "search-date", false));
            }
            title.getChildren().addAll(runs(hit.title(), "search-title-text"));
            VBox box = new VBox(2, title);
            if (!hit.snippet().text().isEmpty()) {
                TextFlow snippet = new TextFlow();
                snippet.getStyleClass().add("search-hit-snippet");
                snippet.getChildren().addAll(runs(hit.snippet(), "search-snippet-text"));
                box.getChildren().add(snippet);
            }
            box.setPadding(new Insets(2, 0, 2, 12));
            setGraphic(box);
        }
    }
}
