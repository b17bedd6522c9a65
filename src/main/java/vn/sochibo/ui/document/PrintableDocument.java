package vn.sochibo.ui.document;

import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * A document the preview can show, print and save: its title (window title and print job name), the file name
 * offered when saving, and the work that renders it as PDF bytes (run off the FX thread, once per preview).
 *
 * @param title    e.g. "Biên bản sinh hoạt thường kỳ – ngày 03/11/2026"
 * @param fileName e.g. "bien-ban-2026-11-03.pdf"
 * @param pdf      renders the document; its failure is shown in the preview in words
 */
public record PrintableDocument(String title, String fileName, Callable<byte[]> pdf) {
    public PrintableDocument {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(pdf, "pdf");
    }
}
