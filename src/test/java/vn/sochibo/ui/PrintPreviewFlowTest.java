package vn.sochibo.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.image.ImageView;
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

/**
 * The secretary opens the print preview of a draft's minutes, turns the pages, prints (to a recording printer
 * standing in for the operating system's dialog, which cannot run headless) and closes the preview.
 */
class PrintPreviewFlowTest extends HeadlessAppTest {
    /** Stands in for the print dialog: keeps what it was given and answers the outcomes queued. */
    private static final class RecordingPrinter implements DocumentPrinter {
        final List<byte[]> pdfs = new CopyOnWriteArrayList<>();
        final List<String> jobNames = new CopyOnWriteArrayList<>();
        final Deque<Outcome> outcomes = new ArrayDeque<>(List.of(Outcome.PRINTED, Outcome.NO_PRINTER));

        @Override
        public synchronized Outcome print(byte[] pdf, String jobName) {
            pdfs.add(pdf);
            jobNames.add(jobName);
            return outcomes.isEmpty() ? Outcome.CANCELLED : outcomes.poll();
        }
    }

    private final RecordingPrinter printer = new RecordingPrinter();

    private void shortcut(KeyCode modifier, KeyCode key) {
        press(modifier, key).release(key, modifier);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String label(String query) {
        return lookup(query).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    @Test
    void previewPrintAndCloseTheMinutesOfADraft() throws Exception {
        try (AppServices services = Services.open(folder)) {
            services.demo().create();
        }
        startApp(dataFolder -> Services.open(dataFolder, Clock.systemDefaultZone(), printer));
        shortcut(KeyCode.CONTROL, KeyCode.DIGIT2);
        await("the meetings are listed", 20, () -> lookup("#meetingList").tryQuery().isPresent()
                && !lookup("#meetingList").<ListView<?>>query().getItems().isEmpty());
        ListView<?> list = lookup("#meetingList").query();
        int draft = -1;
        for (int i = 0; i < list.getItems().size() && draft < 0; i++) {
            if (list.getItems().get(i).toString().contains("Nháp")) {
                draft = i;
            }
        }
        assertThat(draft).as("the demo cell has a draft meeting").isNotNegative();
        int row = draft;
        interact(() -> list.getSelectionModel().select(row));
        await("the draft is open", 20, () -> "Nháp".equals(label("#meetingState")));

        clickOn("#minutesPreview");
        await("the pages are shown", 20, () -> label("#previewPage").startsWith("Trang 1/"));
        Matcher count = Pattern.compile("Trang 1/(\\d+)").matcher(label("#previewPage"));
        assertThat(count.matches()).isTrue();
        int pages = Integer.parseInt(count.group(1));
        assertThat(pages).isGreaterThanOrEqualTo(2);
        List<Node> images = lookup("#previewPages").<VBox>query().getChildren();
        assertThat(images).hasSize(pages).allMatch(n -> n instanceof ImageView v && v.getImage() != null
                && v.getFitWidth() > 100);
        assertThat(label("#previewZoom")).startsWith("Vừa khung (");

        type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label("#previewPage")).isEqualTo("Trang 2/" + pages);
        type(KeyCode.PAGE_UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label("#previewPage")).isEqualTo("Trang 1/" + pages);

        shortcut(KeyCode.CONTROL, KeyCode.P);
        await("the document went to the printer", 20, () -> printer.pdfs.size() == 1
                && label("#previewStatus").equals("Đã gửi tài liệu tới máy in."));
        assertThat(printer.jobNames.get(0)).startsWith("Biên bản sinh hoạt thường kỳ – ngày ");
        try (PDDocument pdf = Loader.loadPDF(printer.pdfs.get(0))) {
            assertThat(pdf.getNumberOfPages()).as("the printer gets the pages previewed").isEqualTo(pages);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("BIÊN BẢN");
            assertThat(text.replaceAll("\\s+", "")).as("the draft watermark").contains("BẢNNHÁP");
        }

        clickOn("#previewPrint");
        await("a computer without a printer is explained", 20, () -> printer.pdfs.size() == 2
                && label("#previewStatus").startsWith("Máy tính này chưa cài máy in nào."));
        assertThat(printer.pdfs.get(1)).isEqualTo(printer.pdfs.get(0));

        type(KeyCode.ESCAPE);
        await("the preview is closed", 20, () -> lookup("#documentPreview").tryQuery().isEmpty());
        assertThat(label("#meetingState")).isEqualTo("Nháp");
    }
}
