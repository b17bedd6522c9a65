package vn.sochibo.application.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.app.Services;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.common.Messages;
import vn.sochibo.domain.common.ValidationException;
import vn.sochibo.domain.member.Gender;
import vn.sochibo.domain.member.Member;

class MemberCsvImportTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final String HEADER = "Họ và tên,Giới tính,Ngày sinh,Quê quán,Chức vụ/Đơn vị,Ngày vào Đảng,"
            + "Ngày chính thức,Số thẻ đảng viên,Điện thoại,Ghi chú\n";

    @TempDir
    Path temp;
    AppServices services;

    @BeforeEach
    void open() {
        services = Services.open(temp, CLOCK);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private MemberCsvPreview preview(String csv) {
        return services.memberCsvImport().preview(new StringReader(csv));
    }

    @Test
    void readsExcelCsvWithQuotesBomAndSemicolons() {
        String csv = "\uFEFF" + HEADER.replace(',', ';')
                + "Nguyễn Văn An;Nam;12/03/1980;\"Hải Phong; Quảng Trị\";\"Trưởng thôn, \"\"Tân Hòa\"\"\";19/05/2005;"
                + "19/05/2006;45.100001;0913 000 111;\"Ghi chú\nhai dòng\"\n"
                + "Trần Thị Bình;Nữ;1990-01-01;;;3.2.2015;;;;\n";

        MemberCsvPreview preview = preview(csv);

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.rows()).hasSize(2);
        MemberInput an = preview.rows().get(0).input();
        assertThat(an.hometown()).isEqualTo("Hải Phong; Quảng Trị");
        assertThat(an.position()).isEqualTo("Trưởng thôn, \"Tân Hòa\"");
        assertThat(an.note()).isEqualTo("Ghi chú\nhai dòng");
        assertThat(an.gender()).isEqualTo(Gender.MALE);
        assertThat(preview.rows().get(1).line()).isEqualTo(4);
        assertThat(preview.rows().get(1).input().admissionDate()).isEqualTo(LocalDate.of(2015, 2, 3));

        assertThat(services.memberCsvImport().commit(preview)).isEqualTo(2);
        assertThat(services.members().all()).extracting(Member::fullName)
                .containsExactly("Nguyễn Văn An", "Trần Thị Bình");
    }

    @Test
    void previewWritesNothingAndNamesLineAndColumnOfEachProblem() {
        String csv = HEADER
                + "Nguyễn Văn An,Nam,12/03/1980,,,19/05/2005,19/05/2006,45.1,,\n"
                + "Lê Văn Cường,Nam,31/02/1985,,,01/01/2010,,,,\n"
                + ",Nữ,,,,01/01/2010,,,,\n"
                + "Phạm Văn Dũng,Nam,,,,01/01/2010,01/01/2011,45.1,,\n";

        MemberCsvPreview preview = preview(csv);

        Messages messages = Messages.vietnamese();
        assertThat(preview.problems()).extracting(messages::describe).containsExactly(
                "Dòng 3, Ngày sinh: Ngày “31/02/1985” không hợp lệ: hãy ghi theo dạng ngày/tháng/năm, ví dụ 03/02/2026.",
                "Dòng 4, Họ và tên: Họ và tên là bắt buộc.",
                "Dòng 5, Số thẻ đảng viên: Số thẻ 45.1 đã có ở dòng 2 của tệp.");
        assertThat(preview.canImport()).isFalse();
        assertThatThrownBy(() -> services.memberCsvImport().commit(preview)).isInstanceOf(ValidationException.class);
        assertThat(services.members().all()).isEmpty();
    }

    @Test
    void aMissingAdmissionDateIsReportedWithTheOtherProblemsOfTheRow() {
        MemberCsvPreview preview = preview(HEADER + "Lê Văn 3,,01/01/2030,,,,,,abc,\n");

        assertThat(preview.problems()).extracting(p -> p.problem().messageKey()).containsExactlyInAnyOrder(
                "member.error.admissionRequired", "member.error.nameHasDigits", "member.error.genderRequired",
                "member.error.birthInFuture", "member.error.phoneFormat");
    }

    @Test
    void unknownOrMissingColumnsAreRefused() {
        MemberCsvPreview preview = preview("Họ và tên,Tuổi\nNguyễn Văn An,40\n");

        assertThat(preview.problems()).extracting(p -> p.problem().messageKey())
                .containsExactlyInAnyOrder("csv.error.unknownColumn", "csv.error.missingColumn");
        assertThat(preview.rows()).isEmpty();
    }

    @Test
    void membersAlreadyOnTheRosterOrCardsTakenAreRefused() {
        services.members().add(new MemberInput("Nguyễn Văn An", Gender.MALE, LocalDate.of(1980, 3, 12), null, null,
                LocalDate.of(2005, 5, 19), LocalDate.of(2006, 5, 19), "45.7", null, null));

        MemberCsvPreview preview = preview(HEADER
                + "Nguyen Van An,Nam,12/03/1980,,,19/05/2005,,,,\n"
                + "Lê Thị Hoa,Nữ,,,,01/01/2010,01/01/2011,45.7,,\n");

        assertThat(preview.problems()).extracting(p -> p.problem().messageKey())
                .containsExactly("csv.error.alreadyOnRoster", "member.error.cardTaken");
    }

    @Test
    void emptyOrHeaderOnlyFilesCannotBeImported() {
        assertThat(preview("").canImport()).isFalse();
        assertThat(preview(HEADER).problems()).extracting(p -> p.problem().messageKey())
                .containsExactly("csv.error.noRows");
    }
}
