package vn.sochibo.ui.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.domain.meeting.Correction;
import vn.sochibo.domain.meeting.Meeting;
import vn.sochibo.ui.UiFixture;

/** The correction form of the meetings editor, on the demo cell, without a screen. */
class CorrectionsModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T03:00:00Z"),
            ZoneId.of("Asia/Ho_Chi_Minh"));

    @TempDir
    Path folder;
    UiFixture fx;
    CorrectionsModel model;
    Meeting finalized;

    @BeforeEach
    void setUp() {
        fx = new UiFixture(folder);
        fx.services.demo().create();
        model = new CorrectionsModel(fx.services.meetings(), fx.tasks, fx.text, fx.errors, CLOCK);
        finalized = fx.services.meetings().all().stream().filter(Meeting::isFinalized)
                .max(Comparator.comparing(Meeting::date)).orElseThrow();
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void aDraftMeetingOffersNoAddendum() {
        Meeting draft = fx.services.meetings().all().stream().filter(m -> !m.isFinalized()).findFirst().orElseThrow();
        model.show(draft);
        assertThat(model.canCorrect()).isFalse();
        assertThatThrownBy(model::newForm).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRefusedFormSaysWhyAndWritesNothingThenAGoodOneIsRecordedAndSummarised() {
        model.show(finalized);
        assertThat(model.summaryProperty().get()).isEmpty();
        CorrectionsModel.Form form = model.newForm();
        assertThat(form.dateProperty().get()).isEqualTo("26/11/2026");
        List<Correction> saved = new ArrayList<>();

        form.dateProperty().set("31/02/2026");
        form.save(saved::add);
        assertThat(form.errors().of("date").get()).contains("31/02/2026");

        form.dateProperty().set("20/11/2026");
        form.items().get(0).correctedProperty().set("Nhà văn hóa thôn");
        form.save(saved::add);
        assertThat(form.errors().of("reason").get()).isEqualTo("Hãy ghi lý do đính chính.");
        assertThat(form.errors().general().get())
                .isEqualTo("Chỗ đính chính thứ 1: hãy ghi vị trí trong văn bản (ví dụ: Mục IV, biểu quyết thứ nhất).");
        assertThat(saved).isEmpty();
        assertThat(fx.services.meetings().corrections(finalized.id())).isEmpty();

        form.reasonProperty().set("Ghi nhầm địa điểm");
        form.items().get(0).locationProperty().set("Phần địa điểm");
        form.items().get(0).recordedProperty().set("Hội trường thôn");
        CorrectionsModel.ItemRow second = form.addItem();
        second.locationProperty().set("Mục V");
        second.correctedProperty().set("Bổ sung ý kiến của đồng chí Lan");
        CorrectionsModel.ItemRow empty = form.addItem();
        form.removeItem(empty);
        form.documentProperty().set(Correction.CorrectedDocument.RESOLUTION);
        form.save(saved::add);

        assertThat(fx.reported).isEmpty();
        assertThat(saved).singleElement().satisfies(c -> {
            assertThat(c.number()).isEqualTo(1);
            assertThat(c.document()).isEqualTo(Correction.CorrectedDocument.RESOLUTION);
            assertThat(c.items()).extracting(Correction.Item::location).containsExactly("Phần địa điểm", "Mục V");
            assertThat(c.items().get(1).recorded()).isNull();
        });
        assertThat(fx.services.meetings().corrections(finalized.id())).containsExactlyElementsOf(saved);
        assertThat(model.summaryProperty().get()).isEqualTo("Phụ lục đính chính: nghị quyết số 01 (20/11/2026)");
    }

    @Test
    void theFormKeepsAtLeastOnePlace() {
        model.show(finalized);
        CorrectionsModel.Form form = model.newForm();
        form.removeItem(form.items().get(0));
        assertThat(form.items()).hasSize(1);
    }
}
