package vn.sochibo.ui.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.sochibo.application.document.PageImage;
import vn.sochibo.application.document.PagePreview;
import vn.sochibo.ui.SameThreadTaskRunner;
import vn.sochibo.ui.common.UiText;

/** A long document (a yearly record book): first pages at once, the rest in batches, at a bounded resolution. */
class LongDocumentPreviewTest {
    private static final byte[] PDF = "%PDF-1.7 a book".getBytes(StandardCharsets.US_ASCII);

    /** A fake preview of {@code count} pages, recording each range drawn and its resolution. */
    private static final class Pages implements PagePreview {
        final int count;
        final List<int[]> ranges = new ArrayList<>();
        final List<Float> dpis = new ArrayList<>();

        Pages(int count) {
            this.count = count;
        }

        @Override
        public List<PageImage> render(byte[] pdf, float dpi) {
            return render(pdf, dpi, 0, count);
        }

        @Override
        public List<PageImage> render(byte[] pdf, float dpi, int from, int to) {
            ranges.add(new int[] {from, Math.min(to, count)});
            dpis.add(dpi);
            int w = Math.round(8.27f * dpi);
            int h = Math.round(11.69f * dpi);
            List<PageImage> out = new ArrayList<>();
            for (int i = from; i < Math.min(to, count); i++) {
                out.add(new PageImage(w, h, new int[w * h]));
            }
            return out;
        }

        @Override
        public int pageCount(byte[] pdf) {
            return count;
        }
    }

    private static DocumentPreviewViewModel model(PagePreview pages) {
        return new DocumentPreviewViewModel(pages, (pdf, job) -> null, new SameThreadTaskRunner(),
                UiText.vietnamese());
    }

    @Test
    void aLongDocumentIsDrawnInBatchesAtALowerResolutionAndLaysOutAtItsPrintedSize() {
        Pages pages = new Pages(30);
        DocumentPreviewViewModel vm = model(pages);
        vm.load(new PrintableDocument("Sổ biên bản sinh hoạt chi bộ – Năm 2025", "so.pdf", PDF::clone));

        assertThat(vm.pages()).hasSize(30);
        assertThat(pages.ranges).extracting(r -> r[0] + "-" + r[1])
                .containsExactly("0-4", "4-12", "12-20", "20-28", "28-30");
        float dpi = DocumentPreviewViewModel.dpiFor(30);
        assertThat(dpi).isLessThan(DocumentPreviewViewModel.RENDER_DPI).isGreaterThanOrEqualTo(60f);
        assertThat(pages.dpis).containsOnly(dpi);
        assertThat(vm.pageLabelProperty().get()).isEqualTo("Trang 1/30");
        // Whatever the resolution, a page lays out at its printed size: as wide as a short document's A4 page.
        DocumentPreviewViewModel shortOne = model(new Pages(2));
        shortOne.load(new PrintableDocument("Biên bản", "bb.pdf", PDF::clone));
        vm.viewportWidthProperty().set(900);
        shortOne.viewportWidthProperty().set(900);
        assertThat(vm.zoomProperty().get()).isCloseTo(shortOne.zoomProperty().get(),
                org.assertj.core.data.Offset.offset(0.01));
        assertThat(vm.pageWidth(0)).isCloseTo(shortOne.pageWidth(0), org.assertj.core.data.Offset.offset(3.0));
    }

    @Test
    void aShortDocumentIsDrawnAtOnceAtFullResolution() {
        Pages pages = new Pages(3);
        DocumentPreviewViewModel vm = model(pages);
        vm.load(new PrintableDocument("Biên bản", "bb.pdf", PDF::clone));
        assertThat(vm.pages()).hasSize(3);
        assertThat(pages.dpis).containsOnly(DocumentPreviewViewModel.RENDER_DPI);
        assertThat(DocumentPreviewViewModel.dpiFor(-1)).isEqualTo(DocumentPreviewViewModel.RENDER_DPI);
        assertThat(DocumentPreviewViewModel.dpiFor(500)).isEqualTo(DocumentPreviewViewModel.MIN_RENDER_DPI);
    }
}
