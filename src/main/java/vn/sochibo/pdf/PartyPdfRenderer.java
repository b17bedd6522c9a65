package vn.sochibo.pdf;

import static vn.sochibo.pdf.PartyLayout.*;

import com.itextpdf.kernel.colors.DeviceGray;
import com.itextpdf.kernel.exceptions.PdfException;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.kernel.pdf.action.PdfAction;
import com.itextpdf.kernel.pdf.navigation.PdfExplicitDestination;
import com.itextpdf.kernel.pdf.PdfOutline;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.canvas.draw.SolidLine;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.IBlockElement;
import com.itextpdf.layout.element.LineSeparator;
import com.itextpdf.layout.element.Link;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.AreaBreakType;
import com.itextpdf.layout.properties.HorizontalAlignment;
import com.itextpdf.layout.properties.ParagraphOrphansControl;
import com.itextpdf.layout.properties.ParagraphWidowsControl;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import vn.sochibo.application.document.Block;
import vn.sochibo.application.document.BookDocument;
import vn.sochibo.application.document.DocumentRenderer;
import vn.sochibo.application.document.Header;
import vn.sochibo.application.document.PartyDocument;
import vn.sochibo.application.document.Run;
import vn.sochibo.application.document.Signature;
import vn.sochibo.application.document.SignatureBlocks;

/**
 * Renders a {@link PartyDocument} as a PDF in the Party layout (domain handbook §4): A4 portrait, margins
 * 20/20/30/15 mm, Liberation Serif embedded, the two-column header, the title, the body, the signatures side by
 * side, "Nơi nhận", page numbers from page 2 at the top centre, an optional draft watermark and footer note.
 *
 * <p>All text is NFC-normalised here, whatever the caller passed. The font programs are read once per renderer
 * instance; one instance can be reused for any number of documents. It is safe to share between threads:
 * renders run one at a time (a few tens of milliseconds each), because the parsed font programs are shared and
 * iText does not promise that subsetting one program from two threads is safe.
 */
public final class PartyPdfRenderer implements DocumentRenderer {
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final PartyFonts fonts;

    public PartyPdfRenderer() {
        this.fonts = new PartyFonts();
    }

    @Override
    public void render(PartyDocument doc, OutputStream out) {
        render(List.of(Objects.requireNonNull(doc, "doc")), out);
    }

