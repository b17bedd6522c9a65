package vn.sochibo.ui.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.app.Services;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.document.Block;
import vn.sochibo.application.document.Run;
import vn.sochibo.domain.cell.CellProfile;
import vn.sochibo.domain.common.Text;
import vn.sochibo.domain.meeting.Attendance;
import vn.sochibo.domain.meeting.AttendanceCounts;
import vn.sochibo.domain.meeting.Meeting;
import vn.sochibo.domain.meeting.MeetingKind;
import vn.sochibo.ui.UiFixture;
import vn.sochibo.ui.document.PrintableDocument;

/** The meetings area's view models on the demo cell, without a screen. */
class MeetingEditorViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T03:00:00Z"),
            ZoneId.of("Asia/Ho_Chi_Minh"));

    @TempDir
    Path folder;
    UiFixture fx;
    CellProfile cell;
    MeetingsViewModel list;
    MeetingEditorViewModel editor;
    ManualDebouncer debouncer = new ManualDebouncer();

    @BeforeEach
    void setUp() {
        fx = new UiFixture(folder);
        cell = fx.services.demo().create();
        list = new MeetingsViewModel(fx.services.meetings(), fx.services.members(), fx.services.cell(),
                fx.services.settings(), fx.tasks,
                fx.text, fx.errors);
        editor = new MeetingEditorViewModel(fx.services.meetings(), fx.services.members(),
                fx.services.meetingDocuments(), fx.services.settings(), fx.tasks, fx.text, fx.errors, debouncer, CLOCK);
    }

    @AfterEach
    void tearDown() {
        if (fx != null) {
            fx.close();
        }
    }

    private Meeting newRegularMeeting() {
        List<Meeting> created = new ArrayList<>();
        list.create(MeetingKind.REGULAR, UiFixture.TODAY, null, created::add, fx.reported::add);
        assertThat(fx.reported).isEmpty();
        assertThat(created).hasSize(1);
        editor.load(created.get(0).id());
        return created.get(0);
    }

    private Meeting stored(Meeting m) {
        return fx.services.meetings().find(m.id()).orElseThrow();
    }

    private AttendanceCounts counts() {
        return editor.countsProperty().get();
    }

    @Test
    void theListShowsNewestFirstWithStatesAndTheOpenTasksOfTheLastFinalizedMeeting() {
        list.refresh();
        assertThat(list.rows()).isNotEmpty();
        List<String> dates = list.rows().stream().map(MeetingsViewModel.Row::date).toList();
        assertThat(dates.get(0)).isEqualTo("18/11/2026");
        assertThat(dates.get(dates.size() - 1)).endsWith("/2024");
        assertThat(list.rows()).filteredOn(r -> r.date().equals("03/11/2026")).singleElement()
                .satisfies(r -> assertThat(r.state()).isEqualTo("Nháp"))
                .satisfies(r -> assertThat(r.kind()).isEqualTo("Thường kỳ"));
        assertThat(list.rows().get(0).state()).matches("Đã chốt số \\d\\d");
        // October's regular meeting assigned two tasks; November's draft already follows them up.
        assertThat(list.openTasks()).isEmpty();
        // Without November's draft they wait for review, marked overdue once their deadline has passed.
        Meeting november = fx.services.meetings().all().stream().filter(m -> !m.isFinalized()).findFirst().orElseThrow();
        Meeting october = fx.services.meetings().all().stream().filter(m -> m.isFinalized() && !m.tasks().isEmpty())
                .max(java.util.Comparator.comparing(Meeting::date)).orElseThrow();
        fx.services.meetings().saveDraft(new Meeting(november.id(), november.kind(), null, november.date(), null, null,
                null, null, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null,
                java.util.Map.of(), null));
        list.refresh();
        assertThat(list.openTasks()).hasSize(october.tasks().size()).isNotEmpty();
        for (Meeting.TaskAssignment t : october.tasks()) {
            assertThat(list.openTasks()).anySatisfy(o -> assertThat(o.text()).contains(t.description()));
        }
    }

    @Test
    void aNewDraftGetsTheAgendaOfItsKindTheSecretaryAsChairAndACommitteeMemberAsMinuteTaker() {
        Meeting m = newRegularMeeting();

        assertThat(m.isFinalized()).isFalse();
        assertThat(m.agenda()).extracting(Meeting.AgendaPart::title).containsExactly(
                fx.text.text("template.opening"), fx.text.text("template.news"), fx.text.text("template.lastMonth"),
                fx.text.text("template.nextMonth"), fx.text.text("template.discussion"),
                fx.text.text("template.conclusion"));
        assertThat(m.chairId()).isEqualTo(cell.secretaryId());
        assertThat(m.minuteTakerId()).isEqualTo(cell.committeeMemberIds().get(0));
        assertThat(m.place()).isNull();
        assertThat(editor.readOnlyProperty().get()).isFalse();
        assertThat(editor.stateProperty().get()).isEqualTo("Nháp");
        // The previous regular meeting (this month's draft) assigned tasks: they are listed for follow-up.
        assertThat(editor.tasks().followUpRows()).isNotEmpty();

        List<Meeting> thematic = new ArrayList<>();
        list.create(MeetingKind.THEMATIC, UiFixture.TODAY, "Chuyển đổi số", thematic::add, fx.reported::add);
        assertThat(thematic.get(0).agenda()).extracting(Meeting.AgendaPart::title)
                .contains("Chuyên đề: Chuyển đổi số").doesNotContain(fx.text.text("template.news"));
        assertThat(thematic.get(0).topic()).isEqualTo("Chuyển đổi số");
    }

    @Test
    void markingAttendanceUpdatesTheCountsAndIsSavedAtOnce() {
        Meeting m = newRegularMeeting();
        int expected = counts().expected();
        assertThat(counts().present()).isZero();
        assertThat(editor.rollCall().rows()).hasSizeGreaterThanOrEqualTo(expected);

        editor.rollCall().mark(0, Attendance.PRESENT, null);
        editor.rollCall().mark(1, Attendance.ABSENT_WITH_REASON, "Ốm");
        editor.rollCall().mark(2, Attendance.LATE, null);

        assertThat(counts().present()).isEqualTo(2);
        assertThat(counts().absentWithReason()).isEqualTo(1);
        assertThat(counts().absentWithoutReason()).isEqualTo(expected - 3);
        assertThat(editor.rollCall().attendanceText(editor.rollCall().rows().get(1))).isEqualTo("Vắng có lý do: Ốm");
        assertThat(stored(m).rollCall()).hasSize(3);
        assertThat(editor.saveStatusProperty().get()).isEqualTo("Đã lưu lúc 10:00:00");
    }

    @Test
    void allPresentThenOneAbsent() {
        Meeting m = newRegularMeeting();
        editor.rollCall().markAllPresent();
        int expected = counts().expected();
        assertThat(counts().present()).isEqualTo(expected);
        assertThat(counts().attendanceRatePercent()).isEqualTo(100.0);

        editor.rollCall().mark(3, Attendance.ABSENT_WITHOUT_REASON, "ignored");

        assertThat(counts().present()).isEqualTo(expected - 1);
        assertThat(counts().absentWithoutReason()).isEqualTo(1);
        Meeting saved = stored(m);
        assertThat(saved.rollCall()).filteredOn(r -> r.attendance() == Attendance.ABSENT_WITHOUT_REASON)
                .singleElement().satisfies(r -> assertThat(r.reason()).isNull());
    }

    @Test
    void aVoteThatDoesNotAddUpIsRefusedAndNotSaved() {
        Meeting m = newRegularMeeting();
        editor.rollCall().markAllPresent();
        int voters = counts().eligibleVoters();
        VotesModel votes = editor.votes();
        votes.questionProperty().set("Thông qua nghị quyết tháng 11");
        votes.inFavourProperty().set(String.valueOf(voters - 2));
        votes.againstProperty().set("1");

        assertThat(votes.checkProperty().get()).startsWith("Số phiếu không khớp");
        assertThat(votes.add()).isFalse();
        assertThat(votes.errorProperty().get()).contains("có " + voters + " đảng viên có quyền biểu quyết");
        assertThat(stored(m).votes()).isEmpty();
        assertThat(votes.rows()).isEmpty();

        votes.otherProperty().set("1");
        assertThat(votes.checkProperty().get()).contains("đạt tỷ lệ thông qua");
        assertThat(votes.add()).isTrue();
        assertThat(stored(m).votes()).singleElement()
                .satisfies(v -> assertThat(v.tally().total()).isEqualTo(voters));
    }

    @Test
    void typingIsSavedOnceTypingPausesAndSurvivesReopeningTheFolder() {
        Meeting m = newRegularMeeting();
        editor.placeProperty().set("Nhà văn hóa thôn");
        editor.startTimeProperty().set("14:00");
        editor.conclusionProperty().set("Chi bộ thống nhất.");
        assertThat(debouncer.hasPending()).isTrue();
        assertThat(stored(m).place()).isNull();

        editor.flush();
        assertThat(editor.saveStatusProperty().get()).isEqualTo("Đã lưu lúc 10:00:00");

        editor.endTimeProperty().set("1x:30");
        assertThat(editor.errors().of("endTime").get()).contains("1x:30");
        assertThat(editor.endTimeProperty().get()).as("the text typed stays").isEqualTo("1x:30");
        assertThat(editor.saveRefusedProperty().get()).isTrue();
        // An end before the start contradicts the start but is a real time: the draft is saved as typed (nothing
        // typed meanwhile is lost) and the warning says what to put right before finalizing.
        editor.endTimeProperty().set("13:00");
        editor.flush();
        assertThat(editor.saveStatusProperty().get()).isEqualTo("Đã lưu lúc 10:00:00");
        assertThat(editor.warningsProperty().get()).contains("Giờ kết thúc phải sau giờ bắt đầu.");
        editor.conclusionProperty().set("Chi bộ thống nhất cao.");
        editor.flush();
        List<String> refused = new ArrayList<>();
        editor.finalizeMeeting(refused::addAll);
        assertThat(refused).contains("Giờ kết thúc phải sau giờ bắt đầu.");
        editor.endTimeProperty().set("16:00");
        editor.flush();
        assertThat(editor.warningsProperty().get()).doesNotContain("Giờ kết thúc phải sau giờ bắt đầu.");

        fx.close();
        fx = null;
        try (AppServices reopened = Services.open(folder, CLOCK)) {
            Meeting saved = reopened.meetings().find(m.id()).orElseThrow();
            assertThat(saved.place()).isEqualTo("Nhà văn hóa thôn");
            assertThat(saved.startTime()).isEqualTo(java.time.LocalTime.of(14, 0));
            assertThat(saved.endTime()).isEqualTo(java.time.LocalTime.of(16, 0));
            assertThat(saved.conclusion()).isEqualTo("Chi bộ thống nhất cao.");
        }
    }

    @Test
    void contributionsTasksFollowUpsAndScoresAreRecorded() {
        Meeting m = newRegularMeeting();
        editor.rollCall().markAllPresent();
        String someone = editor.rollCall().rows().get(0).member().fullName();
        String folded = vn.sochibo.domain.common.Text.fold(someone);
        editor.contributions().speakerQueryProperty().set(folded);
        assertThat(editor.contributions().speakerProperty().get().name()).isEqualTo(someone);
        editor.contributions().textProperty().set("Nhất trí với báo cáo.");
        assertThat(editor.contributions().add()).isTrue();
        assertThat(editor.contributions().speakerQueryProperty().get()).isEmpty();

        editor.tasks().descriptionProperty().set("Vận động các hộ làm đường");
        editor.tasks().assigneesProperty().set(folded);
        editor.tasks().deadlineProperty().set("31/12/2026");
        assertThat(editor.tasks().add()).as(editor.tasks().errorProperty().get()).isTrue();
        editor.tasks().setResult(0, Meeting.TaskResult.DONE);

        editor.score().pointsProperty("time").set("5");
        editor.score().pointsProperty("conduct").set("31");
        assertThat(editor.score().errorProperty("conduct").get()).isEqualTo("Điểm phải từ 0 đến 30.");
        editor.score().pointsProperty("conduct").set("28");
        assertThat(editor.score().totalProperty().get()).isEqualTo("Tổng điểm: 33/100 – xếp loại Kém");
        editor.flush();

        Meeting saved = stored(m);
        assertThat(saved.contributions()).singleElement().satisfies(c -> assertThat(c.text()).isEqualTo("Nhất trí với báo cáo."));
        assertThat(saved.tasks()).singleElement().satisfies(t -> assertThat(t.deadline()).hasMonthValue(12));
        assertThat(saved.followUps()).hasSize(1);
        assertThat(saved.selfScores()).containsEntry("time", 5).containsEntry("conduct", 28);
    }

    @Test
    void finalizingIsRefusedWithWhatIsMissingThenAcceptedOnceComplete() {
        Meeting m = newRegularMeeting();
        List<String> refused = new ArrayList<>();
        editor.finalizeMeeting(refused::addAll);

        assertThat(refused).contains("Hãy ghi giờ bắt đầu và giờ kết thúc.", "Hãy ghi địa điểm họp.")
                .anyMatch(p -> p.contains("chưa điểm danh"));
        assertThat(stored(m).isFinalized()).isFalse();
        assertThat(editor.readOnlyProperty().get()).isFalse();

        editor.rollCall().markAllPresent();
        editor.startTimeProperty().set("14:00");
        editor.endTimeProperty().set("16:00");
        editor.placeProperty().set("Nhà văn hóa thôn");
        refused.clear();
        editor.finalizeMeeting(refused::addAll);

        assertThat(refused).isEmpty();
        assertThat(fx.reported).isEmpty();
        assertThat(stored(m).isFinalized()).isTrue();
        assertThat(editor.readOnlyProperty().get()).isTrue();
        assertThat(editor.stateProperty().get()).matches("Đã chốt số \\d\\d");
    }

    @Test
    void warningsAndVoteThresholdsFollowTheSettings() {
        fx.services.settings().setVoteThreshold(vn.sochibo.domain.meeting.VoteSubject.RESOLUTION,
                new vn.sochibo.domain.meeting.VoteThreshold(9, 10, false,
                        vn.sochibo.domain.meeting.VoteThreshold.Reference.BASE));
        newRegularMeeting();
        assertThat(editor.titleProperty().get()).isEqualTo("Sinh hoạt thường kỳ – ngày 26/11/2026");
        editor.rollCall().markAllPresent();
        editor.startTimeProperty().set("14:00");
        editor.endTimeProperty().set("14:45");
        editor.flush();
        assertThat(editor.warningsProperty().get()).contains("kéo dài 45 phút, ít hơn mức tối thiểu 90 phút");

        int voters = counts().eligibleVoters();
        editor.votes().inFavourProperty().set(String.valueOf(voters - 3));
        editor.votes().againstProperty().set("3");
        assertThat(editor.votes().checkProperty().get()).endsWith("không đạt tỷ lệ thông qua.");
    }

    @Test
    void aDraftsMinutesAndResolutionAreOfferedForPrintAsPdfs() throws Exception {
        newRegularMeeting();
        editor.placeProperty().set("Nhà văn hóa thôn");
        PrintableDocument minutes = editor.minutesForPrint();
        assertThat(debouncer.hasPending()).as("what was typed is saved before printing").isFalse();
        PrintableDocument resolution = editor.resolutionForPrint();

        assertThat(minutes.fileName()).isEqualTo("bien-ban-2026-11-26.pdf");
        assertThat(resolution.fileName()).isEqualTo("nghi-quyet-2026-11-26.pdf");
        assertThat(minutes.title()).isEqualTo("Biên bản sinh hoạt thường kỳ – ngày 26/11/2026");
        assertThat(resolution.title()).isEqualTo("Nghị quyết sinh hoạt thường kỳ – ngày 26/11/2026");
        try (PDDocument pdf = Loader.loadPDF(minutes.pdf().call())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("BIÊN BẢN").contains("Nhà văn hóa thôn");
            // The diagonal watermark comes out of the text extraction broken over lines.
            assertThat(text.replaceAll("\\s+", "")).contains("BẢNNHÁP");
        }
        try (PDDocument pdf = Loader.loadPDF(resolution.pdf().call())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("NGHỊ QUYẾT");
        }
        assertThat(fx.reported).isEmpty();
    }

    @Test
    void aFinalizedMeetingIsReadOnly() {
        Meeting finalized = fx.services.meetings().all().stream().filter(Meeting::isFinalized).findFirst().orElseThrow();
        editor.load(finalized.id());
        assertThat(editor.readOnlyProperty().get()).isTrue();
        assertThat(editor.stateProperty().get()).startsWith("Đã chốt số ");

        editor.placeProperty().set("Chỗ khác");
        editor.rollCall().mark(0, Attendance.ABSENT_WITHOUT_REASON, null);
        editor.votes().questionProperty().set("Câu hỏi");
        assertThat(editor.votes().add()).isFalse();
        editor.flush();

        assertThat(debouncer.hasPending()).isFalse();
        assertThat(fx.reported).isEmpty();
        assertThat(stored(finalized)).isEqualTo(finalized);
        assertThat(editor.saveStatusProperty().get()).isEmpty();
    }
    @Test
    void guestsAreAddedEditedAndSpeakButOneWhoHasSpokenIsNotRemoved() {
        Meeting m = newRegularMeeting();
        editor.rollCall().markAllPresent();
        GuestsModel guests = editor.guests();
        guests.nameProperty().set("  ");
        assertThat(guests.save()).isFalse();
        assertThat(guests.errorProperty().get()).isEqualTo("Hãy nhập họ tên khách mời.");

        guests.nameProperty().set("Hoàng Thị  Thu");
        guests.positionProperty().set("Đảng ủy viên");
        assertThat(guests.save()).isTrue();
        guests.nameProperty().set("Võ Văn Khách");
        assertThat(guests.save()).isTrue();
        assertThat(stored(m).guests()).extracting(Meeting.Guest::name, Meeting.Guest::position)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Hoàng Thị Thu", "Đảng ủy viên"),
                        org.assertj.core.groups.Tuple.tuple("Võ Văn Khách", null));

        // The guest speaks: found without diacritics, among the members present.
        ContributionsModel said = editor.contributions();
        said.speakerQueryProperty().set("hoang thi thu");
        assertThat(said.speakerProperty().get().isGuest()).isTrue();
        assertThat(said.describe(said.speakerProperty().get())).isEqualTo("Hoàng Thị Thu (khách mời)");
        said.textProperty().set("Đề nghị chi bộ quan tâm phát triển đảng viên.");
        assertThat(said.add()).isTrue();
        assertThat(said.rows()).singleElement()
                .satisfies(r -> assertThat(r.speaker()).isEqualTo("Hoàng Thị Thu (khách mời)"));

        // Corrected: the new position is kept, the contribution stays the guest's.
        Meeting.Guest thu = guests.guests().get(0);
        guests.edit(thu);
        assertThat(guests.nameProperty().get()).isEqualTo("Hoàng Thị Thu");
        guests.positionProperty().set("Đảng ủy viên, phụ trách địa bàn thôn");
        assertThat(guests.save()).isTrue();
        assertThat(guests.editingProperty().get()).isNull();

        assertThat(guests.remove(guests.guests().get(0))).isFalse();
        assertThat(guests.errorProperty().get()).contains("Hoàng Thị Thu", "1 ý kiến");
        assertThat(guests.remove(guests.guests().get(1))).isTrue();

        Meeting saved = stored(m);
        assertThat(saved.guests()).singleElement().satisfies(g -> {
            assertThat(g.id()).isEqualTo(thu.id());
            assertThat(g.position()).isEqualTo("Đảng ủy viên, phụ trách địa bàn thôn");
        });
        assertThat(saved.contributions()).singleElement()
                .satisfies(c -> assertThat(c.speakerGuestId()).isEqualTo(thu.id()));
        String minutes = minutesText(m);
        assertThat(minutes).contains("Khách mời: đồng chí Hoàng Thị Thu, Đảng ủy viên, phụ trách địa bàn thôn.",
                "Đồng chí Hoàng Thị Thu (khách mời, Đảng ủy viên, phụ trách địa bàn thôn): Đề nghị chi bộ quan tâm");
    }

    @Test
    void agendaPartsAreRenamedMovedAndRemovedWithTheirContributionsAndPrintInTheirOrder() {
        Meeting m = newRegularMeeting();
        editor.rollCall().markAllPresent();
        List<String> titles = m.agenda().stream().map(Meeting.AgendaPart::title).toList();
        editor.addPart("  Chuyên đề  học tập ");
        assertThat(editor.agenda()).last().satisfies(p -> assertThat(p.title()).isEqualTo("Chuyên đề học tập"));
        int last = editor.agenda().size() - 1;

        assertThat(editor.renamePart(last, " ")).isFalse();
        assertThat(editor.renamePart(last, "Học tập chuyên đề")).isTrue();
        assertThat(editor.movePart(last, -1)).isEqualTo(last - 1);
        assertThat(editor.movePart(0, -1)).as("the first part stays first").isZero();
        editor.setPartText(last - 1, "Đồng chí Bí thư quán triệt chuyên đề.");

        // A contribution in the part about to move up, then the part moved above the news.
        Meeting.AgendaPart discussion = editor.agenda().get(4);
        editor.contributions().partProperty().set(discussion);
        editor.contributions().speakerQueryProperty().set(Text.fold(editor.rollCall().rows().get(0).member().fullName()));
        editor.contributions().textProperty().set("Nhất trí.");
        assertThat(editor.contributions().add()).isTrue();
        editor.movePart(4, -3);
        assertThat(editor.agenda().get(1).id()).isEqualTo(discussion.id());
        editor.renamePart(1, "Thảo luận");
        assertThat(editor.contributions().rows()).singleElement()
                .satisfies(r -> assertThat(r.part()).isEqualTo("Thảo luận"));
        assertThat(editor.contributions().partProperty().get().title()).isEqualTo("Thảo luận");

        Meeting saved = stored(m);
        assertThat(saved.agenda()).extracting(Meeting.AgendaPart::title).containsExactly(titles.get(0), "Thảo luận",
                titles.get(1), titles.get(2), titles.get(3), "Học tập chuyên đề", titles.get(5));
        assertThat(saved.agenda().get(5).text()).isEqualTo("Đồng chí Bí thư quán triệt chuyên đề.");
        String minutes = minutesText(m);
        assertThat(minutes.indexOf("2. Thảo luận")).isPositive()
                .isLessThan(minutes.indexOf(": Nhất trí."))
                .isLessThan(minutes.indexOf("3. " + titles.get(1)));
        assertThat(minutes.indexOf(": Nhất trí.")).isLessThan(minutes.indexOf("3. " + titles.get(1)));

        MeetingEditorViewModel.PartRemoval removal = editor.partRemoval(1);
        assertThat(removal.contributions()).isEqualTo(1);
        assertThat(removal.hasText()).isFalse();
        assertThat(editor.partRemoval(5).hasText()).isTrue();
        assertThat(editor.partRemoval(2).isEmpty()).isTrue();
        editor.removePart(1);
        assertThat(editor.contributions().rows()).isEmpty();
        assertThat(editor.contributions().partProperty().get()).isIn(editor.agenda());
        saved = stored(m);
        assertThat(saved.agenda()).hasSize(titles.size()).extracting(Meeting.AgendaPart::id)
                .doesNotContain(discussion.id());
        assertThat(saved.contributions()).isEmpty();
    }

    @Test
    void whatIsTypedIsSavedWhenAnotherMeetingIsOpenedOrTheAreaIsLeftWithoutWaitingForThePause() {
        Meeting m = newRegularMeeting();
        editor.placeProperty().set("Hội trường thôn");
        editor.setPartText(1, "Tình hình thời sự trong nước.");
        assertThat(debouncer.hasPending()).isTrue();
        Meeting other = fx.services.meetings().all().stream().filter(x -> !x.isFinalized() && !x.id().equals(m.id()))
                .findFirst().orElseThrow();

        editor.load(other.id());

        assertThat(debouncer.hasPending()).isFalse();
        assertThat(editor.meetingProperty().get().id()).isEqualTo(other.id());
        Meeting saved = stored(m);
        assertThat(saved.place()).isEqualTo("Hội trường thôn");
        assertThat(saved.agenda().get(1).text()).isEqualTo("Tình hình thời sự trong nước.");

        // Typing in the other meeting, then the area is left (MeetingsView.leaving) and the store closed.
        editor.conclusionProperty().set("Chi bộ thống nhất cao.");
        editor.flush();
        fx.close();
        fx = null;
        try (AppServices reopened = Services.open(folder, CLOCK)) {
            assertThat(reopened.meetings().find(other.id()).orElseThrow().conclusion())
                    .isEqualTo("Chi bộ thống nhất cao.");
        }
    }

    /** The minutes of the meeting as stored, one line a block (paragraphs, headings, list items). */
    private String minutesText(Meeting m) {
        return fx.services.meetingDocuments().minutes(m.id()).body().stream().map(b -> {
            if (b instanceof Block.Paragraph p) {
                return p.plainText();
            }
            if (b instanceof Block.ListItem item) {
                return item.marker() + " " + item.runs().stream().map(Run::text).collect(Collectors.joining());
            }
            return b instanceof Block.Heading h ? h.text() : "";
        }).collect(Collectors.joining("\n"));
    }

    @Test
    void theDuesLineIsRecordedAndTextTypedDecomposedIsStoredComposed() {
        Meeting m = newRegularMeeting();
        editor.duesStatusProperty().set("Đã thu đủ đảng phí tháng 10/2026");
        editor.conclusionProperty().set("  Chi bo\u0302\u0323 tho\u0302\u0301ng nhất.  ");
        editor.flush();
        Meeting saved = stored(m);
        assertThat(saved.duesStatus()).isEqualTo("Đã thu đủ đảng phí tháng 10/2026");
        assertThat(saved.conclusion()).isEqualTo("Chi bộ thống nhất.");
        assertThat(java.text.Normalizer.isNormalized(saved.conclusion(), java.text.Normalizer.Form.NFC)).isTrue();
    }
}
