package vn.sochibo.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import vn.sochibo.app.Services;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.document.DocumentPrinter;
import vn.sochibo.ui.books.BooksViewModel;

/**
 * The secretary opens "Sổ & hồ sơ" (Ctrl+5), prints the minutes book of 2025 through the preview (every page
 * drawn, the printer gets the book), then looks at a member's dossier and opens its preview.
 */
class BooksFlowTest extends HeadlessAppTest {
    private static final class RecordingPrinter implements DocumentPrinter {
        final List<byte[]> pdfs = new CopyOnWriteArrayList<>();

        @Override
        public Outcome print(byte[] pdf, String jobName) {
            pdfs.add(pdf);
            return Outcome.PRINTED;
        }
    }

    private final RecordingPrinter printer = new RecordingPrinter();

    private String label(String query) {
        return lookup(query).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    @Test
    void printTheMinutesBookOfAYearAndShowADossier() throws Exception {
        try (AppServices services = Services.open(folder)) {
            services.demo().create();
        }
        startApp(dataFolder -> Services.open(dataFolder, Clock.systemDefaultZone(), printer));
        press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        await("the periods are listed", 20, () -> lookup("#bookPeriod").tryQuery().isPresent()
                && !lookup("#bookPeriod").<ComboBox<BooksViewModel.PeriodChoice>>query().getItems().isEmpty());
        ComboBox<BooksViewModel.PeriodChoice> period = lookup("#bookPeriod").query();
        BooksViewModel.PeriodChoice y2025 = period.getItems().stream()
                .filter(c -> c.year() != null && c.year() == 2025).findFirst().orElseThrow();
        assertThat(y2025.label()).isEqualTo("Năm 2025");
        assertThat(period.getItems()).extracting(BooksViewModel.PeriodChoice::label).contains("Cả nhiệm kỳ hiện tại");
        interact(() -> period.setValue(y2025));

        clickOn("#printMinutesBook");
        await("the book's first pages are shown", 60, () -> label("#previewPage").startsWith("Trang 1/"));
        assertThat(label("#booksStatus")).isEqualTo("Sổ gồm 16 biên bản (0 bản nháp không đưa vào).");
        Matcher count = Pattern.compile("Trang 1/(\\d+)").matcher(label("#previewPage"));
        assertThat(count.matches()).isTrue();
        int pages = Integer.parseInt(count.group(1));
        assertThat(pages).isGreaterThan(16);
        await("every page is drawn", 180,
                () -> lookup("#previewPages").<VBox>query().getChildren().size() == pages);

        press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        await("the book went to the printer", 30, () -> printer.pdfs.size() == 1);
        try (PDDocument pdf = Loader.loadPDF(printer.pdfs.get(0))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(pages);
            PDFTextStripper cover = new PDFTextStripper();
            cover.setEndPage(2);
            assertThat(cover.getText(pdf).replaceAll("\\s+", " ")).contains("SỔ BIÊN BẢN SINH HOẠT CHI BỘ",
                    "Năm 2025", "MỤC LỤC");
        }
        type(KeyCode.ESCAPE);
        await("the preview is closed", 20, () -> lookup("#documentPreview").tryQuery().isEmpty());

        ComboBox<Integer> year = lookup("#dossierYear").query();
        interact(() -> year.setValue(2025));
        clickOn("#showDossier");
        await("the dossier is shown", 30,
                () -> !lookup("#dossierContent").<ListView<String>>query().getItems().isEmpty());
        List<String> lines = lookup("#dossierContent").<ListView<String>>query().getItems();
        assertThat(lines.get(0)).contains(", năm 2025: cuối năm là đảng viên ");
        assertThat(lines).anyMatch(l -> l.startsWith("Theo số liệu kiểm điểm năm: được triệu tập "));
        clickOn("#printDossier");
        await("the dossier's preview is shown", 60, () -> label("#previewPage").startsWith("Trang 1/"));
        type(KeyCode.ESCAPE);
        await("the preview is closed", 20, () -> lookup("#documentPreview").tryQuery().isEmpty());
    }

    @Test
    void theMemberDetailsOpenTheMembersDossier() throws Exception {
        try (AppServices services = Services.open(folder)) {
            services.demo().create();
        }
        startApp(dataFolder -> Services.open(dataFolder, Clock.systemDefaultZone(), printer));
        await("the roster is shown", 20, () -> lookup("#memberTable").tryQuery().isPresent()
                && !lookup("#memberTable").queryTableView().getItems().isEmpty());
        javafx.scene.control.TableView<vn.sochibo.domain.member.Member> table = lookup("#memberTable")
                .queryTableView();
        interact(() -> table.getSelectionModel().select(0));
        String name = table.getItems().get(0).fullName();
        await("the details offer the dossier", 20, () -> lookup("#memberDossier").tryQuery()
                .map(n -> n.isVisible() && !n.isDisabled()).orElse(false));
        clickOn("#memberDossier");
        await("the dossier is shown", 30, () -> lookup("#dossierContent").tryQuery().isPresent()
                && !lookup("#dossierContent").<ListView<String>>query().getItems().isEmpty());
        assertThat(lookup("#dossierContent").<ListView<String>>query().getItems().get(0)).startsWith(name + ", năm ");
    }
}