    @Override
    public synchronized void render(List<PartyDocument> docs, OutputStream out) {
        Objects.requireNonNull(docs, "docs");
        Objects.requireNonNull(out, "out");
        if (docs.isEmpty()) {
            throw new IllegalArgumentException("nothing to render");
        }
        try {
            PdfWriter writer = new PdfWriter(out, new WriterProperties().setFullCompressionMode(true));
            writer.setCloseStream(false);
            try (PdfDocument pdf = new PdfDocument(writer)) {
                new Job(docs, pdf, fonts.forDocument()).run();
            }
        } catch (PdfException e) {
            if (e.getCause() instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw e;
        }
    }

    @Override
    public synchronized BookDocument.Pages renderBook(BookDocument book, OutputStream out) {
        Objects.requireNonNull(book, "book");
        Objects.requireNonNull(out, "out");
        try {
            int tocPages = tocPageCount(book);
            PdfWriter writer = new PdfWriter(out, new WriterProperties().setFullCompressionMode(true));
            writer.setCloseStream(false);
            try (PdfDocument pdf = new PdfDocument(writer)) {
                List<PartyDocument> all = book.sections().stream().flatMap(s -> s.docs().stream()).toList();
                return new Job(all, pdf, fonts.forDocument()).runBook(book, tocPages);
            }
        } catch (PdfException e) {
            if (e.getCause() instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw e;
        }
    }

    /**
     * How many pages the table of contents takes: laid out once into a scratch document. The page column has a
     * fixed width, so the numbers themselves never change the count.
     */
    private int tocPageCount(BookDocument book) {
        try (PdfDocument scratch = new PdfDocument(new PdfWriter(OutputStream.nullOutputStream()))) {
            Job job = new Job(book.sections().get(0).docs(), scratch, fonts.forDocument());
            Document document = job.newDocument();
            document.add(new Paragraph(" "));
            int before = scratch.getNumberOfPages();
            document.add(new AreaBreak(AreaBreakType.NEXT_PAGE));
            job.toc(document, book, i -> "000", i -> null);
            document.flush();
            int pages = scratch.getNumberOfPages() - before;
            document.close();
            return pages;
        }
    }

    /**
     * Column widths as percentages of the text width. Their sum stays a hair under 100 % so that float rounding
     * never makes iText think the columns overflow the page.
     */
    static UnitValue[] percentColumns(float[] weights) {
        double sum = 0;
        for (float w : weights) {
            sum += w;
        }
        UnitValue[] out = new UnitValue[weights.length];
        for (int i = 0; i < weights.length; i++) {
            out[i] = UnitValue.createPercentValue((float) (weights[i] * 99.99 / sum));
        }
        return out;
    }

    /** NFC, so that combining marks typed separately land on their letters. Null stays null. */
    static String nfc(String s) {
        return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** Vietnamese capitals of the NFC text: "Đảng bộ xã Hải Phong" → "ĐẢNG BỘ XÃ HẢI PHONG". */
    static String upper(String s) {
        return nfc(s).toUpperCase(VIETNAMESE);
    }

    /** One rendering: the state that lives as long as one PDF. */
    private static final class Job {
        private final List<PartyDocument> docs;
        private final PdfDocument pdf;
        private final PartyFonts.DocumentFonts f;
        /** The document being laid out or decorated. */
        private PartyDocument doc;

        Job(List<PartyDocument> docs, PdfDocument pdf, PartyFonts.DocumentFonts fonts) {
            this.docs = List.copyOf(docs);
            this.pdf = pdf;
            this.f = fonts;
        }

        /**
         * Lays the documents out one after another, each from a new page, then numbers each one's pages on its
         * own (from its page 2) with its own watermark and footer.
         */
        void run() {
            doc = docs.get(0);
            describe();
            Document document = newDocument();
            int[] lastPages = new int[docs.size()];
            for (int i = 0; i < docs.size(); i++) {
                doc = docs.get(i);
                if (i > 0) {
                    document.add(new AreaBreak(AreaBreakType.NEXT_PAGE));
                }
                layOut(document);
                lastPages[i] = pdf.getNumberOfPages();
            }
            int first = 1;
            for (int i = 0; i < docs.size(); i++) {
                doc = docs.get(i);
                decoratePages(document, first, lastPages[i], 1);
                first = lastPages[i] + 1;
            }
            document.close();
        }

        Document newDocument() {
            Document document = new Document(pdf, PageSize.A4, false);
            document.setMargins(MARGIN_TOP, MARGIN_RIGHT, MARGIN_BOTTOM, MARGIN_LEFT);
            document.setFont(f.regular()).setFontSize(BODY_SIZE);
            return document;
        }

        /**
         * The book: the cover on page 1, every document from a new page, then the table of contents laid out at
         * the end (its page count known beforehand, {@code tocPages}) and moved right after the cover; continuous
         * page numbers from page 2, each document's footer note on its pages, a bookmark per section.
         */
        BookDocument.Pages runBook(BookDocument book, int tocPages) {
            PdfDocumentInfo info = pdf.getDocumentInfo();
            info.setTitle(upper(book.bookTitle()) + " - " + nfc(book.periodLine()));
            info.setAuthor(nfc(book.cellName()));
            info.setCreator("Sổ Chi Bộ");
            pdf.getCatalog().setLang(new PdfString("vi-VN"));
            Document document = newDocument();
            cover(document, book);

            int[] firstPages = new int[docs.size()];
            int[] lastPages = new int[docs.size()];
            int[] sectionStarts = new int[book.sections().size()];
            int d = 0;
            for (int s = 0; s < book.sections().size(); s++) {
                for (int k = 0; k < book.sections().get(s).docs().size(); k++) {
                    doc = docs.get(d);
                    int previousLast = pdf.getNumberOfPages();
                    document.add(new AreaBreak(AreaBreakType.NEXT_PAGE));
                    layOut(document);
                    firstPages[d] = previousLast + 1;
                    lastPages[d] = pdf.getNumberOfPages();
                    if (k == 0) {
                        sectionStarts[s] = firstPages[d];
                    }
                    d++;
                }
            }
            int contentLast = pdf.getNumberOfPages();
            // Every content page moves back by the table of contents' pages.
            int[] printedStarts = new int[sectionStarts.length];
            for (int s = 0; s < sectionStarts.length; s++) {
                printedStarts[s] = sectionStarts[s] + tocPages;
            }
            document.add(new AreaBreak(AreaBreakType.NEXT_PAGE));
            toc(document, book, s -> Integer.toString(printedStarts[s]), s -> pdf.getPage(sectionStarts[s]));
            document.flush();
            int laidOut = pdf.getNumberOfPages() - contentLast;
            if (laidOut != tocPages) {
                throw new IllegalStateException("the table of contents took " + laidOut + " pages, not " + tocPages);
            }
            for (int i = 0; i < tocPages; i++) {
                pdf.movePage(contentLast + 1 + i, 2 + i);
            }

            PdfOutline root = pdf.getOutlines(false);
            root.addOutline(upper(book.tocTitle())).addDestination(PdfExplicitDestination.createFit(pdf.getPage(2)));
            for (int s = 0; s < printedStarts.length; s++) {
                root.addOutline(nfc(book.sections().get(s).tocTitle()))
                        .addDestination(PdfExplicitDestination.createFit(pdf.getPage(printedStarts[s])));
            }

            doc = null;
            decorateNumbersOnly(document, 2, 1 + tocPages);
            for (int i = 0; i < docs.size(); i++) {
                doc = docs.get(i);
                decoratePages(document, firstPages[i] + tocPages, lastPages[i] + tocPages, firstPages[i] + tocPages);
            }
            int pageCount = pdf.getNumberOfPages();
            document.close();
            List<Integer> starts = new ArrayList<>();
            for (int start : printedStarts) {
                starts.add(start);
            }
            return new BookDocument.Pages(starts, pageCount);
        }

        /** The cover: the issuing organisation as in a header, then the book's title, its period and notes. */
        private void cover(Document document, BookDocument book) {
            document.add(header(new Header(book.upperOrganisation(), book.cellName(), "", null)));
            document.add(new Paragraph(upper(book.bookTitle()))
                    .setFont(f.bold()).setFontSize(COVER_TITLE_SIZE).setFixedLeading(COVER_TITLE_SIZE * 1.4f)
                    .setTextAlignment(TextAlignment.CENTER)
                    .setMarginTop(COVER_TITLE_FROM_HEADER).setMarginBottom(BODY_LEADING));
            document.add(new Paragraph(nfc(book.periodLine()))
                    .setFont(f.bold()).setFontSize(TITLE_SIZE).setFixedLeading(BODY_LEADING * 1.2f)
                    .setTextAlignment(TextAlignment.CENTER).setMargin(0).setMarginBottom(BODY_LEADING * 2));
            for (String note : book.coverNotes()) {
                document.add(new Paragraph(nfc(note))
                        .setFont(f.italic()).setFontSize(BODY_SIZE).setFixedLeading(BODY_LEADING)
                        .setTextAlignment(TextAlignment.CENTER).setMargin(0).setMarginBottom(PARAGRAPH_AFTER));
            }
        }

        /**
         * The table of contents: its title, a ruled table (number, document, date, page) and the notes under it.
         * {@code target} gives the page a row links to (null: no link).
         */
        void toc(Document document, BookDocument book, IntFunction<String> pageOf, IntFunction<PdfPage> target) {
            document.add(new Paragraph(upper(book.tocTitle()))
                    .setFont(f.bold()).setFontSize(TITLE_SIZE).setFixedLeading(BODY_LEADING)
                    .setTextAlignment(TextAlignment.CENTER).setMargin(0).setMarginBottom(BODY_LEADING));
            Table t = new Table(percentColumns(TOC_COLUMNS)).useAllAvailableWidth();
            TextAlignment[] aligns = {TextAlignment.CENTER, TextAlignment.LEFT, TextAlignment.CENTER,
                TextAlignment.CENTER};
            for (String h : book.tocHeader()) {
                t.addHeaderCell(tableCell(h, true, TextAlignment.CENTER));
            }
            for (int s = 0; s < book.sections().size(); s++) {
                BookDocument.Section section = book.sections().get(s);
                String[] cells = {Integer.toString(s + 1), section.tocTitle(), section.tocDate(), pageOf.apply(s)};
                PdfPage page = target.apply(s);
                for (int c = 0; c < cells.length; c++) {
                    Cell cell = tableCell(cells[c], false, aligns[c]);
                    if (page != null && c == 1) {
                        Link link = new Link(nfc(cells[c]), PdfAction.createGoTo(
                                PdfExplicitDestination.createFit(page)));
                        // No box around the link on screen or paper.
                        link.getLinkAnnotation().setBorder(new PdfArray(new float[] {0, 0, 0}));
                        Paragraph linked = new Paragraph().add(link.setFont(f.regular()))
                                .setFontSize(TABLE_SIZE).setFixedLeading(TABLE_LEADING)
                                .setTextAlignment(aligns[c]).setMargin(0);
                        cell = new Cell().add(linked)
                                .setBorder(new SolidBorder(TABLE_RULE))
                                .setPaddings(TABLE_PADDING - 1, TABLE_PADDING + 1, TABLE_PADDING + 1,
                                        TABLE_PADDING + 1)
                                .setVerticalAlignment(VerticalAlignment.TOP)
                                .setKeepTogether(true);
                    }
                    t.addCell(cell);
                }
            }
            document.add(t);
            for (String note : book.tocNotes()) {
                document.add(new Paragraph(nfc(note))
                        .setFont(f.italic()).setFontSize(BODY_SIZE).setFixedLeading(BODY_LEADING)
                        .setMargin(0).setMarginTop(PARAGRAPH_AFTER));
            }
        }

        /** Page numbers only (the table of contents' pages). */
        private void decorateNumbersOnly(Document document, int firstPage, int lastPage) {
            for (int i = firstPage; i <= lastPage; i++) {
                pageNumber(document, i, i);
            }
        }

        private void pageNumber(Document document, int page, int number) {
            Rectangle size = pdf.getPage(page).getPageSize();
            float centreOfText = MARGIN_LEFT + (size.getWidth() - MARGIN_LEFT - MARGIN_RIGHT) / 2;
            document.showTextAligned(new Paragraph(Integer.toString(number))
                            .setFont(f.regular()).setFontSize(PAGE_NUMBER_SIZE).setMargin(0),
                    centreOfText, size.getTop() - PAGE_NUMBER_FROM_TOP, page,
                    TextAlignment.CENTER, VerticalAlignment.TOP, 0);
        }

        private void layOut(Document document) {
            document.add(header(doc.header()));
            title(document);

            List<IBlockElement> body = new ArrayList<>();
            for (Block block : doc.body()) {
                body.add(block(block));
            }
            List<IBlockElement> closing = closing();
            // The signatures never stand alone at the top of a page: they travel with the last body block.
            if (!closing.isEmpty()) {
                Div end = new Div().setKeepTogether(true);
                if (!body.isEmpty()) {
                    end.add(body.remove(body.size() - 1));
                }
                closing.forEach(end::add);
                body.add(end);
            }
            body.forEach(document::add);
        }

        private void describe() {
            PdfDocumentInfo info = pdf.getDocumentInfo();
            String number = nfc(doc.header().documentNumber());
            String summary = doc.summaryLine() == null ? "" : " " + nfc(doc.summaryLine());
            info.setTitle(upper(doc.title()) + summary + " (" + number + ")");
            info.setAuthor(nfc(doc.header().cellName()));
            info.setCreator("Sổ Chi Bộ");
            pdf.getCatalog().setLang(new PdfString("vi-VN"));
        }

        // ---- header and title ----

        private Table header(Header h) {
            Table t = new Table(percentColumns(HEADER_COLUMNS)).useAllAvailableWidth();
            t.setBorder(Border.NO_BORDER);

            Cell org = headerCell();
            org.add(headerLine(upper(h.upperOrganisation()), false, HEADER_SIZE));
            org.add(headerLine(upper(h.cellName()), true, HEADER_SIZE));
            org.add(headerLine(STAR, false, HEADER_SIZE));
            t.addCell(org);

            Cell national = headerCell();
            national.add(headerLine(NATIONAL_HEADING, true, NATIONAL_SIZE));
            float ruleWidth = f.bold().getWidth(NATIONAL_HEADING, NATIONAL_SIZE);
            national.add(new LineSeparator(new SolidLine(RULE_WIDTH))
                    .setWidth(ruleWidth)
                    .setHorizontalAlignment(HorizontalAlignment.CENTER)
                    .setMarginTop(3f));
            t.addCell(national);

            Cell number = headerCell();
            number.add(headerLine(nfc(h.documentNumber()), false, NUMBER_SIZE));
            t.addCell(number);

            Cell date = headerCell();
            if (h.placeAndDateLine() != null && !h.placeAndDateLine().isBlank()) {
                date.add(headerLine(nfc(h.placeAndDateLine()), false, HEADER_SIZE).setFont(f.italic()));
            }
            t.addCell(date);
            return t;
        }

        private static Cell headerCell() {
            return new Cell().setBorder(Border.NO_BORDER).setPadding(0).setVerticalAlignment(VerticalAlignment.TOP);
        }

        private Paragraph headerLine(String text, boolean bold, float size) {
            return new Paragraph(text)
                    .setFont(bold ? f.bold() : f.regular())
                    .setFontSize(size)
                    .setFixedLeading(HEADER_LEADING)
                    .setTextAlignment(TextAlignment.CENTER)
                    .setMargin(0);
        }

        private void title(Document document) {
            document.add(new Paragraph(upper(doc.title()))
                    .setFont(f.bold()).setFontSize(TITLE_SIZE).setFixedLeading(BODY_LEADING)
                    .setTextAlignment(TextAlignment.CENTER)
                    .setMarginTop(BODY_LEADING).setMarginBottom(0)
                    .setKeepWithNext(true));
            if (doc.summaryLine() != null && !doc.summaryLine().isBlank()) {
                document.add(new Paragraph(nfc(doc.summaryLine()))
                        .setFont(f.bold()).setFontSize(SUMMARY_SIZE).setFixedLeading(BODY_LEADING)
                        .setTextAlignment(TextAlignment.CENTER)
                        .setMargin(0)
                        .setKeepWithNext(true));
            }
            document.add(new Paragraph(SUMMARY_SEPARATOR)
                    .setFontSize(BODY_SIZE).setFixedLeading(BODY_LEADING)
                    .setTextAlignment(TextAlignment.CENTER)
                    .setMarginTop(0).setMarginBottom(PARAGRAPH_AFTER + 2)
                    .setKeepWithNext(true));
        }

        // ---- body ----

        private IBlockElement block(Block block) {
            if (block instanceof Block.Paragraph p) {
                return paragraph(p.runs(), p.firstLineIndent(), alignment(p.alignment()));
            }
            if (block instanceof Block.Heading h) {
                return bodyParagraph()
                        .add(text(Run.bold(h.text())))
                        .setFirstLineIndent(FIRST_LINE_INDENT)
                        .setTextAlignment(TextAlignment.JUSTIFIED)
                        .setMarginTop(PARAGRAPH_AFTER)
                        .setKeepWithNext(true)
                        .setKeepTogether(true);
            }
            if (block instanceof Block.ListItem item) {
                List<Run> runs = new ArrayList<>();
                runs.add(Run.plain(item.marker() + " "));
                runs.addAll(item.runs());
                return paragraph(runs, true, TextAlignment.JUSTIFIED);
            }
            if (block instanceof Block.Table table) {
                return table(table);
            }
            throw new IllegalArgumentException("unknown block " + block);
        }

        private Paragraph bodyParagraph() {
            return new Paragraph()
                    .setFont(f.regular()).setFontSize(BODY_SIZE)
                    .setFixedLeading(BODY_LEADING)
                    .setMarginTop(0).setMarginBottom(PARAGRAPH_AFTER)
                    .setOrphansControl(new ParagraphOrphansControl(2))
                    .setWidowsControl(new ParagraphWidowsControl(2, 1, true));
        }

        private Paragraph paragraph(List<Run> runs, boolean indent, TextAlignment alignment) {
            Paragraph p = bodyParagraph().setTextAlignment(alignment);
            if (indent) {
                p.setFirstLineIndent(FIRST_LINE_INDENT);
            }
            runs.forEach(r -> p.add(text(r)));
            return p;
        }

        private Text text(Run run) {
            return new Text(nfc(run.text())).setFont(f.of(run.bold(), run.italic()));
        }

        private static TextAlignment alignment(Block.Alignment a) {
            return switch (a) {
                case JUSTIFIED -> TextAlignment.JUSTIFIED;
                case LEFT -> TextAlignment.LEFT;
                case CENTER -> TextAlignment.CENTER;
                case RIGHT -> TextAlignment.RIGHT;
            };
        }

        private Table table(Block.Table model) {
            float[] weights = new float[model.columnWeights().size()];
            for (int i = 0; i < weights.length; i++) {
                weights[i] = model.columnWeights().get(i).floatValue();
            }
            Table t = new Table(percentColumns(weights)).useAllAvailableWidth();
            t.setMarginTop(2).setMarginBottom(PARAGRAPH_AFTER + 2);
            for (String h : model.header()) {
                t.addHeaderCell(tableCell(h, true, TextAlignment.CENTER));
            }
            for (List<String> row : model.rows()) {
                for (int c = 0; c < row.size(); c++) {
                    t.addCell(tableCell(row.get(c), false, alignment(model.columnAlignments().get(c))));
                }
            }
            return t;
        }

        private Cell tableCell(String text, boolean head, TextAlignment alignment) {
            Paragraph p = new Paragraph(nfc(text == null ? "" : text))
                    .setFont(head ? f.bold() : f.regular())
                    .setFontSize(TABLE_SIZE)
                    .setFixedLeading(TABLE_LEADING)
                    .setTextAlignment(alignment)
                    .setMargin(0);
            return new Cell()
                    .add(p)
                    .setBorder(new SolidBorder(TABLE_RULE))
                    .setPaddings(TABLE_PADDING - 1, TABLE_PADDING + 1, TABLE_PADDING + 1, TABLE_PADDING + 1)
                    .setVerticalAlignment(head ? VerticalAlignment.MIDDLE : VerticalAlignment.TOP)
                    .setKeepTogether(true);
        }

        // ---- signatures and recipients ----

        /**
         * The end of the document: the signatures side by side; "Nơi nhận" sits in the left column of that row
         * when the left side is not signed (resolutions, reports), otherwise under the signatures.
         */
        private List<IBlockElement> closing() {
            List<IBlockElement> out = new ArrayList<>();
            SignatureBlocks s = doc.signatures();
            boolean hasRecipients = !doc.recipients().isEmpty();
            boolean recipientsBeside = hasRecipients && s.left().isEmpty() && !s.right().isEmpty();
            if (!s.isEmpty()) {
                int titleLines = Math.max(s.left().titleLines().size(), s.right().titleLines().size());
                Table t = new Table(percentColumns(HEADER_COLUMNS)).useAllAvailableWidth();
                t.setMarginTop(PARAGRAPH_AFTER * 2);
                Cell left = closingCell();
                if (recipientsBeside) {
                    recipients(left::add);
                } else {
                    signature(left, s.left(), titleLines);
                }
                t.addCell(left);
                Cell right = closingCell();
                signature(right, s.right(), titleLines);
                t.addCell(right);
                out.add(t);
            }
            if (hasRecipients && !recipientsBeside) {
                Div div = new Div().setMarginTop(PARAGRAPH_AFTER * 2);
                recipients(div::add);
                out.add(div);
            }
            return out;
        }

        private static Cell closingCell() {
            return new Cell().setBorder(Border.NO_BORDER).setPadding(0).setVerticalAlignment(VerticalAlignment.TOP);
        }

        private void signature(Cell cell, Signature sig, int titleLines) {
            if (sig.isEmpty()) {
                return;
            }
            for (int i = 0; i < titleLines; i++) {
                String line = i < sig.titleLines().size() ? upper(sig.titleLines().get(i)) : "\u00A0";
                cell.add(centredBold(line));
            }
            cell.add(new Div().setHeight(SIGNATURE_SPACE));
            if (sig.signerName() != null && !sig.signerName().isBlank()) {
                cell.add(centredBold(nfc(sig.signerName())));
            }
        }

        private Paragraph centredBold(String text) {
            return new Paragraph(text)
                    .setFont(f.bold()).setFontSize(BODY_SIZE).setFixedLeading(BODY_LEADING)
                    .setTextAlignment(TextAlignment.CENTER).setMargin(0);
        }

        private void recipients(Consumer<IBlockElement> sink) {
            sink.accept(new Paragraph(RECIPIENTS_LABEL)
                    .setFont(f.boldItalic()).setFontSize(RECIPIENTS_LABEL_SIZE)
                    .setFixedLeading(RECIPIENTS_LEADING + 1).setMargin(0));
            for (String line : doc.recipients()) {
                sink.accept(new Paragraph("- " + nfc(line))
                        .setFont(f.regular()).setFontSize(RECIPIENTS_SIZE)
                        .setFixedLeading(RECIPIENTS_LEADING).setMargin(0)
                        .setTextAlignment(TextAlignment.LEFT));
            }
        }

        // ---- second pass: page numbers, watermark, footer note ----

        /**
         * Page numbers (from 2: the first page printed {@code numberOfFirst}, the next one more, and so on),
         * watermark and footer on pages first..last.
         */
        private void decoratePages(Document document, int firstPage, int lastPage, int numberOfFirst) {
            String footer = doc.footerNote() == null || doc.footerNote().isBlank() ? null : nfc(doc.footerNote());
            for (int i = firstPage; i <= lastPage; i++) {
                PdfPage page = pdf.getPage(i);
                Rectangle size = page.getPageSize();
                if (doc.draft()) {
                    watermark(page, i, size);
                }
                int number = i - firstPage + numberOfFirst;
                if (number >= 2) {
                    pageNumber(document, i, number);
                }
                if (footer != null) {
                    document.showTextAligned(new Paragraph(footer)
                                    .setFont(f.regular()).setFontSize(FOOTER_SIZE)
                                    .setFontColor(new DeviceGray(FOOTER_GREY)).setMargin(0),
                            MARGIN_LEFT, size.getBottom() + FOOTER_FROM_BOTTOM, i,
                            TextAlignment.LEFT, VerticalAlignment.BOTTOM, 0);
                }
            }
        }

        /** A large light-grey diagonal "BẢN NHÁP" under the page's content. */
        private void watermark(PdfPage page, int pageNumber, Rectangle size) {
            PdfCanvas under = new PdfCanvas(page.newContentStreamBefore(), page.getResources(), pdf);
            double angle = Math.atan2(size.getHeight(), size.getWidth());
            try (Canvas canvas = new Canvas(under, size)) {
                canvas.showTextAligned(new Paragraph(DRAFT_WATERMARK)
                                .setFont(f.bold()).setFontSize(WATERMARK_SIZE)
                                .setFontColor(new DeviceGray(WATERMARK_GREY)).setMargin(0),
                        size.getWidth() / 2, size.getHeight() / 2, pageNumber, TextAlignment.CENTER,
                        VerticalAlignment.MIDDLE, (float) angle);
            }
        }
    }
}
