package vn.sochibo.pdf;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import vn.sochibo.application.document.PartyDocument;

/** Renders documents and reads them back with PDFBox, for the tests. */
final class PdfReading {
    static final float MM = 72f / 25.4f;

    private PdfReading() {
    }

    static byte[] render(PartyPdfRenderer renderer, PartyDocument doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(doc, out);
        return out.toByteArray();
    }

    static PDDocument load(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of one page (1-based), in content order. */
    static String pageText(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }

    static String allText(PDDocument pdf) throws IOException {
        return new PDFTextStripper().getText(pdf);
    }

    /** Whitespace runs (including line breaks from wrapping) collapsed to one space. */
    static String flat(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** The text in a horizontal strip of a page, measured in millimetres from the page's top edge. */
    static String stripText(PDDocument pdf, int page, float fromTopMm, float toTopMm) throws IOException {
        PDFTextStripperByArea stripper = new PDFTextStripperByArea();
        PDPage p = pdf.getPage(page - 1);
        float width = p.getMediaBox().getWidth();
        stripper.addRegion("strip", new Rectangle2D.Float(0, fromTopMm * MM, width, (toTopMm - fromTopMm) * MM));
        stripper.extractRegions(p);
        return stripper.getTextForRegion("strip").strip();
    }

    /** Every font used on every page, including inside form XObjects. */
    static List<PDFont> fonts(PDDocument pdf) throws IOException {
        List<PDFont> out = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            collectFonts(page.getResources(), out, 0);
        }
        return out;
    }

    private static void collectFonts(PDResources resources, List<PDFont> out, int depth) throws IOException {
        if (resources == null || depth > 8) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            out.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDFormXObject form) {
                collectFonts(form.getResources(), out, depth + 1);
            }
        }
    }
}
