package vn.sochibo.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.print.PageFormat;
import java.awt.print.Pageable;
import java.awt.print.PrinterJob;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.sochibo.application.document.DocumentPrinter;
import vn.sochibo.application.document.PageImage;
import vn.sochibo.application.document.PartyDocument;

/** The preview's page images and the print job's pages, drawn by PDFBox from the PDFs iText writes. */
class PdfBoxPreviewAndPrintTest {
    private static final double A4_WIDTH_PT = 595.28;
    private static final double A4_HEIGHT_PT = 841.89;
    private static final float DPI = 72f;

    private static final PartyPdfRenderer RENDERER = new PartyPdfRenderer();
    private static byte[] draft;
    private static byte[] finalized;
    private static int pageCount;

    @BeforeAll
    static void renderAMultiPageDocumentTwice() {
        draft = PdfReading.render(RENDERER, SampleDocuments.longDocument(40, true));
        PartyDocument same = SampleDocuments.longDocument(40, false);
        finalized = PdfReading.render(RENDERER, same);
        try (PDDocument pdf = PdfReading.load(draft)) {
            pageCount = pdf.getNumberOfPages();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(pageCount).as("the sample spans several pages").isGreaterThanOrEqualTo(3);
    }

    @Test
    void everyPageIsDrawnAtTheRequestedResolutionWithTheShapeOfA4() {
        List<PageImage> pages = new PdfBoxPagePreview().render(draft, DPI);

        assertThat(pages).hasSize(pageCount);
        for (PageImage page : pages) {
            // At 72 dpi one pixel is one point.
            assertThat((double) page.width()).isCloseTo(A4_WIDTH_PT, within(1.0));
            assertThat((double) page.height()).isCloseTo(A4_HEIGHT_PT, within(1.0));
            assertThat((double) page.height() / page.width()).isCloseTo(Math.sqrt(2), within(0.005));
            assertThat(page.argb()).hasSize(page.width() * page.height());
        }
        List<PageImage> sharp = new PdfBoxPagePreview().render(draft, 144f);
        assertThat(sharp.get(0).width()).isCloseTo(2 * pages.get(0).width(), within(2));
    }

    @Test
    void thePagesCarryInkAndAreOpaque() {
        for (PageImage page : new PdfBoxPagePreview().render(finalized, DPI)) {
            long dark = countPixels(page, 0, 90);
            long white = countPixels(page, 250, 255);
            assertThat(dark).as("black text on the page").isGreaterThan(2_000);
            assertThat(white).as("mostly white paper").isGreaterThan(page.argb().length / 2);
            assertThat(page.pixel(0, 0) >>> 24).as("opaque").isEqualTo(0xFF);
        }
    }

    @Test
    void theDraftWatermarkIsVisibleOnEveryPageOfTheDraftOnly() {
        List<PageImage> draftPages = new PdfBoxPagePreview().render(draft, DPI);
        List<PageImage> finalPages = new PdfBoxPagePreview().render(finalized, DPI);
        assertThat(draftPages).hasSameSizeAs(finalPages);
        for (int i = 0; i < draftPages.size(); i++) {
            PageImage d = draftPages.get(i);
            PageImage f = finalPages.get(i);
            assertThat(d.argb()).as("page %d of the draft differs from the finalized page", i + 1)
                    .isNotEqualTo(f.argb());
            // The watermark is a large light grey (0.86) diagonal text: thousands of pixels of that grey.
            long watermarkGreyInDraft = countGrey(d, 0.86);
            long watermarkGreyInFinal = countGrey(f, 0.86);
            assertThat(watermarkGreyInDraft).as("watermark grey on draft page %d", i + 1)
                    .isGreaterThan(watermarkGreyInFinal + 3_000);
        }
    }

    @Test
    void bytesThatAreNoPdfAreRefused() {
        byte[] notAPdf = "không phải PDF".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new PdfBoxPagePreview().render(notAPdf, DPI))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thePrintJobHasEveryPageOnA4PortraitAtActualSize() throws Exception {
        try (PDDocument pdf = PdfReading.load(draft)) {
            Pageable pageable = PdfBoxPrinter.pageable(pdf);

            assertThat(pageable.getNumberOfPages()).isEqualTo(pageCount);
            for (int i = 0; i < pageCount; i++) {
                PageFormat format = pageable.getPageFormat(i);
                assertThat(format.getOrientation()).isEqualTo(PageFormat.PORTRAIT);
                assertThat(format.getPaper().getWidth()).isCloseTo(A4_WIDTH_PT, within(0.5));
                assertThat(format.getPaper().getHeight()).isCloseTo(A4_HEIGHT_PT, within(0.5));
                assertThat(format.getWidth()).isCloseTo(A4_WIDTH_PT, within(0.5));
                assertThat(pageable.getPrintable(i)).isNotNull();
            }
        }
    }

    @Test
    void aComputerWithoutPrintersIsToldSoWithoutADialog() {
        assumeTrue(PrinterJob.lookupPrintServices().length == 0, "this machine has a printer");
        assertThat(new PdfBoxPrinter().print(draft, "Biên bản")).isEqualTo(DocumentPrinter.Outcome.NO_PRINTER);
    }

    private static long countPixels(PageImage page, int min, int max) {
        long n = 0;
        for (int argb : page.argb()) {
            int r = (argb >> 16) & 0xFF;
            int g = (argb >> 8) & 0xFF;
            int b = argb & 0xFF;
            if (r >= min && r <= max && g >= min && g <= max && b >= min && b <= max) {
                n++;
            }
        }
        return n;
    }

    private static long countGrey(PageImage page, double grey) {
        int level = (int) Math.round(grey * 255);
        return countPixels(page, level - 4, level + 4);
    }
}
