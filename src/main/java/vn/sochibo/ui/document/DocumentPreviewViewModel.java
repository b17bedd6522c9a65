package vn.sochibo.ui.document;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sochibo.application.common.TaskRunner;
import vn.sochibo.application.document.DocumentPrinter;
import vn.sochibo.application.document.PageImage;
import vn.sochibo.application.document.PagePreview;
import vn.sochibo.ui.common.UiText;

/**
 * The print preview of one document: renders it once (PDF bytes, then page images, off the FX thread), keeps
 * the current page and the zoom, prints those very bytes through the {@link DocumentPrinter} port and saves
 * them to a file. Failures end up as a Vietnamese status line, never as an exception on the screen.
 *
 * <p>Layout in screen pixels: the pages stand in one column, {@link #GAP} apart and {@link #GAP} from the
 * edges; at 100 % a page has its printed size on a screen of 96 px per inch. "Fit width" makes the widest
 * page fill the viewport's width. The view reports its viewport size and scroll offset; this class says
 * where each page is, so the page arithmetic is tested without a screen.
 */
public final class DocumentPreviewViewModel {
    /** The resolution the pages are drawn at: sharp up to 150 % zoom, or at 100 % on a 150 % screen. */
    public static final float RENDER_DPI = 144f;
    /**
     * Pages drawn at {@link #RENDER_DPI} at most; a longer document (a yearly record book has up to ~80 pages) is
     * drawn at a lower resolution so that all its pages together cost no more pixels than this many: 77 pages at
     * 144 dpi took 24 s and 630 MiB here. Drawing pages lazily as they scroll into sight is the better cure (to do).
     */
    static final int FULL_RESOLUTION_PAGES = 16;
    /** The lowest resolution a long document is drawn at (sharp up to ~65 % zoom). */
    static final float MIN_RENDER_DPI = 60f;
    /** Screen pixels per inch at 100 % zoom. */
    static final double SCREEN_DPI = 96.0;
    /** Space between the pages and around them, in screen pixels. */
    public static final double GAP = 16.0;
    static final int[] ZOOM_STEPS = {25, 33, 50, 67, 75, 90, 100, 110, 125, 150, 175, 200, 250, 300, 400};
    static final double MIN_ZOOM = 0.1;
    static final double MAX_ZOOM = 4.0;

    private final PagePreview preview;
    private final DocumentPrinter printer;
    private final TaskRunner tasks;
    private final UiText text;

    private final ObservableList<PageImage> pages = FXCollections.observableArrayList();
    /** One read-only view, kept: a fresh wrapper per call would drop its listeners when collected. */
    private final ObservableList<PageImage> readOnlyPages = FXCollections.unmodifiableObservableList(pages);
    private final ReadOnlyIntegerWrapper currentPage = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper pageLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper statusIsError = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper fitWidth = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyDoubleWrapper chosenZoom = new ReadOnlyDoubleWrapper(1.0);
    private final DoubleProperty viewportWidth = new SimpleDoubleProperty(0);
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(1.0);
    private final ReadOnlyStringWrapper zoomLabel = new ReadOnlyStringWrapper("");
    private final BooleanBinding canOutput;

    private PrintableDocument document;
    private byte[] pdf;
    private IntConsumer onShowPage = page -> { };

    public DocumentPreviewViewModel(PagePreview preview, DocumentPrinter printer, TaskRunner tasks, UiText text) {
        this.preview = preview;
        this.printer = printer;
        this.tasks = tasks;
        this.text = text;
        canOutput = loaded.and(working.not());
        zoom.bind(Bindings.createDoubleBinding(this::effectiveZoom, fitWidth, chosenZoom, viewportWidth, pages));
        zoomLabel.bind(Bindings.createStringBinding(() -> fitWidth.get()
                ? text.format("preview.zoom.fit", percent(zoom.get()))
                : text.format("preview.zoom.percent", percent(zoom.get())), zoom, fitWidth));
        pageLabel.bind(Bindings.createStringBinding(() -> pages.isEmpty() ? ""
                : text.format("preview.page", currentPage.get() + 1, Math.max(pageCount, pages.size())),
                currentPage, pages));
    }

    private record Rendered(byte[] pdf, List<PageImage> pages, float dpi, int count) {
    }

    /** Pages drawn before a long document is first shown, and in each batch after that. */
    static final int FIRST_BATCH = 4;
    static final int NEXT_BATCH = 8;

    /** Draws the pages after those shown, a batch at a time, while the same document is still the one shown. */
    private void drawRest(PrintableDocument doc, byte[] bytes, float dpi, int count) {
        int from = pages.size();
        setStatus(text.format("preview.loadingPages", from, count), false);
        tasks.run(() -> preview.render(bytes, dpi, from, Math.min(count, from + NEXT_BATCH)), batch -> {
            if (document != doc) {
                return;
            }
            pages.addAll(batch);
            if (pages.size() < count && !batch.isEmpty()) {
                drawRest(doc, bytes, dpi, count);
            } else {
                loading.set(false);
                setStatus("", false);
            }
        }, failure -> {
            if (document == doc) {
                loading.set(false);
                setStatus(text.format("preview.error.load", text.describe(failure)), true);
            }
        });
    }

