package vn.sochibo.ui.pledges;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.application.pledge.YearOverview;
import vn.sochibo.domain.member.Member;
import vn.sochibo.domain.pledge.FollowUpStatus;
import vn.sochibo.domain.pledge.Pledge;
import vn.sochibo.domain.pledge.PledgeFollowUp;
import vn.sochibo.domain.pledge.PledgeItem;
import vn.sochibo.domain.pledge.PledgeKind;
import vn.sochibo.domain.pledge.YearFigures;
import vn.sochibo.ui.UiFixture;

/** The pledges area's view models on the demo cell (26/11/2026), without a screen. */
class PledgesViewModelTest {
    private static final int YEAR = 2026;

    @TempDir
    Path folder;
    UiFixture fx;
    PledgesViewModel overview;
    PledgeEditorViewModel editor;

    @BeforeEach
    void setUp() {
        fx = new UiFixture(folder);
        fx.services.demo().create();
        overview = new PledgesViewModel(fx.services.pledges(), fx.services.pledgeDocuments(), fx.tasks, fx.text,
                fx.errors);
        editor = new PledgeEditorViewModel(fx.services.pledges(), fx.services.pledgeDocuments(),
                fx.services.members(), fx.services.meetings(), fx.services.cell(), fx.tasks, fx.text);
        editor.setOnChanged(overview::refresh);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private Member member(String name) {
        return fx.services.members().all().stream().filter(m -> m.fullName().equals(name)).findFirst().orElseThrow();
    }

    private PledgesViewModel.Row row(String name) {
        return overview.rows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theOverviewShowsEachMembersFiguresTheCellsTotalAndWhoHasNotRegistered() {
        overview.refresh();
        assertThat(fx.reported).isEmpty();
        YearOverview expected = fx.services.pledges().overview(YEAR, null);

        assertThat(overview.years()).startsWith(2027, 2026, 2025).contains(2021);
        assertThat(overview.rows()).extracting(PledgesViewModel.Row::name)
                .containsExactlyElementsOf(expected.rows().stream().map(YearOverview.Row::fullName).toList());
        assertThat(row("Cao Văn Lợi")).satisfies(r -> {
            assertThat(r.missing()).isTrue();
            assertThat(r.registration()).isEqualTo("Chưa đăng ký");
            assertThat(r.rate()).isEmpty();
        });
        YearOverview.Row registered = expected.rows().stream().filter(YearOverview.Row::isRegistered)
                .filter(r -> r.figures().overdue() > 0).findFirst().orElseThrow();
        YearFigures f = registered.figures();
        assertThat(row(registered.fullName())).satisfies(r -> {
            assertThat(r.missing()).isFalse();
            assertThat(r.registration()).isEqualTo("Đã đăng ký ngày 20/12/2025");
            assertThat(r.items()).isEqualTo(f.items());
            assertThat(r.completed()).isEqualTo(f.completed());
            assertThat(r.overdue()).isEqualTo(f.overdue()).isPositive();
            assertThat(r.rate()).isEqualTo(f.completionRate().percent().getAsInt() + "%");
        });

        assertThat(overview.notRegisteredProperty().get()).startsWith("Chưa đăng ký: 2 (")
                .contains("Cao Văn Lợi").contains("Huỳnh Văn Ân");
        YearFigures cell = expected.cell();
        assertThat(overview.totalProperty().get()).isEqualTo("Cả chi bộ: " + expected.registeredExpectedCount() + "/"
                + expected.expectedCount() + " đảng viên đã đăng ký · " + cell.items() + " nội dung · hoàn thành "
                + cell.completed() + " · quá hạn " + cell.overdue() + " · tỷ lệ hoàn thành "
                + cell.completionRate().percent().getAsInt() + "%");
        assertThat(overview.asOfProperty().get()).isEqualTo("số liệu đến ngày 26/11/2026");

        assertThat(overview.overdue()).hasSize(fx.services.pledges().overdue(YEAR, null).size()).isNotEmpty()
                .allSatisfy(i -> {
                    assertThat(i.overdue()).isTrue();
                    assertThat(i.state()).isEqualTo("Quá hạn");
                });
        assertThat(overview.dueSoon()).hasSize(fx.services.pledges().dueWithin(30, null).size());
    }

    @Test
    void theKindFilterAndTheYearChangeTheFigures() {
        overview.refresh();
        int allItems = overview.rows().stream().mapToInt(PledgesViewModel.Row::items).sum();
        overview.kindProperty().set(PledgeKind.NEU_GUONG);
        int exampleItems = overview.rows().stream().mapToInt(PledgesViewModel.Row::items).sum();
        assertThat(exampleItems).isPositive().isLessThan(allItems)
                .isEqualTo(fx.services.pledges().overview(YEAR, PledgeKind.NEU_GUONG).cell().items());
        overview.kindProperty().set(null);
        overview.yearProperty().set(2025);
        assertThat(overview.notRegisteredProperty().get()).startsWith("Chưa đăng ký: 1 (").contains("Huỳnh Văn Ân");
        assertThat(overview.asOfProperty().get()).isEqualTo("số liệu đến ngày 31/12/2025");
    }

    @Test
    void aMemberWithoutAPledgeStartsFromLastYearsAndRegistersIt() {
        Member loi = member("Cao Văn Lợi");
        Pledge last = fx.services.pledges().find(loi.id(), YEAR - 1).orElseThrow();
        editor.open(loi.id(), YEAR);
        assertThat(editor.stateProperty().get()).isEqualTo("Chưa có bản cam kết");
        assertThat(editor.storedProperty().get()).isFalse();
        assertThat(editor.canCopyProperty().get()).isTrue();
        assertThat(editor.items()).isEmpty();

        editor.copyLastYear();
        assertThat(editor.problemProperty().get()).isEmpty();
        assertThat(editor.messageProperty().get()).startsWith("Đã chép các nội dung của năm trước.");
        assertThat(editor.storedProperty().get()).isTrue();
        assertThat(editor.canCopyProperty().get()).isFalse();
        assertThat(editor.stateProperty().get()).isEqualTo("Bản nháp, chưa đăng ký");
        assertThat(editor.items()).extracting(r -> r.item().content())
                .containsExactlyInAnyOrderElementsOf(last.items().stream().map(PledgeItem::content).toList());
        assertThat(editor.items()).extracting(r -> r.item().deadline().getYear()).containsOnly(YEAR);
        // Grouped by kind: the kind's name on the first item of each kind only.
        assertThat(editor.items().get(0).group()).isEqualTo("Tu dưỡng, rèn luyện");
        assertThat(editor.items()).extracting(r -> r.item().kind()).isSorted();

        editor.registerDateProperty().set("25/11/2026");
        editor.register();
        assertThat(editor.problemProperty().get()).isEmpty();
        assertThat(editor.stateProperty().get()).isEqualTo("Đã đăng ký ngày 25/11/2026");
        assertThat(fx.services.pledges().find(loi.id(), YEAR).orElseThrow().registeredOn())
                .isEqualTo(LocalDate.of(2026, 11, 25));
        // The overview followed.
        assertThat(row("Cao Văn Lợi").registration()).isEqualTo("Đã đăng ký ngày 25/11/2026");
        assertThat(row("Cao Văn Lợi").items()).isEqualTo(last.items().size());
        assertThat(overview.notRegisteredProperty().get()).startsWith("Chưa đăng ký: 1 (");
    }

    @Test
    void anItemRefusedShowsWhyNextToItsFieldAndNothingIsSaved() {
        Member an = member("Huỳnh Văn Ân");
        editor.open(an.id(), YEAR);
        assertThat(editor.canCopyProperty().get()).as("no pledge last year either").isFalse();

        ItemFormViewModel form = editor.newItem(PledgeKind.NEU_GUONG);
        assertThat(form.deadlineProperty().get()).isEqualTo("31/12/2026");
        form.contentProperty().set("   ");
        List<PledgeItem> saved = new java.util.ArrayList<>();
        form.save(saved::add);
        assertThat(form.errors().of("content").get()).isEqualTo("Nội dung cam kết không được để trống.");
        assertThat(saved).isEmpty();
        assertThat(fx.services.pledges().find(an.id(), YEAR)).isEmpty();

        form.contentProperty().set("Gương mẫu đi đầu");
        form.deadlineProperty().set("31/02/2026");
        form.save(saved::add);
        assertThat(form.errors().of("deadline").get()).contains("31/02/2026");
        form.deadlineProperty().set("15/03/2027");
        form.save(saved::add);
        assertThat(form.errors().of("deadline").get()).isEqualTo("Thời hạn hoàn thành phải trong năm 2026.");
        assertThat(form.errors().of("content").get()).isEmpty();
        assertThat(saved).isEmpty();
        assertThat(fx.services.pledges().find(an.id(), YEAR)).isEmpty();

        // A draft cannot be registered without items.
        editor.register();
        assertThat(editor.problemProperty().get()).isEqualTo("Bản cam kết đã đăng ký phải có ít nhất một nội dung.");
        assertThat(fx.services.pledges().find(an.id(), YEAR)).isEmpty();

        form.deadlineProperty().set("15/03/2026");
        form.targetProperty().set("Ít nhất 5 hộ");
        form.save(saved::add);
        assertThat(saved).hasSize(1);
        assertThat(editor.items()).singleElement().satisfies(r -> {
            assertThat(r.content()).isEqualTo("Gương mẫu đi đầu");
            assertThat(r.target()).isEqualTo("Ít nhất 5 hộ");
            assertThat(r.deadline()).isEqualTo("15/03/2026");
            assertThat(r.kind()).isEqualTo("Nêu gương");
        });
        assertThat(fx.services.pledges().find(an.id(), YEAR).orElseThrow().isRegistered()).isFalse();

        // Editing it: the same item changes in place.
        ItemFormViewModel edit = editor.editItem(editor.items().get(0));
        edit.contentProperty().set("Gương mẫu đi đầu trong phong trào");
        edit.save(x -> { });
        assertThat(fx.services.pledges().find(an.id(), YEAR).orElseThrow().items()).singleElement()
                .satisfies(i -> assertThat(i.content()).isEqualTo("Gương mẫu đi đầu trong phong trào"));
    }

    @Test
    void followUpsAreAddedEditedAndRefusedWithoutAStatusAndOverdueIsDerived() {
        Member an = member("Huỳnh Văn Ân");
        editor.open(an.id(), YEAR);
        ItemFormViewModel first = editor.newItem(PledgeKind.TU_DUONG_REN_LUYEN);
        first.contentProperty().set("Học tập nghị quyết");
        first.deadlineProperty().set("30/06/2026");
        first.save(x -> { });
        ItemFormViewModel second = editor.newItem(PledgeKind.CHUYEN_MON);
        second.contentProperty().set("Hoàn thành tốt nhiệm vụ");
        second.save(x -> { });
        editor.registerDateProperty().set("02/01/2026");
        editor.register();
        assertThat(editor.registeredProperty().get()).isTrue();
        assertThat(editor.items()).extracting(PledgeEditorViewModel.ItemRow::state)
                .containsExactly("Quá hạn", "Chưa kiểm tra");
        assertThat(editor.items().get(0).overdue()).isTrue();

        editor.selectedItemProperty().set(editor.items().get(1));
        FollowUpFormViewModel form = editor.newFollowUp(editor.items().get(1));
        assertThat(form.dateProperty().get()).isEqualTo("26/11/2026");
        form.progressProperty().set("Đã làm được phần lớn");
        form.save(x -> { });
        assertThat(form.errors().of("status").get()).startsWith("Hãy chọn tình trạng");
        assertThat(fx.services.pledges().followUps(editor.pledge().id())).isEmpty();

        form.statusProperty().set(FollowUpStatus.DANG_THUC_HIEN);
        form.evidenceProperty().set("Báo cáo tháng 11");
        form.save(x -> { });
        assertThat(form.errors().isEmpty()).isTrue();
        assertThat(editor.followUps()).singleElement().satisfies(f -> {
            assertThat(f.date()).isEqualTo("26/11/2026");
            assertThat(f.status()).isEqualTo("Đang thực hiện");
            assertThat(f.progress()).isEqualTo("Đã làm được phần lớn");
            assertThat(f.evidence()).isEqualTo("Báo cáo tháng 11");
            assertThat(f.meeting()).isEmpty();
            assertThat(f.locked()).isFalse();
        });
        assertThat(editor.items().get(1).state()).isEqualTo("Đang thực hiện");

        FollowUpFormViewModel edit = editor.editFollowUp(editor.selectedItemProperty().get(), editor.followUps().get(0));
        edit.statusProperty().set(FollowUpStatus.HOAN_THANH);
        edit.progressProperty().set("Đã hoàn thành");
        edit.save(x -> { });
        List<PledgeFollowUp> stored = fx.services.pledges().followUps(editor.pledge().id());
        assertThat(stored).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(FollowUpStatus.HOAN_THANH);
            assertThat(f.progress()).isEqualTo("Đã hoàn thành");
        });
        assertThat(editor.items().get(1).state()).isEqualTo("Hoàn thành");

        // An item with a follow-up is not removed; the reason is shown and nothing changes.
        editor.removeItem(editor.items().get(1));
        assertThat(editor.problemProperty().get()).contains("đã có kết quả kiểm tra nên không xóa được");
        assertThat(fx.services.pledges().find(an.id(), YEAR).orElseThrow().items()).hasSize(2);

        editor.removeFollowUp(editor.followUps().get(0));
        assertThat(fx.services.pledges().followUps(editor.pledge().id())).isEmpty();
        assertThat(editor.items().get(1).state()).isEqualTo("Chưa kiểm tra");
    }

