package vn.sochibo.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.sochibo.cli.CliRun.CLOCK;
import static vn.sochibo.cli.CliRun.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.app.Services;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.domain.common.Ids;
import vn.sochibo.domain.meeting.Attendance;
import vn.sochibo.domain.meeting.Meeting;
import vn.sochibo.domain.meeting.MeetingKind;
import vn.sochibo.domain.meeting.SelfScoreSheet;
import vn.sochibo.domain.meeting.VoteSubject;
import vn.sochibo.domain.meeting.VoteTally;
import vn.sochibo.domain.member.Member;
import vn.sochibo.domain.member.MemberStatus;

/** meetings list, minutes pdf and resolution pdf end to end on a demo data folder. */
class MeetingDocumentsCliTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    @TempDir
    Path temp;

    /** Records and finalizes a meeting in the demo cell; returns its id and its minutes number. */
    private static Meeting recordMeeting(AppServices s) {
        List<Member> roster = s.members().all();
        Member chair = roster.stream().filter(m -> m.fullName().equals("Lê Văn Thành")).findFirst().orElseThrow();
        Member taker = roster.stream().filter(m -> m.fullName().equals("Phạm Thị Lan")).findFirst().orElseThrow();
        List<Meeting.RollCallEntry> rollCall = new ArrayList<>();
        for (Member m : roster) {
            MemberStatus status = m.statusOn(DAY);
            if (status == MemberStatus.OFFICIAL || status == MemberStatus.PROBATIONARY) {
                rollCall.add(new Meeting.RollCallEntry(m.id(), Attendance.PRESENT, null));
            }
        }
        Meeting.AgendaPart part = new Meeting.AgendaPart(Ids.newId(), "Thảo luận", null);
        Meeting draft = new Meeting(Ids.newId(), MeetingKind.EXTRAORDINARY, null, DAY, LocalTime.of(14, 0),
                LocalTime.of(16, 10), "Hội trường thôn", chair.id(), taker.id(), List.of(), rollCall, List.of(part),
                List.of(new Meeting.Contribution(Ids.newId(), part.id(), chair.id(), null,
                        "Đề nghị chi bộ thống nhất chủ trương làm đường liên xóm.")),
                List.of(), List.of(), List.of(), "Chi bộ thống nhất.", Map.of("time", 5), null);
        int voters = s.meetings().counts(draft).eligibleVoters();
        Meeting complete = new Meeting(draft.id(), draft.kind(), null, DAY, draft.startTime(), draft.endTime(),
                draft.place(), draft.chairId(), draft.minuteTakerId(), List.of(), rollCall, draft.agenda(),
                draft.contributions(),
                List.of(new Meeting.Vote(Ids.newId(), "Thông qua chủ trương", VoteSubject.RESOLUTION, false,
                        new VoteTally(voters, 0, 0))),
                List.of(), List.of(), draft.conclusion(), draft.selfScores(), null);
        s.meetings().saveDraft(complete);
        return s.meetings().finalize(complete.id(), SelfScoreSheet.standard());
    }

    private static String pdfText(Path file) throws IOException {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void printsTheMinutesAndResolutionOfAFinalizedMeeting() throws IOException {
        Path data = temp.resolve("data");
        Meeting meeting;
        try (AppServices s = Services.open(data, CLOCK)) {
            s.demo().create();
            meeting = recordMeeting(s);
        }
        String number = String.format("%02d", meeting.finalization().minutesNumber());

        CliRun.Result listed = run("meetings", "list", "--data", data.toString());
        assertThat(listed.code()).as(listed.err()).isZero();
        assertThat(listed.out().lines()).contains(String.join("\t", "24/11/2026", "bất thường",
                "đã chốt, số " + number, meeting.id().toString()));

        Path minutes = temp.resolve("out/bien-ban.pdf");
        CliRun.Result printed = run("minutes", "pdf", "--meeting", meeting.id().toString(), "--out", minutes.toString(),
                "--data", data.toString());
        assertThat(printed.code()).as(printed.err()).isZero();
        assertThat(printed.out()).contains("Đã ghi biên bản ra");
        String text = pdfText(minutes);
        assertThat(text).contains("BIÊN BẢN", "Số " + number + "-BB/CB", "CHI BỘ THÔN TÂN HÒA",
                "sinh hoạt chi bộ bất thường", "Vào lúc 14 giờ 00 phút, ngày 24 tháng 11 năm 2026.",
                "Đồng chí Lê Văn Thành: Đề nghị chi bộ thống nhất chủ trương làm đường liên xóm.",
                "đồng chí tán thành, đạt 100%; không có đồng chí không tán thành; không có ý kiến khác.",
                "NGƯỜI GHI BIÊN BẢN", "CHỦ TRÌ", "Phạm Thị Lan", "Lê Văn Thành", "Mã xác thực: ");
        assertThat(text.replace(" ", "")).doesNotContain("BẢNNHÁP");
        try (var files = Files.list(minutes.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("bien-ban.pdf");
        }

        Path resolution = temp.resolve("out/nghi-quyet.pdf");
        CliRun.Result resolved = run("resolution", "pdf", "--meeting", meeting.id().toString(), "--out", resolution.toString(),
                "--data", data.toString());
        assertThat(resolved.code()).as(resolved.err()).isZero();
        assertThat(pdfText(resolution)).contains("NGHỊ QUYẾT", "-NQ/CB", "Quảng Trị, ngày 24 tháng 11 năm 2026",
                "T/M CHI BỘ", "BÍ THƯ", "Nơi nhận:", "Đảng ủy xã Hải Phong,", "Lưu chi bộ.");
    }

    @Test
    void anUnknownMeetingIsRefusedInWords() {
        Path data = temp.resolve("data");
        assertThat(run("demo", "--data", data.toString()).code()).isZero();
        UUID unknown = UUID.randomUUID();
        Path out = temp.resolve("x.pdf");
        CliRun.Result result = run("minutes", "pdf", "--meeting", unknown.toString(), "--out", out.toString(),
                "--data", data.toString());
        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("Không tìm thấy cuộc họp có mã " + unknown);
        assertThat(out).doesNotExist();
        CliRun.Result bad = run("resolution", "pdf", "--meeting", "not-an-id", "--out", out.toString(),
                "--data", data.toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(run("minutes").err()).contains("Hãy chọn một lệnh con: pdf, correct.");
    }

    @Test
    void aCorrectionIsRecordedFromTheCommandLineAndPrintsAfterTheMinutes() throws IOException {
        Path data = temp.resolve("data");
        Meeting meeting;
        try (AppServices s = Services.open(data, CLOCK)) {
            s.demo().create();
            meeting = recordMeeting(s);
        }
        String id = meeting.id().toString();
        CliRun.Result badItem = run("minutes", "correct", "--meeting", id, "--reason", "Ghi nhầm", "--item", "Mục I|sai",
                "--data", data.toString());
        assertThat(badItem.code()).isEqualTo(1);
        assertThat(badItem.err()).contains("cần đúng ba phần ngăn bởi dấu |");
        CliRun.Result future = run("minutes", "correct", "--meeting", id, "--reason", "Ghi nhầm", "--date", "30/11/2026",
                "--item", "Mục I|sai|đúng", "--data", data.toString());
        assertThat(future.code()).isEqualTo(1);
        assertThat(future.err()).contains("Ngày lập phụ lục không thể sau hôm nay.");

        CliRun.Result done = run("minutes", "correct", "--meeting", id, "--date", "25/11/2026", "--reason",
                "Ghi nhầm địa điểm họp", "--item", "Phần địa điểm|Hội trường thôn|Nhà văn hóa thôn Tân Hòa",
                "--data", data.toString());
        assertThat(done.code()).as(done.err()).isZero();
        assertThat(done.out()).contains("Đã lập phụ lục đính chính số 1 cho biên bản");

        Path minutes = temp.resolve("out/bien-ban.pdf");
        assertThat(run("minutes", "pdf", "--meeting", id, "--out", minutes.toString(), "--data", data.toString())
                .code()).isZero();
        String number = String.format("%02d", meeting.finalization().minutesNumber());
        assertThat(pdfText(minutes)).contains("PHỤ LỤC ĐÍNH CHÍNH SỐ 01", "kèm theo biên bản số " + number + "-BB/CB",
                "Lý do đính chính: Ghi nhầm địa điểm họp.", "Nhà văn hóa thôn Tân Hòa");
        assertThat(run("verify", "--data", data.toString()).code()).isZero();
    }
}
