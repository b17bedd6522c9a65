package vn.sochibo.domain.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ListAssert;
import org.junit.jupiter.api.Test;
import vn.sochibo.domain.common.Ids;
import vn.sochibo.domain.common.Problem;

class MemberRulesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 2, 3);

    /** A valid member to start from; each test changes one thing. */
    static final class Draft {
        String fullName = "Nguyễn Thị Hoà";
        Gender gender = Gender.FEMALE;
        LocalDate birthDate = LocalDate.of(1985, 6, 15);
        LocalDate admissionDate = LocalDate.of(2010, 5, 19);
        LocalDate officialDate = LocalDate.of(2011, 5, 19);
        String cardNumber = "79.012345";
        String phone = "0912 345 678";
        List<StatusEvent> history = new ArrayList<>();

        Member build() {
            return new Member(Ids.newId(), fullName, gender, birthDate, "Hải Lăng, Quảng Trị", "Giáo viên",
                    admissionDate, officialDate, cardNumber, phone, null, history);
        }

        Draft event(StatusEventType type, LocalDate date) {
            history.add(new StatusEvent(Ids.newId(), type, date, null));
            return this;
        }
    }

    private static ListAssert<Problem> assertProblems(Draft d) {
        return assertThat(MemberRules.check(d.build(), TODAY));
    }

    private static void assertOnly(Draft d, String field, String key) {
        assertThat(MemberRules.check(d.build(), TODAY)).extracting(Problem::field, Problem::messageKey)
                .containsExactly(tuple(field, key));
    }

    private static void assertValid(Draft d) {
        assertProblems(d).isEmpty();
    }

    @Test
    void aCompleteRecordPasses() {
        assertValid(new Draft());
        Draft minimal = new Draft();
        minimal.birthDate = null;
        minimal.officialDate = null;
        minimal.cardNumber = null;
        minimal.phone = null;
        assertValid(minimal);
    }

    @Test
    void nameIsRequired() {
        Draft d = new Draft();
        d.fullName = "";
        assertOnly(d, "fullName", "member.error.nameRequired");
        d.fullName = "   ";
        assertOnly(d, "fullName", "member.error.nameRequired");
    }

    @Test
    void nameMayNotContainDigits() {
        Draft d = new Draft();
        d.fullName = "Nguyễn Văn 2";
        assertOnly(d, "fullName", "member.error.nameHasDigits");
        d.fullName = "Nguyễn Văn Ba";
        assertValid(d);
    }

    @Test
    void nameMayBeAtMostOneHundredCharacters() {
        Draft d = new Draft();
        d.fullName = "Tôn Nữ " + "a".repeat(93);
        assertThat(d.fullName).hasSize(100);
        assertValid(d);
        d.fullName = d.fullName + "a";
        assertProblems(d).containsExactly(Problem.of("fullName", "member.error.nameTooLong", 100));
    }

    @Test
    void genderIsRequired() {
        Draft d = new Draft();
        d.gender = null;
        assertOnly(d, "gender", "member.error.genderRequired");
    }

    @Test
    void birthMayNotBeInTheFutureNorBefore1900() {
        Draft d = new Draft();
        d.birthDate = TODAY.plusDays(1);
        assertOnly(d, "birthDate", "member.error.birthInFuture");
        d.birthDate = LocalDate.of(1899, 12, 31);
        assertOnly(d, "birthDate", "member.error.birthTooEarly");
    }

    @Test
    void admittedOnlyFromTheEighteenthBirthday() {
        Draft d = new Draft();
        d.birthDate = LocalDate.of(1992, 5, 20);
        // Admitted 2010-05-19: one day before turning 18.
        assertProblems(d).containsExactly(Problem.of("admissionDate", "member.error.admittedTooYoung", 18));
        d.birthDate = LocalDate.of(1992, 5, 19);
        assertValid(d);
    }

    @Test
    void admissionMayNotBeInTheFuture() {
        Draft d = new Draft();
        d.officialDate = null;
        d.cardNumber = null;
        d.admissionDate = TODAY.plusDays(1);
        assertOnly(d, "admissionDate", "member.error.admissionInFuture");
        d.admissionDate = TODAY;
        assertValid(d);
    }

    @Test
    void admissionMayNotBeBeforeThePartyWasFounded() {
        Draft d = new Draft();
        d.birthDate = LocalDate.of(1905, 1, 1);
        d.officialDate = null;
        d.cardNumber = null;
        d.admissionDate = LocalDate.of(1930, 2, 2);
        assertOnly(d, "admissionDate", "member.error.admissionTooEarly");
        d.admissionDate = LocalDate.of(1930, 2, 3);
        assertValid(d);
    }

    @Test
    void officialNoEarlierThanTwelveMonthsAfterAdmission() {
        Draft d = new Draft();
        d.officialDate = LocalDate.of(2011, 5, 18);
        assertProblems(d).containsExactly(
                Problem.of("officialDate", "member.error.officialBeforeProbationEnds", 12));
        d.officialDate = LocalDate.of(2011, 5, 19);
        assertValid(d);
        d.officialDate = d.admissionDate;
        assertOnly(d, "officialDate", "member.error.officialBeforeProbationEnds");
    }

    @Test
    void officialMayNotBeInTheFuture() {
        Draft d = new Draft();
        d.admissionDate = LocalDate.of(2025, 1, 1);
        d.officialDate = TODAY.plusDays(1);
        assertOnly(d, "officialDate", "member.error.officialInFuture");
        d.officialDate = TODAY;
        assertValid(d);
        d.officialDate = TODAY.plusYears(1);
        assertOnly(d, "officialDate", "member.error.officialInFuture");
    }

    @Test
    void aCardNumberNeedsAnOfficialDate() {
        Draft d = new Draft();
        d.officialDate = null;
        assertOnly(d, "cardNumber", "member.error.cardOnlyForOfficial");
    }

    @Test
    void cardNumberFormat() {
        Draft d = new Draft();
        for (String good : List.of("012345", "79.012345", "AB-12/34", "1", "12345678901234567890")) {
            d.cardNumber = good;
            assertValid(d);
        }
        for (String bad : List.of("12#34", "123456789012345678901", "số 12", "12_34")) {
            d.cardNumber = bad;
            assertOnly(d, "cardNumber", "member.error.cardFormat");
        }
    }

    @Test
    void phoneFormat() {
        Draft d = new Draft();
        for (String good : List.of("0912345678", "0912 345 678", "+84 912 345 678", "(0233) 3.852.123", "123456")) {
            d.phone = good;
            assertValid(d);
        }
        for (String bad : List.of("12345", "09123abc78", "0912345678 hoặc 0987", "+84+912345678",
                "123456789012345678901")) {
            d.phone = bad;
            assertOnly(d, "phone", "member.error.phoneFormat");
        }
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        Draft d = new Draft();
        d.fullName = "";
        d.gender = null;
        d.birthDate = TODAY.plusDays(3);
        d.officialDate = null;
        d.phone = "x";
        assertThat(MemberRules.check(d.build(), TODAY)).extracting(Problem::messageKey).containsExactlyInAnyOrder(
                "member.error.nameRequired", "member.error.genderRequired", "member.error.birthInFuture",
                "member.error.cardOnlyForOfficial", "member.error.phoneFormat");
    }

    @Test
    void checkIncludesTheHistoryRules() {
        Draft d = new Draft().event(StatusEventType.EXEMPTION_ENDED, LocalDate.of(2020, 1, 1));
        assertOnly(d, "history", "member.error.eventDoesNotFit");
    }

    // ---- history ----

    private static List<Problem> history(Draft d) {
        return MemberRules.checkHistory(d.build(), TODAY);
    }

    @Test
    void aHistoryThatFitsTogetherPasses() {
        Draft d = new Draft()
                .event(StatusEventType.TEMPORARY_ATTACHMENT_STARTED, LocalDate.of(2012, 1, 1))
                .event(StatusEventType.TEMPORARY_ATTACHMENT_ENDED, LocalDate.of(2013, 1, 1))
                .event(StatusEventType.TRANSFERRED_OUT, LocalDate.of(2014, 1, 1))
                .event(StatusEventType.TRANSFERRED_IN, LocalDate.of(2016, 1, 1))
                .event(StatusEventType.EXEMPTION_STARTED, LocalDate.of(2020, 1, 1))
                .event(StatusEventType.EXEMPTION_ENDED, LocalDate.of(2021, 1, 1))
                .event(StatusEventType.EXEMPTION_STARTED, LocalDate.of(2023, 1, 1))
                .event(StatusEventType.DECEASED, TODAY);
        assertThat(history(d)).isEmpty();
        assertThat(history(new Draft().event(StatusEventType.STRUCK_OFF, LocalDate.of(2010, 5, 19)))).isEmpty();
    }

    @Test
    void noEventBeforeAdmission() {
        LocalDate day = LocalDate.of(2010, 5, 18);
        assertThat(history(new Draft().event(StatusEventType.EXEMPTION_STARTED, day)))
                .containsExactly(Problem.of("history", "member.error.eventBeforeAdmission", day));
    }

    @Test
    void noEventInTheFuture() {
        LocalDate day = TODAY.plusDays(1);
        assertThat(history(new Draft().event(StatusEventType.DECEASED, day)))
                .containsExactly(Problem.of("history", "member.error.eventInFuture", day));
    }

    @Test
    void nothingHappensAfterDeathOrStrikingOff() {
        LocalDate after = LocalDate.of(2021, 1, 1);
        assertThat(history(new Draft().event(StatusEventType.DECEASED, LocalDate.of(2020, 1, 1))
                .event(StatusEventType.TRANSFERRED_OUT, after)))
                .containsExactly(Problem.of("history", "member.error.eventAfterFinal", after));
        assertThat(history(new Draft().event(StatusEventType.STRUCK_OFF, LocalDate.of(2020, 1, 1))
                .event(StatusEventType.DECEASED, after)))
                .containsExactly(Problem.of("history", "member.error.eventAfterFinal", after));
    }

    @Test
    void anExemptionCanOnlyEndAfterItStarted() {
        LocalDate day = LocalDate.of(2020, 1, 1);
        assertThat(history(new Draft().event(StatusEventType.EXEMPTION_ENDED, day)))
                .containsExactly(Problem.of("history", "member.error.eventDoesNotFit", day));
        // Nor end the wrong thing.
        assertThat(history(new Draft().event(StatusEventType.TEMPORARY_ATTACHMENT_STARTED, LocalDate.of(2019, 1, 1))
                .event(StatusEventType.EXEMPTION_ENDED, day)))
                .containsExactly(Problem.of("history", "member.error.eventDoesNotFit", day));
        assertThat(history(new Draft().event(StatusEventType.TEMPORARY_ATTACHMENT_ENDED, day)))
                .extracting(Problem::messageKey).containsExactly("member.error.eventDoesNotFit");
    }

    @Test
    void aTransferInIsTheFirstEventOrFollowsATransferOut() {
        LocalDate day = LocalDate.of(2020, 1, 1);
        // Admitted elsewhere, joined this cell by transfer: the first event.
        assertThat(history(new Draft().event(StatusEventType.TRANSFERRED_IN, day))).isEmpty();
        LocalDate later = LocalDate.of(2021, 1, 1);
        assertThat(history(new Draft().event(StatusEventType.EXEMPTION_STARTED, day)
                .event(StatusEventType.TRANSFERRED_IN, later)))
                .containsExactly(Problem.of("history", "member.error.eventDoesNotFit", later));
        assertThat(history(new Draft().event(StatusEventType.TRANSFERRED_IN, day)
                .event(StatusEventType.TRANSFERRED_IN, later)))
                .containsExactly(Problem.of("history", "member.error.eventDoesNotFit", later));
    }

    @Test
    void noSecondStartWhileTheFirstLasts() {
        LocalDate second = LocalDate.of(2020, 6, 1);
        assertThat(history(new Draft().event(StatusEventType.EXEMPTION_STARTED, LocalDate.of(2020, 1, 1))
                .event(StatusEventType.EXEMPTION_STARTED, second)))
                .containsExactly(Problem.of("history", "member.error.eventDoesNotFit", second));
        assertThat(history(new Draft().event(StatusEventType.TRANSFERRED_OUT, LocalDate.of(2020, 1, 1))
                .event(StatusEventType.TEMPORARY_ATTACHMENT_STARTED, second)))
                .containsExactly(Problem.of("history", "member.error.eventDoesNotFit", second));
    }

    // ---- probation review reminder ----

    private static Member probationary(LocalDate admitted) {
        return new Member(Ids.newId(), "Lê Văn Tám", Gender.MALE, null, null, null, admitted, null, null, null, null,
                List.of());
    }

    @Test
    void dueForReviewWhenTheTwelveMonthsEndWithinTheWindow() {
        Member m = probationary(LocalDate.of(2025, 3, 5)); // probation ends 2026-03-05, 30 days after TODAY
        assertThat(m.probationEnds()).isEqualTo(TODAY.plusDays(30));
        assertThat(MemberRules.isDueForProbationReview(m, TODAY, 30)).isTrue();
        assertThat(MemberRules.isDueForProbationReview(m, TODAY, 29)).isFalse();
        assertThat(MemberRules.isDueForProbationReview(m, TODAY.minusDays(1), 30)).isFalse();
        assertThat(MemberRules.isDueForProbationReview(m, TODAY.plusDays(30), 0)).isTrue();
    }

    @Test
    void overdueMembersStayDueUntilRecognised() {
        Member m = probationary(LocalDate.of(2024, 6, 1));
        assertThat(MemberRules.isDueForProbationReview(m, TODAY, 0)).isTrue();
        Member recognised = new Member(m.id(), m.fullName(), m.gender(), null, null, null, m.admissionDate(),
                LocalDate.of(2025, 6, 1), null, null, null, List.of());
        assertThat(MemberRules.isDueForProbationReview(recognised, TODAY, 30)).isFalse();
    }

    @Test
    void exemptOrNotYetAdmittedMembersAreNotDue() {
        Member exempt = probationary(LocalDate.of(2025, 1, 1)).withHistory(List.of(
                new StatusEvent(Ids.newId(), StatusEventType.EXEMPTION_STARTED, LocalDate.of(2025, 6, 1), null)));
        assertThat(MemberRules.isDueForProbationReview(exempt, TODAY, 30)).isFalse();
        Member struckOff = probationary(LocalDate.of(2024, 1, 1)).withHistory(List.of(
                new StatusEvent(Ids.newId(), StatusEventType.STRUCK_OFF, LocalDate.of(2025, 1, 10), null)));
        assertThat(MemberRules.isDueForProbationReview(struckOff, TODAY, 30)).isFalse();
        assertThat(MemberRules.isDueForProbationReview(probationary(TODAY.plusDays(1)), TODAY, 400)).isFalse();
    }
}
