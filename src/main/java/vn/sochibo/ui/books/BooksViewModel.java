package vn.sochibo.ui.books;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sochibo.application.book.BookPeriod;
import vn.sochibo.application.book.RecordBooks;
import vn.sochibo.application.common.TaskRunner;
import vn.sochibo.application.dossier.MemberDossier;
import vn.sochibo.application.dossier.MemberDossiers;
import vn.sochibo.application.member.MemberService;
import vn.sochibo.domain.member.Member;
import vn.sochibo.ui.common.UiText;
import vn.sochibo.ui.document.PrintableDocument;

/**
 * The "Sổ & hồ sơ" area: the yearly (or term) books of minutes and resolutions, and a member's dossier for a year.
 * Everything is read off the UI thread; a book is collected before its preview opens, so that an empty period is
 * said in words on this screen and no preview opens for it.
 */
public final class BooksViewModel {
    /** A period to choose: a year, or the committee's current term ({@code year} null). */
    public record PeriodChoice(Integer year, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** A member to choose, shown by name. */
    public record MemberChoice(UUID id, String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    private final RecordBooks books;
    private final MemberDossiers dossiers;
    private final MemberService members;
    private final TaskRunner tasks;
    private final UiText text;

    private final ObservableList<PeriodChoice> periods = FXCollections.observableArrayList();
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObjectProperty<PeriodChoice> period = new SimpleObjectProperty<>();
    private final ObservableList<MemberChoice> memberChoices = FXCollections.observableArrayList();
    private final ObjectProperty<MemberChoice> member = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> dossierYear = new SimpleObjectProperty<>();
    private final ObservableList<String> dossierLines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper statusIsError = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(false);
    private MemberDossier dossier;
    /** A member whose dossier to show once the roster is loaded (the "Hồ sơ" button of the member details). */
    private UUID pendingDossier;

    public BooksViewModel(RecordBooks books, MemberDossiers dossiers, MemberService members, TaskRunner tasks,
            UiText text) {
        this.books = Objects.requireNonNull(books, "books");
        this.dossiers = Objects.requireNonNull(dossiers, "dossiers");
        this.members = Objects.requireNonNull(members, "members");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.text = Objects.requireNonNull(text, "text");
    }

    private record Loaded(List<Integer> years, List<Member> members) {
    }

    /** Reads the years with meetings and the roster; keeps the choices made when they still exist. */
    public void load() {
        tasks.run(() -> new Loaded(books.years(), members.all()), loaded -> {
            PeriodChoice before = period.get();
            List<PeriodChoice> choices = new ArrayList<>();
            loaded.years().forEach(y -> choices.add(new PeriodChoice(y, text.format("books.period.year", y))));
            choices.add(new PeriodChoice(null, text.text("books.period.term")));
            periods.setAll(choices);
            period.set(choices.stream().filter(c -> before != null && Objects.equals(c.year(), before.year()))
                    .findFirst().orElse(choices.get(0)));
            Integer yearBefore = dossierYear.get();
            years.setAll(loaded.years());
            dossierYear.set(yearBefore != null && years.contains(yearBefore) ? yearBefore
                    : years.isEmpty() ? null : years.get(0));
            MemberChoice memberBefore = member.get();
            memberChoices.setAll(loaded.members().stream().map(m -> new MemberChoice(m.id(), m.fullName())).toList());
            member.set(memberChoices.stream().filter(m -> memberBefore != null && m.id().equals(memberBefore.id()))
                    .findFirst().orElse(memberChoices.isEmpty() ? null : memberChoices.get(0)));
            UUID wanted = pendingDossier;
            pendingDossier = null;
            if (wanted != null) {
                memberChoices.stream().filter(m -> m.id().equals(wanted)).findFirst().ifPresent(m -> {
                    member.set(m);
                    showDossier();
                });
            }
        }, this::failed);
    }

    /** Shows this member's dossier (for the newest year) after the next {@link #load()}. */
    public void openDossierOf(UUID memberId) {
        pendingDossier = memberId;
    }

    /**
     * Collects the chosen period's book and, when it has records, hands its printable document to {@code show}
     * (the print preview); an empty period or a missing cell profile is said in the status line instead.
     */
    public void printBook(RecordBooks.Kind kind, Consumer<PrintableDocument> show) {
        PeriodChoice chosen = period.get();
        if (chosen == null) {
            error(text.text("books.error.noPeriod"));
            return;
        }
        working.set(true);
        setStatus(text.text("books.collecting"), false);
        tasks.run(() -> {
            BookPeriod p = chosen.year() == null ? books.currentTerm() : RecordBooks.year(chosen.year());
            return books.book(kind, p);
        }, book -> {
            working.set(false);
            setStatus(text.format(kind == RecordBooks.Kind.MINUTES ? "books.collected.minutes"
                    : "books.collected.resolutions", book.records(), book.draftsLeftOut()), false);
            show.accept(printable(book));
        }, this::failed);
    }

    /** The book as the preview prints and saves it. */
    PrintableDocument printable(RecordBooks.Book book) {
        boolean minutes = book.kind() == RecordBooks.Kind.MINUTES;
        String period = books.periodLine(book.period());
        String file = (minutes ? "so-bien-ban-" : "so-nghi-quyet-") + (book.period().kind() == BookPeriod.Kind.YEAR
                ? Integer.toString(book.period().from().getYear())
                : book.period().from().getYear() + "-" + book.period().to().getYear()) + ".pdf";
        return new PrintableDocument(text.format(minutes ? "books.print.minutes.title" : "books.print.resolutions.title",
                period), file, () -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    books.write(book, out);
                    return out.toByteArray();
                });
    }

    /** Reads the chosen member's dossier for the chosen year and lists it on the screen. */
    public void showDossier() {
        MemberChoice who = member.get();
        Integer year = dossierYear.get();
        if (who == null || year == null) {
            error(text.text("books.error.noMember"));
            return;
        }
        working.set(true);
        tasks.run(() -> dossiers.dossier(who.id(), year), d -> {
            working.set(false);
            dossier = d;
            dossierLines.setAll(DossierLines.of(d, text));
            setStatus("", false);
        }, this::failed);
    }

    /** The dossier on the screen, for the print preview; null when none is shown. */
    public PrintableDocument dossierForPrint() {
        MemberDossier d = dossier;
        if (d == null) {
            return null;
        }
        return new PrintableDocument(text.format("books.print.dossier.title", d.member().fullName(), d.year()),
                "ho-so-" + d.year() + "-" + d.member().id() + ".pdf", () -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    dossiers.writePdf(d, out);
                    return out.toByteArray();
                });
    }

    private void failed(Throwable failure) {
        working.set(false);
        error(text.describe(failure));
    }

    private void error(String message) {
        setStatus(message, true);
    }

    private void setStatus(String message, boolean isError) {
        status.set(message);
        statusIsError.set(isError);
    }

    public ObservableList<PeriodChoice> periods() {
        return periods;
    }

    public ObjectProperty<PeriodChoice> periodProperty() {
        return period;
    }

    public ObservableList<Integer> years() {
        return years;
    }

    public ObjectProperty<Integer> dossierYearProperty() {
        return dossierYear;
    }

    public ObservableList<MemberChoice> members() {
        return memberChoices;
    }

    public ObjectProperty<MemberChoice> memberProperty() {
        return member;
    }

    public ObservableList<String> dossierLines() {
        return dossierLines;
    }

    public boolean hasDossier() {
        return dossier != null;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty statusIsErrorProperty() {
        return statusIsError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }
}
