package vn.sochibo.pdf;

import java.awt.HeadlessException;
import java.awt.print.Pageable;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.Orientation;
import org.apache.pdfbox.printing.PDFPageable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.sochibo.application.document.DocumentPrinter;

/**
 * Prints a PDF through the operating system's print dialog: {@link PrinterJob#printDialog()} without
 * attributes, which is the native dialog on Windows and macOS, then the pages as PDFBox's
 * {@link PDFPageable} lays them out: each page on paper of its own size (A4 for the Party layout) at actual
 * size, so that the margins of the layout stay exact to the millimetre.
 *
 * <p>This and {@link PdfBoxPagePreview} are the only classes of the app that touch AWT (the architecture
 * tests hold that line).
 */
public final class PdfBoxPrinter implements DocumentPrinter {
    private static final Logger LOG = LoggerFactory.getLogger(PdfBoxPrinter.class);

    @Override
    public Outcome print(byte[] pdf, String jobName) {
        Objects.requireNonNull(pdf, "pdf");
        if (PrinterJob.lookupPrintServices().length == 0) {
            LOG.info("No printer is set up on this computer");
            return Outcome.NO_PRINTER;
        }
        try (PDDocument document = PdfBoxPagePreview.load(pdf)) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setJobName(jobName == null || jobName.isBlank() ? "Sổ Chi Bộ" : jobName);
            job.setPageable(pageable(document));
            if (!job.printDialog()) {
                return Outcome.CANCELLED;
            }
            job.print();
            LOG.info("Printed \"{}\" ({} pages) on {}", job.getJobName(), document.getNumberOfPages(),
                    job.getPrintService() == null ? "?" : job.getPrintService().getName());
            return Outcome.PRINTED;
        } catch (PrinterException | HeadlessException | IllegalArgumentException e) {
            throw new PrintFailedException("printing \"" + jobName + "\" failed", e);
        } catch (IOException e) {
            // Closing the in-memory document after printing.
            throw new PrintFailedException("closing \"" + jobName + "\" after printing failed", e);
        }
    }

    /**
     * The pages of the document for a {@link PrinterJob}: one page format per page, from the page's own media
     * box (A4 portrait for the Party layout), printed at actual size, centred, as vectors.
     */
    static Pageable pageable(PDDocument document) {
        return new PDFPageable(document, Orientation.AUTO, false, 0f, true);
    }
}
