package vn.sochibo.application.book;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import vn.sochibo.application.cell.CellService;
import vn.sochibo.application.common.Messages;
import vn.sochibo.application.document.BookDocument;
import vn.sochibo.application.document.DocumentRenderer;
import vn.sochibo.application.document.PartyDocument;
import vn.sochibo.application.meeting.MeetingDocumentWords;
import vn.sochibo.application.meeting.MeetingDocuments;
import vn.sochibo.application.meeting.MeetingService;
import vn.sochibo.domain.cell.CellProfile;
import vn.sochibo.domain.common.Problem;
import vn.sochibo.domain.common.ValidationException;
import vn.sochibo.domain.meeting.MeetingSummary;

/**
 * The cell's permanent record books (issue 7): every finalized minutes (or resolution) of a period, with its
 * correction addenda, bound in one PDF behind a cover and a table of contents, with continuous page numbers. Each
 * record prints exactly as {@code minutes pdf} / {@code resolution pdf} print it ({@link MeetingDocuments}); drafts
 * are left out and counted on the cover. An empty period is refused with a {@link ValidationException}, before
 * anything is written.
 */
public class RecordBooks {
    /** Which record book. */
    public enum Kind { MINUTES, RESOLUTIONS }

    private final MeetingService meetings;
    private final MeetingDocuments documents;
    private final CellService cell;
    private final Supplier<? extends DocumentRenderer> renderer;
    private final Messages words;

    public RecordBooks(MeetingService meetings, MeetingDocuments documents, CellService cell,
            Supplier<? extends DocumentRenderer> renderer, Messages words) {
        this.meetings = Objects.requireNonNull(meetings, "meetings");
        this.documents = Objects.requireNonNull(documents, "documents");
        this.cell = Objects.requireNonNull(cell, "cell");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.words = Objects.requireNonNull(words, "words");
    }

