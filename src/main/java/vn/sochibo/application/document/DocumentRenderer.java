package vn.sochibo.application.document;

import java.io.OutputStream;

/**
 * Port: turns a {@link PartyDocument} into a printable file (the PDF renderer lives in {@code vn.sochibo.pdf}).
 * The renderer normalises all text to NFC itself. It writes the whole document to {@code out} and does not
 * close it; an I/O failure is thrown as {@link java.io.UncheckedIOException}.
 */
public interface DocumentRenderer {
    void render(PartyDocument doc, OutputStream out);
}
