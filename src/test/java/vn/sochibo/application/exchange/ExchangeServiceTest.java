package vn.sochibo.application.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.app.Services;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.common.FileRejectedException;
import vn.sochibo.application.common.LocatedProblem;
import vn.sochibo.application.common.Messages;
import vn.sochibo.domain.common.ValidationException;
import vn.sochibo.domain.member.Member;

class ExchangeServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    @TempDir
    Path temp;

    private String exportOf(AppServices services) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        services.exchange().exportTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static ByteArrayInputStream utf8(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private String demoExport() {
        try (AppServices source = Services.open(temp.resolve("demo"), CLOCK)) {
            source.demo().create();
            return exportOf(source);
        }
    }

    @Test
    void roundTripKeepsEveryRecordAndField() {
        String exported = demoExport();
        try (AppServices target = Services.open(temp.resolve("copy"), CLOCK)) {
            var summary = target.exchange().importFrom(utf8(exported));

            assertThat(summary.members()).isEqualTo(25);
            assertThat(summary.statusEvents()).isPositive();
            assertThat(exportOf(target)).isEqualTo(exported);
            assertThat(target.cell().profile()).isPresent();
            assertThat(target.members().all()).extracting(Member::fullName).contains("Hồ Văn Tám");
        }
    }

    @Test
    void exportListsRecordsByIdSoThatTwoExportsMatch() {
        try (AppServices services = Services.open(temp.resolve("demo"), CLOCK)) {
            services.demo().create();
            assertThat(exportOf(services)).isEqualTo(exportOf(services));
            assertThat(exportOf(services)).contains("\"format\" : \"sochibo-exchange\"", "\"formatVersion\" : 1");
        }
    }

    @Test
    void everyBadRecordIsReportedAndNothingIsWritten() {
        String exported = demoExport();
        String broken = exported
                .replaceFirst("\"gender\" : \"(MALE|FEMALE)\"", "\"gender\" : \"X\"")
                .replaceFirst("\"admissionDate\" : \"[0-9-]+\"", "\"admissionDate\" : \"hôm qua\"")
                .replaceFirst("\"type\" : \"[A-Z_]+\"", "\"type\" : \"NO_SUCH_EVENT\"");
        try (AppServices target = Services.open(temp.resolve("copy"), CLOCK)) {
            assertThatThrownBy(() -> target.exchange().importFrom(utf8(broken)))
                    .isInstanceOfSatisfying(FileRejectedException.class, e -> {
                        assertThat(e.problems()).extracting(p -> p.problem().field())
                                .anyMatch(f -> f.endsWith(".gender"))
                                .anyMatch(f -> f.endsWith(".admissionDate"))
                                .anyMatch(f -> f.contains(".statusHistory[") && f.endsWith(".type"));
                        assertThat(e.problems()).allMatch(p -> p.line() > 1);
                    });
            assertThat(target.members().all()).isEmpty();
            assertThat(target.cell().profile()).isEmpty();
        }
    }

    @Test
    void aRuleBreakingMemberIsRefusedWithItsLine() {
        String json = """
                {
                  "format" : "sochibo-exchange",
                  "formatVersion" : 1,
                  "members" : [ {
                    "id" : "0190b6a0-0000-7000-8000-000000000001",
                    "fullName" : "Nguyễn Văn A",
                    "gender" : "MALE",
                    "admissionDate" : "2020-01-01"
                  }, {
                    "id" : "0190b6a0-0000-7000-8000-000000000002",
                    "fullName" : "Trần Văn B",
                    "gender" : "MALE",
                    "admissionDate" : "2020-01-01",
                    "officialDate" : "2020-06-01"
                  } ]
                }
                """;
        try (AppServices target = Services.open(temp.resolve("copy"), CLOCK)) {
            assertThatThrownBy(() -> target.exchange().importFrom(utf8(json)))
                    .isInstanceOfSatisfying(FileRejectedException.class, e -> {
                        assertThat(e.problems()).hasSize(1);
                        LocatedProblem p = e.problems().get(0);
                        assertThat(p.line()).isEqualTo(9);
                        assertThat(p.problem().field()).isEqualTo("members[1].officialDate");
                        assertThat(Messages.vietnamese().describe(p))
                                .isEqualTo("Dòng 9, trường “members[1].officialDate”: "
                                        + "Ngày chính thức phải sau ngày vào Đảng ít nhất 12 tháng.");
                    });
            assertThat(target.members().all()).isEmpty();
        }
    }

    @Test
    void refusesSyntaxErrorsForeignFilesAndNewerVersions() {
        try (AppServices target = Services.open(temp.resolve("copy"), CLOCK)) {
            assertThatThrownBy(() -> target.exchange().importFrom(utf8("{\n \"format\" : \"sochibo-exchange\",\n ]")))
                    .isInstanceOfSatisfying(FileRejectedException.class,
                            e -> assertThat(e.problems().get(0).line()).isEqualTo(3));
            assertThatThrownBy(() -> target.exchange().importFrom(utf8("{\"name\": \"something else\"}")))
                    .isInstanceOf(FileRejectedException.class);
            assertThatThrownBy(() -> target.exchange().importFrom(
                    utf8("{\"format\": \"sochibo-exchange\", \"formatVersion\": 2, \"members\": []}")))
                    .isInstanceOfSatisfying(FileRejectedException.class, e -> assertThat(
                            Messages.vietnamese().describe(e)).contains("phiên bản 2"));
            assertThat(target.members().all()).isEmpty();
        }
    }

    @Test
    void duplicateIdsAndCardNumbersAreRefused() {
        String json = """
                {"format": "sochibo-exchange", "formatVersion": 1, "members": [
                 {"id": "0190b6a0-0000-7000-8000-000000000001", "fullName": "Nguyễn Văn A", "gender": "MALE",
                  "admissionDate": "2010-01-01", "officialDate": "2011-01-01", "cardNumber": "45.1"},
                 {"id": "0190b6a0-0000-7000-8000-000000000001", "fullName": "Trần Văn B", "gender": "MALE",
                  "admissionDate": "2010-01-01", "officialDate": "2011-01-01", "cardNumber": "45.1"}]}
                """;
        try (AppServices target = Services.open(temp.resolve("copy"), CLOCK)) {
            assertThatThrownBy(() -> target.exchange().importFrom(utf8(json)))
                    .isInstanceOfSatisfying(FileRejectedException.class, e -> assertThat(e.problems())
                            .extracting(p -> p.problem().messageKey())
                            .contains("exchange.error.duplicateId", "exchange.error.duplicateCard"));
        }
    }

    @Test
    void importOnlyFillsAnEmptyFolder() {
        String exported = demoExport();
        try (AppServices target = Services.open(temp.resolve("demo"), CLOCK)) {
            assertThatThrownBy(() -> target.exchange().importFrom(utf8(exported)))
                    .isInstanceOf(ValidationException.class);
            assertThat(target.members().all()).hasSize(25);
        }
    }

    /** A demo cell with one finalized meeting (with a task) and a later draft that follows the task up. */
    private String demoWithMeetingsExport() {
        try (AppServices source = Services.open(temp.resolve("meetings"), CLOCK)) {
            source.demo().create();
            var roster = source.members().all();
            var chair = roster.stream().filter(m -> m.fullName().equals("Lê Văn Thành")).findFirst().orElseThrow();
            var taker = roster.stream().filter(m -> m.fullName().equals("Phạm Thị Lan")).findFirst().orElseThrow();
            java.time.LocalDate october = java.time.LocalDate.of(2026, 10, 3);
            var rollCall = roster.stream()
                    .filter(m -> m.statusOn(october) == vn.sochibo.domain.member.MemberStatus.OFFICIAL
                            || m.statusOn(october) == vn.sochibo.domain.member.MemberStatus.PROBATIONARY)
                    .map(m -> new vn.sochibo.domain.meeting.Meeting.RollCallEntry(m.id(),
                            vn.sochibo.domain.meeting.Attendance.PRESENT, null))
                    .toList();
            var part = new vn.sochibo.domain.meeting.Meeting.AgendaPart(vn.sochibo.domain.common.Ids.newId(),
                    "Thông tin thời sự", "Nội dung\nhai dòng");
            var task = new vn.sochibo.domain.meeting.Meeting.TaskAssignment(vn.sochibo.domain.common.Ids.newId(),
                    "Vận động đóng đảng phí", java.util.List.of(taker.id()), java.time.LocalDate.of(2026, 10, 31));
            var first = new vn.sochibo.domain.meeting.Meeting(vn.sochibo.domain.common.Ids.newId(),
                    vn.sochibo.domain.meeting.MeetingKind.REGULAR, null, october, java.time.LocalTime.of(14, 0),
                    java.time.LocalTime.of(16, 0), "Hội trường", chair.id(), taker.id(),
                    java.util.List.of(new vn.sochibo.domain.meeting.Meeting.Guest(vn.sochibo.domain.common.Ids.newId(),
                            "Trần Văn Khách", "Đảng ủy viên")),
                    rollCall, java.util.List.of(part),
                    java.util.List.of(new vn.sochibo.domain.meeting.Meeting.Contribution(
                            vn.sochibo.domain.common.Ids.newId(), part.id(), taker.id(), null, "Tôi đồng ý.")),
                    java.util.List.of(), java.util.List.of(task), java.util.List.of(), "Kết luận.",
                    java.util.Map.of("time", 5, "conduct", 29), null);
            source.meetings().saveDraft(first);
            source.meetings().finalize(first.id(), vn.sochibo.domain.meeting.SelfScoreSheet.standard());
            var second = new vn.sochibo.domain.meeting.Meeting(vn.sochibo.domain.common.Ids.newId(),
                    vn.sochibo.domain.meeting.MeetingKind.THEMATIC, "Học tập chuyên đề", java.time.LocalDate.of(2026, 11, 3),
                    null, null, null, null, null, java.util.List.of(), java.util.List.of(), java.util.List.of(),
                    java.util.List.of(), java.util.List.of(), java.util.List.of(),
                    java.util.List.of(new vn.sochibo.domain.meeting.Meeting.TaskFollowUp(task.id(),
                            vn.sochibo.domain.meeting.Meeting.TaskResult.DONE, "Đã thu đủ")),
                    null, java.util.Map.of(), null);
            source.meetings().saveDraft(second);
            return exportOf(source);
        }
    }

    @Test
    void meetingsRoundTripWithTheirFinalizationAndStayLocked() {
        String exported = demoWithMeetingsExport();
        try (AppServices target = Services.open(temp.resolve("copy"), CLOCK)) {
            var summary = target.exchange().importFrom(utf8(exported));

            // The demo cell's two years of meetings, plus the two made above.
            // (Pledge items have a "kind" too: count the meeting kinds only.)
            assertThat(summary.meetings()).isEqualTo(exported.split("\"kind\" : \"(REGULAR|THEMATIC|COMBINED|EXTRAORDINARY)\"")
                    .length - 1).isGreaterThan(30);
            assertThat(exportOf(target)).isEqualTo(exported);
            assertThat(target.meetings().verify()).isEmpty();
            var finalized = target.meetings().all().stream().filter(m -> m.isFinalized()).findFirst().orElseThrow();
            assertThatThrownBy(() -> target.meetings().saveDraft(finalized)).isInstanceOf(ValidationException.class);
        }
    }

    @Test
    void aFinalizedMeetingEditedInTheFileIsRefused() {
        String exported = demoWithMeetingsExport();
        String tampered = exported.replace("Tôi đồng ý.", "Tôi không đồng ý.");
        try (AppServices target = Services.open(temp.resolve("copy"), CLOCK)) {
            assertThatThrownBy(() -> target.exchange().importFrom(utf8(tampered)))
                    .isInstanceOfSatisfying(FileRejectedException.class, e -> assertThat(e.problems())
                            .extracting(p -> p.problem().messageKey()).containsExactly("exchange.error.hashMismatch"));
            assertThat(target.members().all()).isEmpty();
        }
    }

    @Test
    void decomposedTextIsStoredNfc() {
        String decomposed = "Nguye\u0302\u0303n Thi\u0323 Hoa";
        String json = "{\"format\": \"sochibo-exchange\", \"formatVersion\": 1, \"members\": [{\"id\": "
                + "\"0190b6a0-0000-7000-8000-000000000001\", \"fullName\": \"" + decomposed + "\", \"gender\": \"FEMALE\","
                + " \"admissionDate\": \"2010-01-01\"}]}";
        try (AppServices target = Services.open(temp.resolve("copy"), CLOCK)) {
            target.exchange().importFrom(utf8(json));
            assertThat(target.members().all().get(0).fullName()).isEqualTo("Nguyễn Thị Hoa");
        }
    }
}