    /** With the Vietnamese document words ({@code i18n/documents}). */
    public RecordBooks(MeetingService meetings, MeetingDocuments documents, CellService cell,
            Supplier<? extends DocumentRenderer> renderer) {
        this(meetings, documents, cell, renderer, new Messages(ResourceBundle.getBundle(MeetingDocumentWords.BUNDLE,
                Messages.VIETNAMESE, ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES)), Messages.VIETNAMESE));
    }

    /** A book ready to be written, and what went into it. */
    public record Book(Kind kind, BookPeriod period, BookDocument document, int records, int draftsLeftOut) {
    }

    /** What was written: the book's figures and where each record starts. */
    public record Written(Book book, BookDocument.Pages pages) {
    }

    /** The years that have at least one meeting (finalized or not), newest first: what a screen offers. */
    public List<Integer> years() {
        TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        meetings.summaries().forEach(s -> years.add(s.date().getYear()));
        return List.copyOf(years);
    }

    /** The committee's current term, from the cell profile; refused when the cell is not set up. */
    public BookPeriod currentTerm() {
        CellProfile profile = profile();
        if (profile.termStart() == null || profile.termEnd() == null || profile.termEnd().isBefore(profile.termStart())) {
            throw new ValidationException(Problem.of("term", "book.error.noTerm"));
        }
        return new BookPeriod(BookPeriod.Kind.TERM, profile.termStart(), profile.termEnd());
    }

    /** A calendar year as a period; refused outside {@value BookPeriod#FIRST_YEAR}–{@value BookPeriod#LAST_YEAR}. */
    public static BookPeriod year(int year) {
        if (year < BookPeriod.FIRST_YEAR || year > BookPeriod.LAST_YEAR) {
            throw new ValidationException(Problem.of("year", "book.error.year", year, BookPeriod.FIRST_YEAR,
                    BookPeriod.LAST_YEAR));
        }
        return BookPeriod.year(year);
    }

    /** A range of days as a period; refused when a day is missing or the range ends before it starts. */
    public static BookPeriod range(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new ValidationException(Problem.of("period", "book.error.rangeMissing"));
        }
        if (to.isBefore(from)) {
            throw new ValidationException(Problem.of("period", "book.error.rangeOrder", from, to));
        }
        return new BookPeriod(BookPeriod.Kind.RANGE, from, to);
    }

    /**
     * Collects the book: every finalized meeting of the period by date and start time, its record and addenda.
     * Refused (nothing built) when the cell is not set up or the period has no finalized meeting.
     */
    public Book book(Kind kind, BookPeriod period) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(period, "period");
        CellProfile profile = profile();
        List<MeetingSummary> inPeriod = meetings.summaries().stream()
                .filter(s -> period.contains(s.date()))
                .sorted(Comparator.comparing(MeetingSummary::date)
                        .thenComparing(s -> s.startTime() == null ? java.time.LocalTime.MIN : s.startTime())
                        .thenComparing(s -> s.isFinalized() ? s.finalization().minutesNumber() : 0))
                .toList();
        List<MeetingSummary> finalized = inPeriod.stream().filter(MeetingSummary::isFinalized).toList();
        int drafts = inPeriod.size() - finalized.size();
        String periodLine = periodLine(period);
        if (finalized.isEmpty()) {
            throw new ValidationException(Problem.of("period", kind == Kind.MINUTES ? "book.error.emptyMinutes"
                    : "book.error.emptyResolutions", periodLine, drafts));
        }
        List<BookDocument.Section> sections = new ArrayList<>();
        for (MeetingSummary s : finalized) {
            UUID id = s.id();
            List<PartyDocument> docs = kind == Kind.MINUTES ? documents.minutesWithCorrections(id)
                    : documents.resolutionWithCorrections(id);
            sections.add(new BookDocument.Section(entry(docs), Messages.formatDate(s.date()), docs));
        }
        String k = kind == Kind.MINUTES ? "minutes" : "resolutions";
        List<String> coverNotes = new ArrayList<>();
        coverNotes.add(words.format("doc.book.cover.count." + k, finalized.size()));
        List<String> tocNotes = new ArrayList<>();
        if (drafts > 0) {
            tocNotes.add(words.format("doc.book.toc.draftsLeftOut", drafts));
            coverNotes.add(words.format("doc.book.toc.draftsLeftOut", drafts));
        }
        BookDocument doc = new BookDocument(profile.upperOrganisation(), profile.cellName(),
                words.get("doc.book.title." + k), periodLine, coverNotes, words.get("doc.book.toc.title"),
                List.of(words.get("doc.book.toc.number"), words.get("doc.book.toc.document"),
                        words.get("doc.book.toc.date"), words.get("doc.book.toc.page")),
                tocNotes, sections);
        return new Book(kind, period, doc, finalized.size(), drafts);
    }

    /** Writes a collected book as one PDF to {@code out} (left open). */
    public Written write(Book book, OutputStream out) {
        return new Written(book, renderer.get().renderBook(book.document(), out));
    }

    /** {@link #book} then {@link #write}. */
    public Written write(Kind kind, BookPeriod period, OutputStream out) {
        return write(book(kind, period), out);
    }

    /** "Năm 2026", "Nhiệm kỳ 2025 - 2030", "Từ ngày 01/01/2026 đến ngày 30/06/2026". */
    public String periodLine(BookPeriod period) {
        return switch (period.kind()) {
            case YEAR -> words.format("doc.book.period.year", period.from().getYear());
            case TERM -> words.format("doc.book.period.term", period.from().getYear(), period.to().getYear());
            case RANGE -> words.format("doc.book.period.range", period.from(), period.to());
        };
    }

    /** "Biên bản số 05-BB/CB: sinh hoạt chi bộ thường kỳ tháng 11 năm 2026 (kèm 1 phụ lục đính chính)". */
    private String entry(List<PartyDocument> docs) {
        PartyDocument main = docs.get(0);
        String number = main.header().documentNumber().strip();
        number = number.isEmpty() ? number : number.substring(0, 1).toLowerCase(Messages.VIETNAMESE)
                + number.substring(1);
        String summary = main.summaryLine() == null ? "" : main.summaryLine();
        String entry = words.format("doc.book.toc.entry", main.title(), number, summary);
        if (docs.size() > 1) {
            entry = entry + " " + words.format("doc.book.toc.addenda", docs.size() - 1);
        }
        return entry;
    }

    private CellProfile profile() {
        return cell.profile().orElseThrow(() -> new ValidationException(Problem.of("cell", "book.error.noCell")));
    }
}
