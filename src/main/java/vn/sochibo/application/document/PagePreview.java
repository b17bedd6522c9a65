package vn.sochibo.application.document;

import java.util.List;

/**
 * Port: turns a rendered document (the PDF bytes a {@link DocumentRenderer} wrote) into page images for an
 * on-screen preview, exactly as the pages will print: watermark, page numbers and footer included. The
 * adapter lives in {@code vn.sochibo.pdf}. Rendering takes a fraction of a second per page: call it off the
 * UI thread.
 */
public interface PagePreview {
    /**
     * Every page of the PDF, in order, at {@code dotsPerInch} (96 shows a page at its printed size on a
     * screen at 100 % scaling). Unreadable bytes are refused with an {@link IllegalArgumentException}.
     */
    List<PageImage> render(byte[] pdf, float dotsPerInch);

    /**
     * The number of pages of the PDF without drawing them, or -1 when this preview cannot tell cheaply (the
     * caller then assumes a short document). Unreadable bytes are refused with an {@link IllegalArgumentException}.
     */
    default int pageCount(byte[] pdf) {
        return -1;
    }

    /**
     * Pages {@code from} (included) to {@code to} (excluded), 0-based, clamped to the document, drawn as by
     * {@link #render(byte[], float)}: lets a long document be shown while the rest is still being drawn.
     */
    default List<PageImage> render(byte[] pdf, float dotsPerInch, int from, int to) {
        List<PageImage> all = render(pdf, dotsPerInch);
        int end = Math.min(all.size(), Math.max(0, to));
        return all.subList(Math.min(Math.max(0, from), end), end);
    }
}
