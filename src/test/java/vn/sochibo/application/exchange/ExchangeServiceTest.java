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
