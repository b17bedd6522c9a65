package vn.sochibo.application.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.sochibo.application.pledge.PledgeFixtures.CLOCK;
import static vn.sochibo.application.pledge.PledgeFixtures.item;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.app.Services;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.common.FileRejectedException;
import vn.sochibo.application.common.LocatedProblem;
import vn.sochibo.application.pledge.FollowUpInput;
import vn.sochibo.application.pledge.PledgeFixtures;
import vn.sochibo.domain.common.Problem;
import vn.sochibo.domain.common.ValidationException;
import vn.sochibo.domain.meeting.Meeting;
import vn.sochibo.domain.pledge.FollowUpStatus;
import vn.sochibo.domain.pledge.Pledge;
import vn.sochibo.domain.pledge.PledgeFollowUp;
import vn.sochibo.domain.pledge.PledgeItem;
import vn.sochibo.domain.pledge.PledgeKind;

/** Pledges and their follow-ups travel in the exchange file, follow-ups pointing at the file's meetings. */
class PledgeExchangeTest {
    @TempDir
    Path temp;

    private static String exportOf(AppServices s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        s.exchange().exportTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static ByteArrayInputStream utf8(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String withoutExportTime(String json) {
        return json.replaceAll("\"exportedAt\" : \"[^\"]*\"", "");
    }

    /** A cell with a registered pledge, a draft one, and follow-ups at a finalized meeting and outside meetings. */
    private String source() {
        try (AppServices s = Services.open(temp.resolve("source"), CLOCK)) {
            PledgeFixtures f = new PledgeFixtures(s);
            PledgeItem a = item(PledgeKind.CHUYEN_MON, "Hoàn thành kế hoạch", LocalDate.of(2026, 8, 31));
            PledgeItem b = new PledgeItem(vn.sochibo.domain.common.Ids.newId(), PledgeKind.NEU_GUONG, "Nêu gương",
                    null, LocalDate.of(2026, 12, 31), true);
            PledgeFixtures.registered(s, f.lan, a, b);
            s.pledges().save(new Pledge(vn.sochibo.domain.common.Ids.newId(), f.binh.id(), 2026, null,
                    List.of(item(PledgeKind.LAM_THEO_BAC, "Đọc sách", LocalDate.of(2026, 5, 19)))));
            Meeting m = PledgeFixtures.meeting(s, LocalDate.of(2026, 9, 3), f.lan);
            s.pledges().addFollowUp(new FollowUpInput(a.id(), m.date(), "Đã xong", FollowUpStatus.HOAN_THANH,
                    "Báo cáo số 12", m.id()));
            PledgeFixtures.finalize(s, m);
            s.pledges().addFollowUp(new FollowUpInput(b.id(), LocalDate.of(2026, 9, 10), "Đang làm",
                    FollowUpStatus.DANG_THUC_HIEN, null, null));
            return exportOf(s);
        }
    }

    @Test
    void pledgesRoundTripAndFollowUpsAtAFinalizedMeetingStayLocked() {
        String exported = source();
        assertThat(exported).contains("\"pledges\" : [", "\"kind\" : \"NEU_GUONG\"", "\"exampleSetting\" : true",
                "\"status\" : \"HOAN_THANH\"", "\"meetingId\" : ");
        try (AppServices target = Services.open(temp.resolve("copy"), CLOCK)) {
            target.exchange().importFrom(utf8(exported));
            assertThat(withoutExportTime(exportOf(target))).isEqualTo(withoutExportTime(exported));
            Meeting m = target.meetings().all().get(0);
            PledgeFollowUp atMeeting = target.pledges().followUpsAtMeeting(m.id()).get(0);
            assertThatThrownBy(() -> target.pledges().removeFollowUp(atMeeting.id()))
                    .isInstanceOf(ValidationException.class);
            assertThat(target.pledges().overview(2026, null).notRegistered()).extracting(r -> r.fullName())
                    .containsExactly("Lê Văn Bình", "Nguyễn Thị Hoa");
            assertThat(target.audit().list(vn.sochibo.application.audit.AuditTrail.Filter.ALL, 0, 1).entries()
                    .get(0).summary()).contains("pledges=2", "pledgeFollowUps=2");
        }
    }

    @Test
    void aFollowUpAtAMeetingNotInTheFileOrABrokenPledgeIsRefusedAndNothingIsWritten() {
        String exported = source();
        String meetingId = exported.replaceAll("(?s).*\"meetingId\" : \"([^\"]+)\".*", "$1");
        String broken = exported.replace("\"meetingId\" : \"" + meetingId + "\"",
                "\"meetingId\" : \"0190a1b2-0000-7000-8000-000000000000\"")
                .replace("\"deadline\" : \"2026-12-31\"", "\"deadline\" : \"2027-01-31\"");
        try (AppServices target = Services.open(temp.resolve("copy"), CLOCK)) {
            assertThatThrownBy(() -> target.exchange().importFrom(utf8(broken)))
                    .isInstanceOf(FileRejectedException.class)
                    .satisfies(e -> assertThat(((FileRejectedException) e).problems())
                            .extracting(LocatedProblem::problem).extracting(Problem::messageKey)
                            .contains("pledge.error.meetingNotFound", "pledge.error.deadlineOutsideYear"));
            assertThat(target.members().all()).isEmpty();
        }
    }
}
