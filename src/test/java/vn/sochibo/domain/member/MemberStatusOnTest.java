package vn.sochibo.domain.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.sochibo.domain.common.Ids;

/** What a member is on a given day, from admission, the official date and the dated events. */
class MemberStatusOnTest {
    static final LocalDate ADMITTED = LocalDate.of(2015, 3, 10);
    static final LocalDate OFFICIAL = LocalDate.of(2016, 3, 10);

    static Member member(LocalDate officialDate, StatusEvent... events) {
        return new Member(Ids.newId(), "Nguyễn Văn An", Gender.MALE, LocalDate.of(1990, 1, 1), null, null, ADMITTED,
                officialDate, null, null, null, List.of(events));
    }

    static StatusEvent event(StatusEventType type, LocalDate date) {
        return new StatusEvent(Ids.newId(), type, date, null);
    }

    @Test
    void beforeAdmissionNotYetAMember() {
        Member m = member(OFFICIAL);
        assertThat(m.statusOn(ADMITTED.minusDays(1))).isEqualTo(MemberStatus.NOT_YET_MEMBER);
        assertThat(m.statusOn(ADMITTED)).isEqualTo(MemberStatus.PROBATIONARY);
    }

    @Test
    void probationaryUntilTheOfficialDateThenOfficial() {
        Member m = member(OFFICIAL);
        assertThat(m.statusOn(OFFICIAL.minusDays(1))).isEqualTo(MemberStatus.PROBATIONARY);
        assertThat(m.statusOn(OFFICIAL)).isEqualTo(MemberStatus.OFFICIAL);
        assertThat(m.statusOn(OFFICIAL.plusYears(5))).isEqualTo(MemberStatus.OFFICIAL);
        assertThat(m.isOfficialOn(OFFICIAL.minusDays(1))).isFalse();
        assertThat(m.isOfficialOn(OFFICIAL)).isTrue();
    }

    @Test
    void withoutAnOfficialDateStaysProbationary() {
        Member m = member(null);
        assertThat(m.statusOn(ADMITTED.plusYears(3))).isEqualTo(MemberStatus.PROBATIONARY);
        assertThat(m.isOfficialOn(ADMITTED.plusYears(3))).isFalse();
    }

    @Test
    void exemptFromTheDayTheExemptionStartsUntilItEnds() {
        LocalDate from = LocalDate.of(2020, 1, 15);
        LocalDate to = LocalDate.of(2021, 6, 1);
        Member m = member(OFFICIAL, event(StatusEventType.EXEMPTION_STARTED, from),
                event(StatusEventType.EXEMPTION_ENDED, to));
        assertThat(m.statusOn(from.minusDays(1))).isEqualTo(MemberStatus.OFFICIAL);
        assertThat(m.statusOn(from)).isEqualTo(MemberStatus.EXEMPT);
        assertThat(m.statusOn(to.minusDays(1))).isEqualTo(MemberStatus.EXEMPT);
        assertThat(m.statusOn(to)).isEqualTo(MemberStatus.OFFICIAL);
    }

    @Test
    void anExemptionThatEndsGoesBackToProbationaryWhenNotYetOfficial() {
        Member m = member(null, event(StatusEventType.EXEMPTION_STARTED, ADMITTED.plusMonths(2)),
                event(StatusEventType.EXEMPTION_ENDED, ADMITTED.plusMonths(4)));
        assertThat(m.statusOn(ADMITTED.plusMonths(3))).isEqualTo(MemberStatus.EXEMPT);
        assertThat(m.statusOn(ADMITTED.plusMonths(4))).isEqualTo(MemberStatus.PROBATIONARY);
    }

    @Test
    void temporarilyAttachedElsewhereUntilBack() {
        LocalDate from = LocalDate.of(2019, 9, 1);
        LocalDate back = LocalDate.of(2020, 9, 1);
        Member m = member(OFFICIAL, event(StatusEventType.TEMPORARY_ATTACHMENT_STARTED, from),
                event(StatusEventType.TEMPORARY_ATTACHMENT_ENDED, back));
        assertThat(m.statusOn(from.minusDays(1))).isEqualTo(MemberStatus.OFFICIAL);
        assertThat(m.statusOn(from)).isEqualTo(MemberStatus.TEMPORARILY_ATTACHED_ELSEWHERE);
        assertThat(m.statusOn(back)).isEqualTo(MemberStatus.OFFICIAL);
    }

