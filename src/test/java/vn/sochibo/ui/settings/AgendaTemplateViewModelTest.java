package vn.sochibo.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.domain.meeting.Meeting;
import vn.sochibo.domain.meeting.MeetingKind;
import vn.sochibo.ui.UiFixture;
import vn.sochibo.ui.meetings.AgendaTemplates;
import vn.sochibo.ui.meetings.MeetingsViewModel;

/** The agenda templates per kind in Cài đặt → Sinh hoạt, and a new meeting starting with the template. */
class AgendaTemplateViewModelTest {
    @TempDir
    Path folder;
    UiFixture fx;
    AgendaTemplateViewModel vm;

    @BeforeEach
    void setUp() {
        fx = new UiFixture(folder);
        fx.setUpCell();
        vm = new AgendaTemplateViewModel(fx.services.settings(), fx.tasks, fx.text, fx.errors);
        vm.load();
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private List<String> newMeetingParts(MeetingKind kind, String topic) {
        MeetingsViewModel list = new MeetingsViewModel(fx.services.meetings(), fx.services.members(),
                fx.services.cell(), fx.services.settings(), fx.tasks, fx.text, fx.errors);
        List<Meeting> created = new ArrayList<>();
        list.create(kind, UiFixture.TODAY, topic, created::add, fx.reported::add);
        assertThat(fx.reported).isEmpty();
        return created.get(0).agenda().stream().map(Meeting.AgendaPart::title).toList();
    }

    @Test
    void eachKindShowsItsBuiltInAgendaUntilTheSecretarySetsOne() {
        assertThat(vm.statusProperty().get()).isEqualTo("Đang dùng chương trình mẫu có sẵn.");
        assertThat(vm.linesProperty().get().lines().toList())
                .isEqualTo(AgendaTemplates.builtIn(fx.text, MeetingKind.REGULAR))
                .contains("Thông tin thời sự, chủ trương mới của cấp trên");
        vm.kindProperty().set(MeetingKind.THEMATIC);
        assertThat(vm.linesProperty().get()).contains("Chuyên đề: [chuyên đề]").doesNotContain("Thông tin thời sự");
    }

    @Test
    void anOwnTemplateIsSavedAndNewMeetingsStartWithItTopicFilledIn() {
        vm.kindProperty().set(MeetingKind.THEMATIC);
        vm.linesProperty().set("Khai mạc, điểm danh\n\n  Báo cáo chuyên đề: [chuyên đề]  \nThảo luận\nKết luận");
        vm.save();
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.statusProperty().get()).isEqualTo("Đã lưu chương trình mẫu cho Sinh hoạt chuyên đề.");
        assertThat(fx.services.settings().agendaTemplate(MeetingKind.THEMATIC)).contains(List.of("Khai mạc, điểm danh",
                "Báo cáo chuyên đề: [chuyên đề]", "Thảo luận", "Kết luận"));

        assertThat(newMeetingParts(MeetingKind.THEMATIC, "Học tập Nghị quyết")).containsExactly("Khai mạc, điểm danh",
                "Báo cáo chuyên đề: Học tập Nghị quyết", "Thảo luận", "Kết luận");
        assertThat(newMeetingParts(MeetingKind.REGULAR, null)).as("other kinds keep the built-in agenda")
                .isEqualTo(AgendaTemplates.builtIn(fx.text, MeetingKind.REGULAR));
    }

    @Test
    void anEmptyTemplateIsRefusedAndTheBuiltInOneCanBeRestored() {
        vm.linesProperty().set("Chỉ một phần");
        vm.save();
        vm.linesProperty().set(" \n \n");
        vm.save();
        assertThat(vm.errorProperty().get()).isEqualTo("Chương trình mẫu phải có ít nhất một phần.");
        assertThat(fx.services.settings().agendaTemplate(MeetingKind.REGULAR)).contains(List.of("Chỉ một phần"));

        vm.restoreBuiltIn();
        vm.save();
        assertThat(fx.services.settings().agendaTemplate(MeetingKind.REGULAR))
                .as("saving the built-in agenda keeps no template of one's own").isEmpty();
        vm.load();
        assertThat(vm.statusProperty().get()).isEqualTo("Đang dùng chương trình mẫu có sẵn.");
    }
}