    /** The current document's page count once known, even while its last pages are still being drawn. */
    private int pageCount;

    /** The resolution the current document's pages were drawn at. */
    private float renderDpi = RENDER_DPI;

    /** The resolution to draw a document of this many pages at (-1: unknown, taken as short). */
    static float dpiFor(int pageCount) {
        if (pageCount <= FULL_RESOLUTION_PAGES) {
            return RENDER_DPI;
        }
        double dpi = RENDER_DPI * Math.sqrt((double) FULL_RESOLUTION_PAGES / pageCount);
        return (float) Math.max(MIN_RENDER_DPI, Math.floor(dpi));
    }

    /** Renders the document and shows its first page; what was shown before is forgotten. */
    public void load(PrintableDocument doc) {
        document = doc;
        pdf = null;
        pageCount = 0;
        loaded.set(false);
        pages.clear();
        currentPage.set(0);
        title.set(doc.title());
        loading.set(true);
        setStatus(text.text("preview.loading"), false);
        tasks.run(() -> {
            byte[] bytes = doc.pdf().call();
            int count = preview.pageCount(bytes);
            float dpi = dpiFor(count);
            // A long document shows its first pages at once; the others follow in batches (see drawRest).
            List<PageImage> first = count > FIRST_BATCH ? preview.render(bytes, dpi, 0, FIRST_BATCH)
                    : preview.render(bytes, dpi);
            return new Rendered(bytes, first, dpi, count);
        }, rendered -> {
            if (document != doc) {
                loading.set(false);
                return;
            }
            pdf = rendered.pdf();
            renderDpi = rendered.dpi();
            pageCount = rendered.count();
            pages.setAll(rendered.pages());
            loaded.set(!pages.isEmpty());
            onShowPage.accept(0);
            if (rendered.count() > pages.size()) {
                drawRest(doc, rendered.pdf(), rendered.dpi(), rendered.count());
            } else {
                loading.set(false);
                setStatus("", false);
            }
        }, failure -> {
            loading.set(false);
            if (document == doc) {
                setStatus(text.format("preview.error.load", text.describe(failure)), true);
            }
        });
    }

    // ---- pages ----

    public void nextPage() {
        goTo(currentPage.get() + 1);
    }

    public void previousPage() {
        goTo(currentPage.get() - 1);
    }

    public void firstPage() {
        goTo(0);
    }

    public void lastPage() {
        goTo(pages.size() - 1);
    }

    /** Makes a page (0-based, clamped) the current one and asks the view to bring it into sight. */
    public void goTo(int page) {
        if (pages.isEmpty()) {
            return;
        }
        currentPage.set(Math.max(0, Math.min(pages.size() - 1, page)));
        onShowPage.accept(currentPage.get());
    }

    /** The user scrolled: the page at the top of the viewport becomes the current one (the view does not move). */
    public void scrolled(double offset, double viewportHeight) {
        if (!pages.isEmpty()) {
            currentPage.set(pageAt(offset, viewportHeight));
        }
    }

    /**
     * The page the user is reading at this scroll offset: the first one when scrolled to the top, the last one
     * when scrolled to the bottom, otherwise the page that reaches furthest into the top third of the viewport.
     */
    int pageAt(double offset, double viewportHeight) {
        double maxOffset = Math.max(0, contentHeight() - viewportHeight);
        if (offset <= 0.5) {
            return 0;
        }
        if (offset >= maxOffset - 0.5) {
            return pages.size() - 1;
        }
        double line = offset + viewportHeight / 3;
        for (int i = 0; i < pages.size(); i++) {
            if (pageTop(i) + pageHeight(i) + GAP / 2 > line) {
                return i;
            }
        }
        return pages.size() - 1;
    }

    /** The y of a page's top edge in the column of pages, in screen pixels at the current zoom. */
    public double pageTop(int page) {
        double y = GAP;
        for (int i = 0; i < page; i++) {
            y += pageHeight(i) + GAP;
        }
        return y;
    }

    /** The scroll offset that shows a page from its top, a half gap above it. */
    public double scrollOffsetOf(int page) {
        return Math.max(0, pageTop(page) - GAP / 2);
    }

    public double pageWidth(int page) {
        return pages.get(page).width() * SCREEN_DPI / renderDpi * zoom.get();
    }

    public double pageHeight(int page) {
        return pages.get(page).height() * SCREEN_DPI / renderDpi * zoom.get();
    }

    /** The height of the whole column of pages with its gaps. */
    public double contentHeight() {
        return pages.isEmpty() ? 0 : pageTop(pages.size());
    }

