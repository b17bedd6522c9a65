package vn.sochibo.ui.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sochibo.application.common.TaskRunner;
import vn.sochibo.application.search.SearchHit;
import vn.sochibo.application.search.SearchKind;
import vn.sochibo.application.search.SearchRef;
import vn.sochibo.application.search.SearchResult;
import vn.sochibo.application.search.SearchService;
import vn.sochibo.domain.common.Text;
import vn.sochibo.domain.common.ValidationException;
import vn.sochibo.ui.common.ErrorReporter;
import vn.sochibo.ui.common.UiText;
import vn.sochibo.ui.meetings.Debouncer;

/**
 * The search across everything in the main window (issue 7): the query typed in the navigation pane, the results
 * as one list of rows (a heading per kind with its count, then its hits), the line above them (what was searched,
 * why nothing was, or that nothing was found) and opening a hit. The search runs off the UI thread once typing
 * pauses (or at once on Enter), on the runner's lane for short reads, so not behind a backup on its queue; an answer to
 * an older query than the latest is dropped. Testable without a screen.
 */
public final class SearchViewModel {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SearchViewModel.class);
    /** A search answered later than this is logged (waits behind the store show up in the log). */
    private static final long SLOW_MS = 500;
    /** Hits listed per kind on screen. */
    public static final int LIMIT = 20;

    /**
     * One line of the results: a kind's heading ({@code hit} null) or one hit.
     *
     * @param heading the heading's text ("Ý kiến phát biểu (42, hiện 20)"), null on a hit's row
     */
    public record Row(SearchKind kind, String heading, SearchHit hit) {
        public boolean isHeading() {
            return hit == null;
        }
    }

    private final SearchService search;
    private final TaskRunner tasks;
    private final UiText text;
    private final ErrorReporter errors;
    private final Debouncer debouncer;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active", false);
    private final BooleanProperty searching = new SimpleBooleanProperty(this, "searching", false);
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private Consumer<SearchRef> onOpen = ref -> {
    };
    private long asked;
    private boolean warming;

    public SearchViewModel(SearchService search, TaskRunner tasks, UiText text, ErrorReporter errors,
            Debouncer debouncer) {
        this.search = Objects.requireNonNull(search, "search");
        // Beside the queue: a search answers while the daily backup or a record book holds the queue (ADR 0014).
        this.tasks = tasks.shortReads();
        this.text = text;
        this.errors = errors;
        this.debouncer = debouncer;
        query.addListener((obs, old, now) -> {
            if (Text.isBlank(now)) {
                clear();
            } else {
                debouncer.schedule(this::searchNow);
            }
        });
    }

    /** What to do when a hit is opened (the shell shows its area and record). */
    public void setOnOpen(Consumer<SearchRef> action) {
        this.onOpen = Objects.requireNonNull(action, "action");
    }

    /**
     * Brings the index up to date in the background while the secretary starts typing (each time the field gets the
     * focus): built on first use, built again after the data changed, else one cheap check. Not twice at once.
     */
    public void warmUp() {
        if (warming) {
            return;
        }
        warming = true;
        long started = System.nanoTime();
        tasks.run(search::warmUp, stats -> {
            warming = false;
            LOG.debug("Search index current after {} ms", (System.nanoTime() - started) / 1_000_000);
        }, failure -> warming = false); // a search reports failures
    }

    /** Searches the current query now (Enter), instead of when typing pauses. */
    public void searchNow() {
        debouncer.cancel();
        String q = query.get();
        if (Text.isBlank(q)) {
            clear();
            return;
        }
        long ticket = ++asked;
        active.set(true);
        try {
            SearchService.checkedWords(q);
        } catch (ValidationException refused) {
            rows.clear();
            searching.set(false);
            message.set(text.describe(refused.problems().get(0)));
            return;
        }
        searching.set(true);
        message.set(text.format("searchPane.searching", Text.clean(q)));
        long started = System.nanoTime();
        tasks.run(() -> search.search(q, LIMIT), result -> {
            if (ticket == asked) {
                show(result);
                // Never the query itself: the log is plain text, also in a password-protected folder.
                long ms = (System.nanoTime() - started) / 1_000_000;
                if (ms >= SLOW_MS) {
                    LOG.info("Search answered {} ms after it was asked ({} hits)", ms, result.total());
                } else {
                    LOG.debug("Search answered {} ms after it was asked ({} hits)", ms, result.total());
                }
            }
        }, failure -> {
            if (ticket == asked) {
                searching.set(false);
                rows.clear();
                message.set(failure instanceof ValidationException v ? text.describe(v.problems().get(0))
                        : text.text("searchPane.failed"));
                if (!(failure instanceof ValidationException)) {
                    errors.report(failure);
                }
            }
        });
    }

    private void show(SearchResult result) {
        searching.set(false);
        List<Row> shown = new ArrayList<>();
        for (SearchResult.Group g : result.groups()) {
            String kind = text.searchKind(g.kind());
            shown.add(new Row(g.kind(), g.hits().size() < g.count()
                    ? text.format("searchPane.groupLimited", kind, g.count(), g.hits().size())
                    : text.format("searchPane.group", kind, g.count()), null));
            for (SearchHit hit : g.hits()) {
                shown.add(new Row(g.kind(), null, hit));
            }
        }
        rows.setAll(shown);
        message.set(result.isEmpty() ? text.format("searchPane.none", result.query())
                : text.format("searchPane.found", result.total(), result.query()));
    }

    /** Empties the query and the results; the area shown before comes back. */
    public void clear() {
        debouncer.cancel();
        asked++;
        if (!query.get().isEmpty()) {
            query.set(""); // comes back here through the listener
            return;
        }
        rows.clear();
        message.set("");
        searching.set(false);
        active.set(false);
    }

    /** Hides the results but keeps the query (a hit was opened; Enter in the field shows them again). */
    public void hide() {
        active.set(false);
    }

    /** Opens a hit's record; a heading opens nothing. */
    public void open(Row row) {
        if (row == null || row.isHeading()) {
            return;
        }
        hide();
        onOpen.accept(row.hit().ref());
    }

    public StringProperty queryProperty() {
        return query;
    }

    /** The line above the results. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** True while the results (or the reason there are none) take the place of the area. */
    public ReadOnlyBooleanProperty activeProperty() {
        return active;
    }

    public ReadOnlyBooleanProperty searchingProperty() {
        return searching;
    }

    public ObservableList<Row> rows() {
        return rows;
    }
}