    @Test
    void transferredOutThenBackIn() {
        LocalDate out = LocalDate.of(2018, 4, 1);
        LocalDate in = LocalDate.of(2022, 4, 1);
        Member m = member(OFFICIAL, event(StatusEventType.TRANSFERRED_OUT, out),
                event(StatusEventType.TRANSFERRED_IN, in));
        assertThat(m.statusOn(out.minusDays(1))).isEqualTo(MemberStatus.OFFICIAL);
        assertThat(m.statusOn(out)).isEqualTo(MemberStatus.TRANSFERRED_OUT);
        assertThat(m.statusOn(in.minusDays(1))).isEqualTo(MemberStatus.TRANSFERRED_OUT);
        assertThat(m.statusOn(in)).isEqualTo(MemberStatus.OFFICIAL);
    }

    @Test
    void admittedElsewhereIsOnThisRosterFromTheTransferIn() {
        LocalDate in = LocalDate.of(2019, 9, 1);
        Member m = member(OFFICIAL, event(StatusEventType.TRANSFERRED_IN, in));
        assertThat(m.joinedThisCell()).isEqualTo(in);
        assertThat(m.statusOn(in.minusDays(1))).isEqualTo(MemberStatus.NOT_YET_MEMBER);
        assertThat(m.statusOn(in)).isEqualTo(MemberStatus.OFFICIAL);
        assertThat(member(OFFICIAL).joinedThisCell()).isEqualTo(ADMITTED);
    }

    @Test
    void deceasedAndStruckOffFromTheirDate() {
        LocalDate died = LocalDate.of(2024, 12, 24);
        Member deceased = member(OFFICIAL, event(StatusEventType.EXEMPTION_STARTED, LocalDate.of(2023, 1, 1)),
                event(StatusEventType.DECEASED, died));
        assertThat(deceased.statusOn(died.minusDays(1))).isEqualTo(MemberStatus.EXEMPT);
        assertThat(deceased.statusOn(died)).isEqualTo(MemberStatus.DECEASED);
        assertThat(deceased.statusOn(died.plusYears(1))).isEqualTo(MemberStatus.DECEASED);

        LocalDate struck = ADMITTED.plusMonths(8);
        Member struckOff = member(null, event(StatusEventType.STRUCK_OFF, struck));
        assertThat(struckOff.statusOn(struck.minusDays(1))).isEqualTo(MemberStatus.PROBATIONARY);
        assertThat(struckOff.statusOn(struck)).isEqualTo(MemberStatus.STRUCK_OFF);
    }

    @Test
    void historyIsKeptInDateOrderWhateverOrderItWasGivenIn() {
        StatusEvent ended = event(StatusEventType.EXEMPTION_ENDED, LocalDate.of(2021, 1, 1));
        StatusEvent started = event(StatusEventType.EXEMPTION_STARTED, LocalDate.of(2020, 1, 1));
        Member m = member(OFFICIAL, ended, started);
        assertThat(m.history()).containsExactly(started, ended);
        assertThat(m.statusOn(LocalDate.of(2020, 6, 1))).isEqualTo(MemberStatus.EXEMPT);
        assertThat(m.statusOn(LocalDate.of(2021, 6, 1))).isEqualTo(MemberStatus.OFFICIAL);
    }

    @Test
    void theHistoryIsACopyThatCannotBeChangedFromOutside() {
        List<StatusEvent> events = new ArrayList<>();
        events.add(event(StatusEventType.EXEMPTION_STARTED, LocalDate.of(2020, 1, 1)));
        Member m = new Member(Ids.newId(), "Lê Thị Ánh", Gender.FEMALE, null, null, null, ADMITTED, OFFICIAL, null,
                null, null, events);
        events.add(event(StatusEventType.EXEMPTION_ENDED, LocalDate.of(2021, 1, 1)));
        assertThat(m.history()).hasSize(1);
        assertThatThrownBy(() -> m.history().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(new Member(Ids.newId(), "Lê Thị Ánh", Gender.FEMALE, null, null, null, ADMITTED, OFFICIAL, null,
                null, null, null).history()).isEmpty();
    }

    @Test
    void probationEndsTwelveMonthsAfterAdmission() {
        assertThat(member(null).probationEnds()).isEqualTo(LocalDate.of(2016, 3, 10));
        Member leap = new Member(Ids.newId(), "Lê Văn Tư", Gender.MALE, null, null, null, LocalDate.of(2020, 2, 29),
                null, null, null, null, List.of());
        assertThat(leap.probationEnds()).isEqualTo(LocalDate.of(2021, 2, 28));
    }

    @Test
    void onlyActiveStatusesAreOnTheRoster() {
        assertThat(MemberStatus.values()).filteredOn(MemberStatus::isOnRoster).containsExactlyInAnyOrder(
                MemberStatus.PROBATIONARY, MemberStatus.OFFICIAL, MemberStatus.EXEMPT,
                MemberStatus.TEMPORARILY_ATTACHED_ELSEWHERE);
        assertThat(StatusEventType.values()).filteredOn(StatusEventType::isFinal)
                .containsExactlyInAnyOrder(StatusEventType.DECEASED, StatusEventType.STRUCK_OFF);
    }
}
