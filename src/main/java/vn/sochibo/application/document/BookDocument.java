package vn.sochibo.application.document;

import java.util.List;
import java.util.Objects;

/**
 * A record book (sổ): a cover, a table of contents and many Party documents bound in one file with continuous
 * page numbers, e.g. a year's finalized minutes. The renderer lays each section's documents out from a new page,
 * numbers every page after the cover at the top centre, writes the table of contents with the page each section
 * starts on, and adds one bookmark per section.
 *
 * @param upperOrganisation the parent organisation, printed in capitals on the cover
 * @param cellName          the cell, printed in bold capitals on the cover
 * @param bookTitle         e.g. "Sổ biên bản sinh hoạt chi bộ" (printed in bold capitals)
 * @param periodLine        e.g. "Năm 2026"
 * @param coverNotes        short lines under the period, e.g. "Gồm 14 biên bản đã hoàn tất."
 * @param tocTitle          the heading of the table of contents, e.g. "Mục lục"
 * @param tocHeader         the four column heads: number, document, date, page
 * @param tocNotes          lines printed under the table of contents (e.g. how many drafts were left out)
 * @param sections          the bound documents, in order; at least one
 */
public record BookDocument(String upperOrganisation, String cellName, String bookTitle, String periodLine,
                           List<String> coverNotes, String tocTitle, List<String> tocHeader, List<String> tocNotes,
                           List<Section> sections) {
    public BookDocument {
        Objects.requireNonNull(upperOrganisation, "upperOrganisation");
        Objects.requireNonNull(cellName, "cellName");
        Objects.requireNonNull(bookTitle, "bookTitle");
        Objects.requireNonNull(periodLine, "periodLine");
        Objects.requireNonNull(tocTitle, "tocTitle");
        coverNotes = coverNotes == null ? List.of() : List.copyOf(coverNotes);
        tocNotes = tocNotes == null ? List.of() : List.copyOf(tocNotes);
        tocHeader = List.copyOf(tocHeader);
        if (tocHeader.size() != 4) {
            throw new IllegalArgumentException("the table of contents has four columns");
        }
        sections = List.copyOf(sections);
        if (sections.isEmpty()) {
            throw new IllegalArgumentException("a book needs at least one section");
        }
    }

    /**
     * One entry of the book: its documents (a record followed by its addenda), each from a new page.
     *
     * @param tocTitle the entry in the table of contents and the bookmark, e.g. "Biên bản số 05-BB/CB: sinh hoạt …"
     * @param tocDate  the date column, e.g. "03/11/2026"
     * @param docs     the documents, at least one
     */
    public record Section(String tocTitle, String tocDate, List<PartyDocument> docs) {
        public Section {
            Objects.requireNonNull(tocTitle, "tocTitle");
            Objects.requireNonNull(tocDate, "tocDate");
            docs = List.copyOf(docs);
            if (docs.isEmpty()) {
                throw new IllegalArgumentException("a section needs at least one document");
            }
        }
    }

    /**
     * Where the renderer put each section: the page (1-based, as printed) each section starts on, and the
     * book's page count.
     */
    public record Pages(List<Integer> sectionStarts, int pageCount) {
        public Pages {
            sectionStarts = List.copyOf(sectionStarts);
        }
    }
}