    // ---- zoom ----

    public void zoomIn() {
        double now = Math.round(zoom.get() * 100);
        for (int step : ZOOM_STEPS) {
            if (step > now) {
                setZoom(step / 100.0);
                return;
            }
        }
        setZoom(MAX_ZOOM);
    }

    public void zoomOut() {
        double now = Math.round(zoom.get() * 100);
        for (int i = ZOOM_STEPS.length - 1; i >= 0; i--) {
            if (ZOOM_STEPS[i] < now) {
                setZoom(ZOOM_STEPS[i] / 100.0);
                return;
            }
        }
        setZoom(ZOOM_STEPS[0] / 100.0);
    }

    /** 100 %: the printed size. */
    public void actualSize() {
        setZoom(1.0);
    }

    /** The widest page fills the viewport's width, also when the window is resized. */
    public void fitToWidth() {
        fitWidth.set(true);
        onShowPage.accept(currentPage.get());
    }

    private void setZoom(double value) {
        chosenZoom.set(Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, value)));
        fitWidth.set(false);
        onShowPage.accept(currentPage.get());
    }

    private double effectiveZoom() {
        if (!fitWidth.get()) {
            return chosenZoom.get();
        }
        double widest = pages.stream().mapToDouble(p -> p.width() * SCREEN_DPI / renderDpi).max().orElse(0);
        double room = viewportWidth.get() - 2 * GAP;
        if (widest <= 0 || room <= 0) {
            return 1.0;
        }
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, room / widest));
    }

    private static long percent(double zoom) {
        return Math.round(zoom * 100);
    }

    // ---- print and save ----

    /**
     * Prints the bytes shown through the operating system's print dialog, off the FX thread. The dialog holds
     * the background worker until it is closed; the preview is modal, so no other work of the window waits
     * behind it (the editor saved what was pending before the preview opened).
     */
    public void print() {
        if (!canOutput.get()) {
            return;
        }
        byte[] bytes = pdf;
        String jobName = document.title();
        working.set(true);
        setStatus(text.text("preview.printing"), false);
        tasks.run(() -> printer.print(bytes, jobName), outcome -> {
            working.set(false);
            switch (outcome) {
                case PRINTED -> setStatus(text.text("preview.printed"), false);
                case CANCELLED -> setStatus("", false);
                case NO_PRINTER -> setStatus(text.text("preview.error.noPrinter"), true);
            }
        }, failure -> {
            working.set(false);
            setStatus(text.text("preview.error.print"), true);
        });
    }

    /** Writes the bytes shown to a file: beside it first, then moved in place, so a failure leaves no half file. */
    public void save(Path target) {
        if (!canOutput.get()) {
            return;
        }
        byte[] bytes = pdf;
        working.set(true);
        tasks.run(() -> {
            Path dir = target.toAbsolutePath().getParent();
            Path temp = Files.createTempFile(dir, ".sochibo-", ".pdf");
            try {
                try (OutputStream out = Files.newOutputStream(temp)) {
                    out.write(bytes);
                }
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temp);
            }
            return target;
        }, saved -> {
            working.set(false);
            setStatus(text.format("preview.saved", saved), false);
        }, failure -> {
            working.set(false);
            setStatus(text.format("preview.error.save", target, text.describe(failure)), true);
        });
    }

    /** The file name offered when saving. */
    public String fileName() {
        return document == null ? "" : document.fileName();
    }

    private void setStatus(String message, boolean error) {
        status.set(message);
        statusIsError.set(error);
    }

    /** The view scrolls to the page given (0-based) when a command changes the page or the zoom. */
    public void setOnShowPage(IntConsumer action) {
        onShowPage = action == null ? page -> { } : action;
    }

    // ---- what the view binds to ----

    public ObservableList<PageImage> pages() {
        return readOnlyPages;
    }

    public ReadOnlyIntegerProperty currentPageProperty() {
        return currentPage.getReadOnlyProperty();
    }

    /** "Trang 2/5". */
    public ReadOnlyStringProperty pageLabelProperty() {
        return pageLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True while printing or saving. */
    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    /** True when printing and saving are possible: the document is shown and nothing else is under way. */
    public BooleanBinding canOutputBinding() {
        return canOutput;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty statusIsErrorProperty() {
        return statusIsError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty fitWidthProperty() {
        return fitWidth.getReadOnlyProperty();
    }

    /** The zoom in effect (1.0 = printed size), following the viewport when fitting the width. */
    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    /** "Vừa khung (87%)" or "125%". */
    public ReadOnlyStringProperty zoomLabelProperty() {
        return zoomLabel.getReadOnlyProperty();
    }

    /** Set by the view: the width of the visible area the pages scroll in. */
    public DoubleProperty viewportWidthProperty() {
        return viewportWidth;
    }
}
