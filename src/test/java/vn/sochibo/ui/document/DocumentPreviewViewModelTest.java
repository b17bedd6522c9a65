package vn.sochibo.ui.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.application.document.DocumentPrinter;
import vn.sochibo.application.document.PageImage;
import vn.sochibo.domain.common.Problem;
import vn.sochibo.domain.common.ValidationException;
import vn.sochibo.ui.SameThreadTaskRunner;
import vn.sochibo.ui.common.UiText;

/** The preview's page navigation, zoom, printing and saving, without a screen. */
class DocumentPreviewViewModelTest {
    /** 2 × 2.83 inches at the render resolution: 192 × 272 screen pixels at 100 %. */
    private static final int W = 288;
    private static final int H = 408;
    private static final double SCREEN_W = 192;
    private static final double SCREEN_H = 272;
    private static final byte[] PDF = "%PDF-1.7 the document".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path folder;

    private final UiText text = UiText.vietnamese();
    private final List<byte[]> rendered = new ArrayList<>();
    private final List<String> printedJobs = new ArrayList<>();
    private final List<byte[]> printedBytes = new ArrayList<>();
    private final List<Integer> shown = new ArrayList<>();
    private DocumentPrinter printer;
    private DocumentPreviewViewModel vm;

    @BeforeEach
    void setUp() {
        printer = (pdf, jobName) -> {
            printedBytes.add(pdf);
            printedJobs.add(jobName);
            return DocumentPrinter.Outcome.PRINTED;
        };
        vm = newViewModel(3);
    }

    private DocumentPreviewViewModel newViewModel(int pages) {
        DocumentPreviewViewModel model = new DocumentPreviewViewModel((pdf, dpi) -> {
            assertThat(dpi).isEqualTo(DocumentPreviewViewModel.RENDER_DPI);
            rendered.add(pdf);
            List<PageImage> out = new ArrayList<>();
            for (int i = 0; i < pages; i++) {
                out.add(new PageImage(W, H, new int[W * H]));
            }
            return out;
        }, (pdf, jobName) -> printer.print(pdf, jobName), new SameThreadTaskRunner(), text);
        model.setOnShowPage(shown::add);
        return model;
    }

    private static PrintableDocument minutes() {
        return new PrintableDocument("Biên bản sinh hoạt thường kỳ – ngày 03/11/2026", "bien-ban-2026-11-03.pdf",
                () -> PDF.clone());
    }

    @Test
    void aLoadedDocumentShowsItsFirstPageAndCanBePrinted() {
        assertThat(vm.canOutputBinding().get()).isFalse();
        vm.load(minutes());

        assertThat(rendered).singleElement().isEqualTo(PDF);
        assertThat(vm.pages()).hasSize(3);
        assertThat(vm.pageLabelProperty().get()).isEqualTo("Trang 1/3");
        assertThat(vm.titleProperty().get()).isEqualTo("Biên bản sinh hoạt thường kỳ – ngày 03/11/2026");
        assertThat(vm.fileName()).isEqualTo("bien-ban-2026-11-03.pdf");
        assertThat(vm.loadingProperty().get()).isFalse();
        assertThat(vm.statusProperty().get()).isEmpty();
        assertThat(vm.canOutputBinding().get()).isTrue();
        assertThat(shown).containsExactly(0);
    }

    @Test
    void pagesAreTurnedWithinTheDocument() {
        vm.load(minutes());
        vm.previousPage();
        assertThat(vm.pageLabelProperty().get()).isEqualTo("Trang 1/3");
        vm.nextPage();
        vm.nextPage();
        assertThat(vm.pageLabelProperty().get()).isEqualTo("Trang 3/3");
        vm.nextPage();
        assertThat(vm.currentPageProperty().get()).isEqualTo(2);
        vm.firstPage();
        assertThat(vm.pageLabelProperty().get()).isEqualTo("Trang 1/3");
        vm.lastPage();
        assertThat(vm.pageLabelProperty().get()).isEqualTo("Trang 3/3");
        vm.goTo(1);
        assertThat(vm.pageLabelProperty().get()).isEqualTo("Trang 2/3");
        assertThat(shown).containsExactly(0, 0, 1, 2, 2, 0, 2, 1);
    }

    @Test
    void thePageLayoutFollowsTheZoomAndScrollingSetsTheCurrentPage() {
        vm.load(minutes());
        vm.actualSize();
        assertThat(vm.pageWidth(0)).isCloseTo(SCREEN_W, within(0.01));
        assertThat(vm.pageHeight(0)).isCloseTo(SCREEN_H, within(0.01));
        double gap = DocumentPreviewViewModel.GAP;
        assertThat(vm.pageTop(0)).isEqualTo(gap);
        assertThat(vm.pageTop(2)).isCloseTo(gap + 2 * (SCREEN_H + gap), within(0.01));
        assertThat(vm.contentHeight()).isCloseTo(gap + 3 * (SCREEN_H + gap), within(0.01));

        double viewport = 300;
        vm.scrolled(vm.scrollOffsetOf(1), viewport);
        assertThat(vm.pageLabelProperty().get()).isEqualTo("Trang 2/3");
        vm.scrolled(0, viewport);
        assertThat(vm.pageLabelProperty().get()).isEqualTo("Trang 1/3");
        vm.scrolled(vm.contentHeight() - viewport, viewport);
        assertThat(vm.pageLabelProperty().get()).as("scrolled to the bottom").isEqualTo("Trang 3/3");
        vm.scrolled(vm.pageTop(1) - viewport / 3 + 1, viewport);
        assertThat(vm.pageLabelProperty().get()).as("the second page reaches into the top third").isEqualTo("Trang 2/3");

        vm.zoomIn();
        assertThat(vm.pageWidth(0)).isCloseTo(SCREEN_W * 1.1, within(0.01));
        assertThat(vm.pageTop(1)).isCloseTo(gap + SCREEN_H * 1.1 + gap, within(0.01));
    }

