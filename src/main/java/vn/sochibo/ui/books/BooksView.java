package vn.sochibo.ui.books;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.sochibo.application.book.RecordBooks;
import vn.sochibo.ui.common.AppStyles;
import vn.sochibo.ui.common.AreaView;
import vn.sochibo.ui.common.Controls;
import vn.sochibo.ui.common.UiContext;
import vn.sochibo.ui.common.UiText;
import vn.sochibo.ui.document.DocumentPreviews;
import vn.sochibo.ui.document.PrintableDocument;

/**
 * The "Sổ & hồ sơ" area: choose a year (or the term) and print the minutes book or the resolutions book through
 * the print preview; choose a member and a year, see the dossier and print it.
 */
public final class BooksView implements AreaView {
    private final BooksViewModel vm;
    private final UiText text;
    private final DocumentPreviews previews;
    private final VBox root;

    private final java.util.function.Supplier<java.util.UUID> pendingDossier;

    public BooksView(BooksViewModel vm, UiContext ctx) {
        this(vm, ctx, () -> null);
    }

    /**
     * @param pendingDossier asked each time the area is shown: a member whose dossier to open (the "Hồ sơ" button
     *                       of the member details), or null
     */
    public BooksView(BooksViewModel vm, UiContext ctx, java.util.function.Supplier<java.util.UUID> pendingDossier) {
        this.vm = vm;
        this.pendingDossier = pendingDossier;
        this.text = ctx.text();
        this.previews = new DocumentPreviews(ctx);

        Label title = new Label(text.plain("nav.printing"));
        title.getStyleClass().add(AppStyles.PAGE_TITLE);

        Label booksHeading = new Label(text.text("books.heading"));
        booksHeading.getStyleClass().add("section-title");
        Label booksHelp = new Label(text.text("books.help"));
        booksHelp.setWrapText(true);
        booksHelp.getStyleClass().add(AppStyles.MUTED);
        ComboBox<BooksViewModel.PeriodChoice> period = new ComboBox<>(vm.periods());
        period.setId("bookPeriod");
        period.valueProperty().bindBidirectional(vm.periodProperty());
        Label periodLabel = new Label(text.text("books.period"));
        periodLabel.setLabelFor(period);
        periodLabel.setMnemonicParsing(true);
        Button minutes = Controls.button(text, "printMinutesBook", "books.printMinutes", "books.printMinutes.tooltip",
                () -> vm.printBook(RecordBooks.Kind.MINUTES, previews::show));
        Button resolutions = Controls.button(text, "printResolutionsBook", "books.printResolutions",
                "books.printResolutions.tooltip", () -> vm.printBook(RecordBooks.Kind.RESOLUTIONS, previews::show));
        minutes.disableProperty().bind(vm.workingProperty());
        resolutions.disableProperty().bind(vm.workingProperty());
        HBox bookRow = new HBox(10, periodLabel, period, minutes, resolutions);
        bookRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        Label status = new Label();
        status.setId("booksStatus");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        vm.statusIsErrorProperty().addListener((obs, was, now) -> {
            if (now) {
                status.getStyleClass().add(AppStyles.FORM_ERROR);
            } else {
                status.getStyleClass().remove(AppStyles.FORM_ERROR);
            }
        });

        Label dossierHeading = new Label(text.text("dossier.heading"));
        dossierHeading.getStyleClass().add("section-title");
        ComboBox<BooksViewModel.MemberChoice> member = new ComboBox<>(vm.members());
        member.setId("dossierMember");
        member.valueProperty().bindBidirectional(vm.memberProperty());
        Label memberLabel = new Label(text.text("dossier.member"));
        memberLabel.setLabelFor(member);
        memberLabel.setMnemonicParsing(true);
        ComboBox<Integer> year = new ComboBox<>(vm.years());
        year.setId("dossierYear");
        year.valueProperty().bindBidirectional(vm.dossierYearProperty());
        Label yearLabel = new Label(text.text("dossier.year"));
        yearLabel.setLabelFor(year);
        yearLabel.setMnemonicParsing(true);
        Button show = Controls.button(text, "showDossier", "dossier.show", "dossier.show.tooltip", vm::showDossier);
        Button print = Controls.button(text, "printDossier", "dossier.print", "dossier.print.tooltip", () -> {
            PrintableDocument doc = vm.dossierForPrint();
            if (doc != null) {
                previews.show(doc);
            }
        });
        print.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.dossierLines()));
        HBox dossierRow = new HBox(10, memberLabel, member, yearLabel, year, show, print);
        dossierRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        ListView<String> content = new ListView<>(vm.dossierLines());
        content.setId("dossierContent");
        content.setPlaceholder(new Label(text.text("dossier.empty")));
        VBox.setVgrow(content, Priority.ALWAYS);

        root = new VBox(12, title, booksHeading, booksHelp, bookRow, status, dossierHeading, dossierRow, content);
        root.setId("booksView");
        root.getStyleClass().add("area");
        root.setPadding(new Insets(0));
    }


    @Override
    public Node node() {
        return root;
    }

    @Override
    public void shown() {
        java.util.UUID member = pendingDossier.get();
        if (member != null) {
            vm.openDossierOf(member);
        }
        vm.load();
    }
}
