package vn.sochibo.ui.pledges;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sochibo.application.common.TaskRunner;
import vn.sochibo.application.pledge.PledgeDocuments;
import vn.sochibo.application.pledge.PledgeService;
import vn.sochibo.application.pledge.TrackedItem;
import vn.sochibo.application.pledge.YearOverview;
import vn.sochibo.domain.pledge.ItemState;
import vn.sochibo.domain.pledge.PledgeKind;
import vn.sochibo.domain.pledge.YearFigures;
import vn.sochibo.ui.common.DateText;
import vn.sochibo.ui.common.ErrorReporter;
import vn.sochibo.ui.common.UiText;
import vn.sochibo.ui.document.PrintableDocument;

/**
 * The "Cam kết" area's overview: the year and kind chosen, one line per member expected to register or having a
 * pledge (registered or not, items, completed, overdue, completion rate), the cell's total, who has not registered,
 * and the items due within 30 days and those overdue. Everything is read off the UI thread.
 */
public final class PledgesViewModel {
    /** Days ahead the "Sắp đến hạn" list looks. */
    public static final int DUE_SOON_DAYS = 30;

    /**
     * One member's line.
     *
     * @param missing expected to register and not registered (highlighted)
     */
    public record Row(UUID memberId, String name, String registration, boolean registered, boolean missing,
            int items, int completed, int overdue, String rate, UUID pledgeId) {
    }

    /** One item of the due-soon or overdue list. */
    public record ItemRow(UUID memberId, int year, String member, String content, String deadline, String state,
            boolean overdue) {
    }

    private record Loaded(YearOverview overview, List<TrackedItem> dueSoon, List<TrackedItem> overdue) {
    }

    private final PledgeService pledges;
    private final PledgeDocuments documents;
    private final TaskRunner tasks;
    private final UiText text;
    private final ErrorReporter errors;
    private final IntegerProperty year;
    private final ObjectProperty<PledgeKind> kind = new SimpleObjectProperty<>();
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<ItemRow> dueSoon = FXCollections.observableArrayList();
    private final ObservableList<ItemRow> overdue = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notRegistered = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper asOf = new ReadOnlyStringWrapper("");
    private boolean loading;

    public PledgesViewModel(PledgeService pledges, PledgeDocuments documents, TaskRunner tasks, UiText text,
            ErrorReporter errors) {
        this.pledges = pledges;
        this.documents = documents;
        this.tasks = tasks;
        this.text = text;
        this.errors = errors;
        int thisYear = pledges.today().getYear();
        // Next year (pledges are prepared from October) back to five years ago.
        years.setAll(IntStream.rangeClosed(thisYear - 5, thisYear + 1).map(y -> 2 * thisYear + 1 - 5 - y).boxed()
                .toList());
        year = new SimpleIntegerProperty(thisYear);
        year.addListener((obs, old, now) -> refresh());
        kind.addListener((obs, old, now) -> refresh());
    }

    /** Reads the year's figures and lists again (the selection is kept on the same member). */
    public void refresh() {
        refresh(() -> { });
    }

    public void refresh(Runnable then) {
        int y = year.get();
        PledgeKind k = kind.get();
        UUID keep = selected.get() == null ? null : selected.get().memberId();
        loading = true;
        tasks.run(() -> new Loaded(pledges.overview(y, k), pledges.dueWithin(DUE_SOON_DAYS, k), pledges.overdue(y, k)),
                loaded -> {
                    loading = false;
                    apply(loaded, keep);
                    then.run();
                }, failure -> {
                    loading = false;
                    errors.report(failure);
                });
    }

    private void apply(Loaded loaded, UUID keep) {
        YearOverview o = loaded.overview();
        rows.setAll(o.rows().stream().map(this::row).toList());
        selected.set(rows.stream().filter(r -> r.memberId().equals(keep)).findFirst().orElse(null));
        YearFigures cell = o.cell();
        total.set(text.format("pledges.total", o.registeredExpectedCount(), o.expectedCount(), cell.items(),
                cell.completed(), cell.overdue(), PledgeText.rate(text, cell)));
        List<YearOverview.Row> missing = o.notRegistered();
        notRegistered.set(missing.isEmpty() ? text.text("pledges.notRegistered.none")
                : text.format("pledges.notRegistered", missing.size(),
                        missing.stream().map(YearOverview.Row::fullName).collect(Collectors.joining(", "))));
        asOf.set(text.format("pledges.asOf", DateText.format(o.asOf())));
        dueSoon.setAll(loaded.dueSoon().stream().map(this::itemRow).toList());
        overdue.setAll(loaded.overdue().stream().map(this::itemRow).toList());
    }

    private Row row(YearOverview.Row r) {
        String registration;
        if (r.isRegistered()) {
            registration = text.format("pledges.registeredOn", DateText.format(r.registeredOn()));
        } else if (r.pledgeId() != null) {
            registration = text.text("pledges.draft");
        } else {
            registration = text.text("pledges.none");
        }
        YearFigures f = r.figures();
        return new Row(r.memberId(), r.fullName(), registration, r.isRegistered(), r.expected() && !r.isRegistered(),
                f.items(), f.completed(), f.overdue(), r.isRegistered() ? PledgeText.rate(text, f) : "", r.pledgeId());
    }

    private ItemRow itemRow(TrackedItem t) {
        return new ItemRow(t.memberId(), t.year(), t.memberName(), t.item().content(),
                DateText.format(t.item().deadline()), PledgeText.state(text, t.state()),
                t.state() == ItemState.OVERDUE);
    }

    /** The year's pledge summary for the print preview. */
    public PrintableDocument summaryForPrint() {
        int y = year.get();
        return new PrintableDocument(text.format("pledges.print.summary.title", y),
                "tong-hop-cam-ket-" + y + ".pdf", () -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    documents.writeSummaryPdf(y, out);
                    return out.toByteArray();
                });
    }

    public boolean isLoading() {
        return loading;
    }

    public IntegerProperty yearProperty() {
        return year;
    }

    /** The kind the figures and lists are restricted to; null for all kinds. */
    public ObjectProperty<PledgeKind> kindProperty() {
        return kind;
    }

    public ObservableList<Integer> years() {
        return years;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObservableList<ItemRow> dueSoon() {
        return dueSoon;
    }

    public ObservableList<ItemRow> overdue() {
        return overdue;
    }

    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    /** The cell's total line. */
    public ReadOnlyStringProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** "Chưa đăng ký: N (names)", or that everyone expected has registered. */
    public ReadOnlyStringProperty notRegisteredProperty() {
        return notRegistered.getReadOnlyProperty();
    }

    /** The day the figures are taken on. */
    public ReadOnlyStringProperty asOfProperty() {
        return asOf.getReadOnlyProperty();
    }
}