    @Test
    void aFollowUpRecordedAtAFinalizedMeetingIsShownLocked() {
        UUID meetingOfCheck = null;
        Pledge pledge = null;
        for (Pledge p : fx.services.pledges().ofYear(YEAR)) {
            for (PledgeFollowUp f : fx.services.pledges().followUps(p.id())) {
                if (f.meetingId() != null && fx.services.meetings().find(f.meetingId()).orElseThrow().isFinalized()) {
                    meetingOfCheck = f.meetingId();
                    pledge = p;
                }
            }
        }
        assertThat(meetingOfCheck).isNotNull();
        Pledge p = pledge;
        UUID at = meetingOfCheck;
        PledgeFollowUp locked = fx.services.pledges().followUps(p.id()).stream()
                .filter(f -> at.equals(f.meetingId())).findFirst().orElseThrow();
        editor.open(p.memberId(), YEAR);
        editor.selectedItemProperty().set(editor.items().stream()
                .filter(r -> r.item().id().equals(locked.itemId())).findFirst().orElseThrow());
        PledgeEditorViewModel.FollowUpRow row = editor.followUps().stream()
                .filter(f -> f.followUp().id().equals(locked.id())).findFirst().orElseThrow();
        assertThat(row.locked()).isTrue();
        assertThat(row.meeting()).startsWith("Họp ngày ").endsWith("(đã chốt)");
        assertThat(editor.editFollowUp(editor.selectedItemProperty().get(), row)).isNull();
        editor.removeFollowUp(row);
        assertThat(fx.services.pledges().followUps(p.id())).contains(locked);
        // A follow-up outside any meeting is still added.
        FollowUpFormViewModel form = editor.newFollowUp(editor.selectedItemProperty().get());
        form.statusProperty().set(FollowUpStatus.DANG_THUC_HIEN);
        form.progressProperty().set("Kiểm tra thêm");
        form.save(x -> { });
        assertThat(form.errors().isEmpty()).isTrue();
        assertThat(fx.services.pledges().followUps(p.id())).anySatisfy(f -> {
            assertThat(f.progress()).isEqualTo("Kiểm tra thêm");
            assertThat(f.meetingId()).isNull();
        });
        assertThat(fx.reported).isEmpty();
    }

    @Test
    void theSummaryAndTheFormPrintAsPdf() throws Exception {
        overview.refresh();
        var summary = overview.summaryForPrint();
        assertThat(summary.fileName()).isEqualTo("tong-hop-cam-ket-2026.pdf");
        assertThat(pdfText(summary.pdf().call())).contains("Cao Văn Lợi");
        PledgesViewModel.Row registered = overview.rows().stream().filter(PledgesViewModel.Row::registered)
                .findFirst().orElseThrow();
        editor.open(registered.memberId(), YEAR);
        var form = editor.formForPrint();
        assertThat(form.title()).isEqualTo("Bản đăng ký cam kết năm 2026 – đồng chí " + registered.name());
        assertThat(pdfText(form.pdf().call())).contains(registered.name()).contains("NGƯỜI ĐĂNG KÝ");
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
    }
}
