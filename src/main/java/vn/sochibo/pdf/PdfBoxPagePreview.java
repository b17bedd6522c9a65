package vn.sochibo.pdf;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import vn.sochibo.application.document.PageImage;
import vn.sochibo.application.document.PagePreview;

/**
 * The preview's page images, rasterized by Apache PDFBox from the very PDF that is saved and printed, so the
 * preview shows what the paper will: the "BẢN NHÁP" watermark of a draft, page numbers, the hash footer of a
 * finalized record. Stateless: one instance serves any number of threads.
 */
public final class PdfBoxPagePreview implements PagePreview {
    @Override
    public List<PageImage> render(byte[] pdf, float dotsPerInch) {
        Objects.requireNonNull(pdf, "pdf");
        if (!(dotsPerInch > 0 && dotsPerInch <= 600)) {
            throw new IllegalArgumentException("dots per inch out of range: " + dotsPerInch);
        }
        try (PDDocument document = load(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            List<PageImage> pages = new ArrayList<>(document.getNumberOfPages());
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                pages.add(pixels(renderer.renderImageWithDPI(i, dotsPerInch, ImageType.RGB)));
            }
            return List.copyOf(pages);
        } catch (IOException e) {
            throw new IllegalArgumentException("the page images could not be drawn", e);
        }
    }

    @Override
    public List<PageImage> render(byte[] pdf, float dotsPerInch, int from, int to) {
        Objects.requireNonNull(pdf, "pdf");
        if (!(dotsPerInch > 0 && dotsPerInch <= 600)) {
            throw new IllegalArgumentException("dots per inch out of range: " + dotsPerInch);
        }
        try (PDDocument document = load(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            int end = Math.min(document.getNumberOfPages(), Math.max(0, to));
            List<PageImage> pages = new ArrayList<>();
            for (int i = Math.min(Math.max(0, from), end); i < end; i++) {
                pages.add(pixels(renderer.renderImageWithDPI(i, dotsPerInch, ImageType.RGB)));
            }
            return List.copyOf(pages);
        } catch (IOException e) {
            throw new IllegalArgumentException("the page images could not be drawn", e);
        }
    }

    @Override
    public int pageCount(byte[] pdf) {
        Objects.requireNonNull(pdf, "pdf");
        try (PDDocument document = load(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new IllegalArgumentException("not a readable PDF", e);
        }
    }

    static PDDocument load(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a readable PDF", e);
        }
    }

    /** Opaque ARGB ints of the image, read straight from its buffer when it is the usual int RGB raster. */
    private static PageImage pixels(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb;
        if (image.getType() == BufferedImage.TYPE_INT_RGB
                && image.getRaster().getDataBuffer() instanceof DataBufferInt buffer
                && buffer.getNumBanks() == 1 && buffer.getData().length == w * h) {
            argb = buffer.getData().clone();
            for (int i = 0; i < argb.length; i++) {
                argb[i] |= 0xFF000000;
            }
        } else {
            argb = image.getRGB(0, 0, w, h, null, 0, w);
        }
        return new PageImage(w, h, argb);
    }
}
