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
}
