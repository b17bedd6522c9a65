package vn.sochibo.application.document;

import java.io.OutputStream;
import java.util.List;

/**
 * Port: turns a {@link PartyDocument} into a printable file (the PDF renderer lives in {@code vn.sochibo.pdf}).
 * The renderer normalises all text to NFC itself. It writes the whole document to {@code out} and does not
 * close it; an I/O failure is thrown as {@link java.io.UncheckedIOException}.
 */
public interface DocumentRenderer {
    void render(PartyDocument doc, OutputStream out);

    /**
     * Writes several documents into one file, each from a new page and numbered on its own (page numbers from
     * its own page 2), e.g. minutes followed by their correction addenda.
     */
    void render(List<PartyDocument> docs, OutputStream out);

    /**
     * Writes a record book: the cover (page 1, unnumbered), the table of contents, then every section's documents,
     * each from a new page, with continuous page numbers from page 2 at the top centre and one bookmark per
     * section.
     *
     * @return the page each section starts on and the page count, as printed
     */
    BookDocument.Pages renderBook(BookDocument book, OutputStream out);
}