    @Test
    void fitWidthFollowsTheViewportAndTheZoomStepsFromThere() {
        vm.load(minutes());
        assertThat(vm.fitWidthProperty().get()).as("the preview opens fitting the width").isTrue();
        vm.viewportWidthProperty().set(SCREEN_W * 2 + 2 * DocumentPreviewViewModel.GAP);
        assertThat(vm.zoomProperty().get()).isCloseTo(2.0, within(1e-9));
        assertThat(vm.zoomLabelProperty().get()).isEqualTo("Vừa khung (200%)");
        vm.viewportWidthProperty().set(SCREEN_W * 0.97 + 2 * DocumentPreviewViewModel.GAP);
        assertThat(vm.zoomLabelProperty().get()).isEqualTo("Vừa khung (97%)");

        vm.zoomIn();
        assertThat(vm.fitWidthProperty().get()).isFalse();
        assertThat(vm.zoomLabelProperty().get()).isEqualTo("100%");
        vm.zoomIn();
        assertThat(vm.zoomLabelProperty().get()).isEqualTo("110%");
        vm.zoomOut();
        vm.zoomOut();
        assertThat(vm.zoomLabelProperty().get()).isEqualTo("90%");
        vm.viewportWidthProperty().set(600);
        assertThat(vm.zoomLabelProperty().get()).as("a chosen zoom ignores the window size").isEqualTo("90%");
        for (int i = 0; i < 30; i++) {
            vm.zoomOut();
        }
        assertThat(vm.zoomLabelProperty().get()).isEqualTo("25%");
        for (int i = 0; i < 30; i++) {
            vm.zoomIn();
        }
        assertThat(vm.zoomLabelProperty().get()).isEqualTo("400%");
        vm.actualSize();
        assertThat(vm.zoomLabelProperty().get()).isEqualTo("100%");
        vm.fitToWidth();
        assertThat(vm.zoomProperty().get()).isCloseTo((600 - 2 * DocumentPreviewViewModel.GAP) / SCREEN_W,
                within(1e-9));
        assertThat(vm.currentPageProperty().get()).isZero();
    }

    @Test
    void printingSendsTheRenderedBytesUnderTheDocumentsTitle() {
        vm.load(minutes());
        vm.print();

        assertThat(printedBytes).singleElement().isEqualTo(PDF);
        assertThat(printedJobs).containsExactly("Biên bản sinh hoạt thường kỳ – ngày 03/11/2026");
        assertThat(vm.statusProperty().get()).isEqualTo("Đã gửi tài liệu tới máy in.");
        assertThat(vm.statusIsErrorProperty().get()).isFalse();
        assertThat(rendered).as("printing does not render the document again").hasSize(1);
    }

    @Test
    void aCancelledDialogLeavesNoMessage() {
        printer = (pdf, jobName) -> DocumentPrinter.Outcome.CANCELLED;
        vm.load(minutes());
        vm.print();
        assertThat(vm.statusProperty().get()).isEmpty();
        assertThat(vm.canOutputBinding().get()).isTrue();
    }

    @Test
    void noPrinterAndAFailingPrinterAreExplainedInWords() {
        printer = (pdf, jobName) -> DocumentPrinter.Outcome.NO_PRINTER;
        vm.load(minutes());
        vm.print();
        assertThat(vm.statusProperty().get()).startsWith("Máy tính này chưa cài máy in nào.");
        assertThat(vm.statusIsErrorProperty().get()).isTrue();

        printer = (pdf, jobName) -> {
            throw new DocumentPrinter.PrintFailedException("printer offline", new java.awt.print.PrinterException());
        };
        vm.print();
        assertThat(vm.statusProperty().get()).startsWith("Không in được. Hãy kiểm tra máy in");
        assertThat(vm.statusIsErrorProperty().get()).isTrue();
        assertThat(vm.canOutputBinding().get()).as("one can try again").isTrue();
        assertThat(vm.workingProperty().get()).isFalse();
    }

    @Test
    void aDocumentThatCannotBeRenderedSaysWhyAndOffersNothingToPrint() {
        vm.load(new PrintableDocument("Biên bản", "bien-ban.pdf", () -> {
            throw new ValidationException(Problem.of("cell", "meeting.error.noCellForDocument"));
        }));

        assertThat(vm.statusProperty().get()).startsWith("Không tạo được bản xem trước: ");
        assertThat(vm.statusProperty().get()).doesNotContain("meeting.error");
        assertThat(vm.statusIsErrorProperty().get()).isTrue();
        assertThat(vm.pages()).isEmpty();
        assertThat(vm.pageLabelProperty().get()).isEmpty();
        assertThat(vm.canOutputBinding().get()).isFalse();
        vm.print();
        assertThat(printedBytes).isEmpty();
    }

    @Test
    void savingWritesTheBytesShownAndReportsTheFile() throws Exception {
        vm.load(minutes());
        Path target = folder.resolve(vm.fileName());
        vm.save(target);

        assertThat(Files.readAllBytes(target)).isEqualTo(PDF);
        assertThat(vm.statusProperty().get()).isEqualTo("Đã lưu tệp: " + target);
        try (var files = Files.list(folder)) {
            assertThat(files).as("no temporary file left").containsExactly(target);
        }

        Path nowhere = folder.resolve("no-such-folder").resolve("x.pdf");
        vm.save(nowhere);
        assertThat(vm.statusProperty().get()).startsWith("Không lưu được tệp " + nowhere);
        assertThat(vm.statusIsErrorProperty().get()).isTrue();
    }
}
