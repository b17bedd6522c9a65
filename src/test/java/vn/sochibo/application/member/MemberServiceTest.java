package vn.sochibo.application.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.app.Services;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.domain.cell.CellProfile;
import vn.sochibo.domain.common.Problem;
import vn.sochibo.domain.common.ValidationException;
import vn.sochibo.domain.member.Gender;
import vn.sochibo.domain.member.Member;
import vn.sochibo.domain.member.MemberStatus;
import vn.sochibo.domain.member.StatusEvent;
import vn.sochibo.domain.member.StatusEventType;

/** The roster service over a real H2 file, wired as the app wires it. */
class MemberServiceTest {
    static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    /** 2026-02-03 in Vietnam (the evening before in UTC). */
    static final Clock CLOCK = Clock.fixed(ZonedDateTime.of(2026, 2, 3, 6, 30, 0, 0, HANOI).toInstant(), HANOI);
    static final LocalDate TODAY = LocalDate.of(2026, 2, 3);

    @TempDir
    Path dir;
    AppServices app;
    MemberService members;

    @BeforeEach
    void open() {
        app = Services.open(dir, CLOCK);
        members = app.members();
    }

    @AfterEach
    void close() {
        if (app != null) {
            app.close();
        }
    }

    private void reopen() {
        app.close();
        app = Services.open(dir, CLOCK);
        members = app.members();
    }

    static MemberInput input(String name, LocalDate admitted, LocalDate official, String card) {
        return new MemberInput(name, Gender.MALE, LocalDate.of(1980, 1, 1), "Hải Lăng", "Nông dân", admitted, official,
                card, "0912 345 678", null);
    }

    static MemberInput official(String name, String card) {
        return input(name, LocalDate.of(2005, 3, 10), LocalDate.of(2006, 3, 10), card);
    }

    private static List<Problem> problemsOf(Runnable action) {
        try {
            action.run();
        } catch (ValidationException e) {
            return e.problems();
        }
        throw new AssertionError("expected a ValidationException");
    }

    @Test
    void todayComesFromTheClockInVietnam() {
        assertThat(members.today()).isEqualTo(TODAY);
    }

    @Test
    void addStoresTheMemberAndFindReturnsIt() {
        Member added = members.add(new MemberInput("Nguyễn Thị Hoà", Gender.FEMALE, LocalDate.of(1985, 6, 15),
                "Hải Lăng, Quảng Trị", "Giáo viên", LocalDate.of(2010, 5, 19), LocalDate.of(2011, 5, 19), "012345",
                "0912 345 678", "Ghi chú\ndòng hai"));
        assertThat(added.id().version()).isEqualTo(7);
        assertThat(added.history()).isEmpty();
        assertThat(members.find(added.id())).contains(added);
        reopen();
        assertThat(members.find(added.id())).contains(added);
        assertThat(members.find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void inputIsTrimmedAndBlankFieldsBecomeNull() {
        Member added = members.add(new MemberInput("  Trần   Văn An ", Gender.MALE, null, "   ", " Chủ tịch   xã ",
                LocalDate.of(2010, 5, 19), null, "  ", " ", "  \n "));
        assertThat(added.fullName()).isEqualTo("Trần Văn An");
        assertThat(added.hometown()).isNull();
        assertThat(added.position()).isEqualTo("Chủ tịch xã");
        assertThat(added.cardNumber()).isNull();
        assertThat(added.phone()).isNull();
        assertThat(added.note()).isNull();
        assertThat(members.find(added.id())).contains(added);
    }

    @Test
    void decomposedInputIsStoredAsNfc() {
        String name = "Nguye\u0302\u0303n Thi\u0323 Hoa\u0300";
        String hometown = "Qua\u0309ng Tri\u0323";
        String note = "Ghi chu\u0301\r\nDo\u0300ng hai";
        Member added = members.add(new MemberInput(name, Gender.FEMALE, null, hometown, null, LocalDate.of(2010, 5, 19),
                null, null, null, note));
        Member withEvent = members.addEvent(added.id(), StatusEventType.EXEMPTION_STARTED, LocalDate.of(2024, 1, 1),
                "Ly\u0301 do su\u031B\u0301c kho\u0309e");

        reopen();
        Member back = members.find(added.id()).orElseThrow();
        assertThat(back.fullName()).isEqualTo("Nguyễn Thị Hoà").isEqualTo(Normalizer.normalize(name,
                Normalizer.Form.NFC));
        assertThat(back.hometown()).isEqualTo("Quảng Trị");
        assertThat(back.note()).isEqualTo("Ghi chú\nDòng hai");
        assertThat(back.history()).extracting(StatusEvent::note).containsExactly("Lý do sức khỏe");
        for (String text : List.of(back.fullName(), back.hometown(), back.note(), back.history().get(0).note())) {
            assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).as(text).isTrue();
        }
        assertThat(withEvent).isEqualTo(back);
        // Found by both spellings and without marks.
        assertThat(members.search("nguyen thi hoa", null)).extracting(Member::id).containsExactly(added.id());
        assertThat(members.search("Nguyễn Thị Hoà", null)).extracting(Member::id).containsExactly(added.id());
        assertThat(members.search(name, null)).extracting(Member::id).containsExactly(added.id());
    }

    @Test
    void anInvalidMemberIsRefusedWithEveryProblemAndNothingIsWritten() {
        List<Problem> problems = problemsOf(() -> members.add(new MemberInput("Lê 2", null, TODAY.plusDays(1), null,
                null, LocalDate.of(2010, 1, 1), null, "123", "abc", null)));
        assertThat(problems).extracting(Problem::field, Problem::messageKey).containsExactlyInAnyOrder(
                tuple("fullName", "member.error.nameHasDigits"), tuple("gender", "member.error.genderRequired"),
                tuple("birthDate", "member.error.birthInFuture"), tuple("cardNumber", "member.error.cardOnlyForOfficial"),
                tuple("phone", "member.error.phoneFormat"));
        assertThat(members.all()).isEmpty();
    }

    @Test
    void theAdmissionDateIsRequired() {
        assertThat(problemsOf(() -> members.add(new MemberInput(" ", Gender.MALE, null, null, null, null, null, null,
                null, null)))).extracting(Problem::messageKey)
                .containsExactlyInAnyOrder("member.error.nameRequired", "member.error.admissionRequired");
        assertThat(members.all()).isEmpty();
    }

    @Test
    void aCardNumberTakenByAnotherMemberIsRefusedAndNothingIsWritten() {
        Member first = members.add(official("Trần Văn An", "012345"));
        List<Problem> problems = problemsOf(() -> members.add(official("Lê Văn Bình", " 012345 ")));
        assertThat(problems).containsExactly(Problem.of("cardNumber", "member.error.cardTaken", "012345"));
        assertThat(members.all()).extracting(Member::id).containsExactly(first.id());
        reopen();
        assertThat(members.all()).extracting(Member::id).containsExactly(first.id());
    }

    @Test
    void checkNewReportsTheSameProblemsWithoutWriting() {
        members.add(official("Trần Văn An", "012345"));
        assertThat(members.checkNew(official("Lê Văn Bình", "012345")))
                .containsExactly(Problem.of("cardNumber", "member.error.cardTaken", "012345"));
        assertThat(members.checkNew(official("Lê Văn Bình", "012346"))).isEmpty();
        assertThat(members.all()).hasSize(1);
    }

    @Test
    void updateChangesTheRecordAndKeepsItsHistory() {
        Member m = members.add(official("Trần Văn An", "012345"));
        members.addEvent(m.id(), StatusEventType.EXEMPTION_STARTED, LocalDate.of(2025, 1, 1), null);
        // Keeping one's own card number is fine.
        Member updated = members.update(m.id(), new MemberInput("Trần Văn Ân", Gender.MALE, LocalDate.of(1980, 1, 1),
                "Triệu Phong", "Hưu trí", LocalDate.of(2005, 3, 10), LocalDate.of(2006, 3, 10), "012345",
                null, "Đã nghỉ hưu"));
        reopen();
        Member back = members.find(m.id()).orElseThrow();
        assertThat(back).isEqualTo(updated);
        assertThat(back.fullName()).isEqualTo("Trần Văn Ân");
        assertThat(back.hometown()).isEqualTo("Triệu Phong");
        assertThat(back.phone()).isNull();
        assertThat(back.history()).extracting(StatusEvent::type).containsExactly(StatusEventType.EXEMPTION_STARTED);
    }

    @Test
    void updateToAnotherMembersCardIsRefusedAndChangesNothing() {
        members.add(official("Trần Văn An", "012345"));
        Member second = members.add(official("Lê Văn Bình", "054321"));
        assertThat(problemsOf(() -> members.update(second.id(), official("Lê Văn Bình Mới", "012345"))))
                .containsExactly(Problem.of("cardNumber", "member.error.cardTaken", "012345"));
        assertThat(members.find(second.id())).contains(second);
    }

    @Test
    void anUpdateThatBreaksTheHistoryIsRefused() {
        Member m = members.add(official("Trần Văn An", null));
        members.addEvent(m.id(), StatusEventType.TRANSFERRED_OUT, LocalDate.of(2010, 1, 1), null);
        Member before = members.find(m.id()).orElseThrow();
        // Moving the admission after the transfer would put the event before admission.
        assertThat(problemsOf(() -> members.update(m.id(), input("Trần Văn An", LocalDate.of(2012, 1, 1), null, null))))
                .extracting(Problem::messageKey).containsExactly("member.error.eventBeforeAdmission");
        assertThat(members.find(m.id())).contains(before);
    }

    @Test
    void updatingAMissingMemberIsRefusedAndCreatesNothing() {
        UUID missing = UUID.randomUUID();
        assertThat(problemsOf(() -> members.update(missing, official("Trần Văn An", null))))
                .containsExactly(Problem.of("id", "member.error.notFound"));
        assertThat(members.all()).isEmpty();
        assertThat(members.find(missing)).isEmpty();
    }

    @Test
    void statusEventsAreAddedAndChangeTheStatus() {
        Member m = members.add(official("Trần Văn An", null));
        assertThat(m.statusOn(TODAY)).isEqualTo(MemberStatus.OFFICIAL);
        Member exempt = members.addEvent(m.id(), StatusEventType.EXEMPTION_STARTED, LocalDate.of(2025, 10, 1),
                "  NQ 05  ");
        assertThat(exempt.statusOn(TODAY)).isEqualTo(MemberStatus.EXEMPT);
        assertThat(exempt.history()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(StatusEventType.EXEMPTION_STARTED);
            assertThat(e.date()).isEqualTo(LocalDate.of(2025, 10, 1));
            assertThat(e.note()).isEqualTo("NQ 05");
            assertThat(e.id().version()).isEqualTo(7);
        });
        Member back = members.addEvent(m.id(), StatusEventType.EXEMPTION_ENDED, TODAY, null);
        reopen();
        assertThat(members.find(m.id())).contains(back);
        assertThat(back.statusOn(TODAY)).isEqualTo(MemberStatus.OFFICIAL);
        assertThat(back.statusOn(TODAY.minusDays(1))).isEqualTo(MemberStatus.EXEMPT);
    }

    @Test
    void anEventThatDoesNotFitIsRefusedAndTheHistoryStaysAsItWas() {
        Member m = members.add(official("Trần Văn An", null));
        members.addEvent(m.id(), StatusEventType.DECEASED, LocalDate.of(2025, 12, 1), null);
        Member before = members.find(m.id()).orElseThrow();

        assertThat(problemsOf(() -> members.addEvent(m.id(), StatusEventType.EXEMPTION_STARTED,
                LocalDate.of(2025, 12, 20), null))).extracting(Problem::messageKey)
                .containsExactly("member.error.eventAfterFinal");
        assertThat(problemsOf(() -> members.addEvent(m.id(), StatusEventType.TEMPORARY_ATTACHMENT_ENDED,
                LocalDate.of(2020, 1, 1), null))).extracting(Problem::messageKey)
                .containsExactly("member.error.eventDoesNotFit");
        assertThat(problemsOf(() -> members.addEvent(m.id(), StatusEventType.EXEMPTION_STARTED,
                TODAY.plusDays(1), null))).extracting(Problem::messageKey).contains("member.error.eventInFuture");
        assertThat(problemsOf(() -> members.addEvent(m.id(), StatusEventType.EXEMPTION_STARTED,
                LocalDate.of(2000, 1, 1), null))).extracting(Problem::messageKey)
                .contains("member.error.eventBeforeAdmission");
        assertThat(problemsOf(() -> members.addEvent(m.id(), null, null, null))).extracting(Problem::messageKey)
                .containsExactly("member.error.eventTypeRequired", "member.error.eventDateRequired");
        assertThat(problemsOf(() -> members.addEvent(UUID.randomUUID(), StatusEventType.DECEASED, TODAY, null)))
                .containsExactly(Problem.of("id", "member.error.notFound"));

        reopen();
        assertThat(members.find(m.id())).contains(before);
    }

    @Test
    void removingAnEventIsCheckedLikeAddingOne() {
        Member m = members.add(official("Trần Văn An", null));
        Member started = members.addEvent(m.id(), StatusEventType.EXEMPTION_STARTED, LocalDate.of(2024, 1, 1), null);
        Member ended = members.addEvent(m.id(), StatusEventType.EXEMPTION_ENDED, LocalDate.of(2025, 1, 1), null);
        UUID startId = started.history().get(0).id();
        UUID endId = ended.history().get(1).id();

        // Removing the start would leave an end of an exemption that never started.
        assertThat(problemsOf(() -> members.removeEvent(m.id(), startId))).extracting(Problem::messageKey)
                .containsExactly("member.error.eventDoesNotFit");
        assertThat(members.find(m.id())).contains(ended);

        assertThat(members.removeEvent(m.id(), endId).history()).extracting(StatusEvent::id).containsExactly(startId);
        assertThat(members.removeEvent(m.id(), startId).history()).isEmpty();
        reopen();
        assertThat(members.find(m.id()).orElseThrow().history()).isEmpty();
        assertThat(members.find(m.id()).orElseThrow().statusOn(TODAY)).isEqualTo(MemberStatus.OFFICIAL);
    }

    @Test
    void deleteRemovesAMemberEnteredByMistakeWithItsHistory() {
        Member keep = members.add(official("Trần Văn An", "1"));
        Member mistake = members.add(official("Lê Văn Nhầm", "2"));
        members.addEvent(mistake.id(), StatusEventType.EXEMPTION_STARTED, LocalDate.of(2024, 1, 1), null);
        members.delete(mistake.id());
        reopen();
        assertThat(members.find(mistake.id())).isEmpty();
        assertThat(members.all()).extracting(Member::id).containsExactly(keep.id());
        // Its card number is free again.
        assertThat(members.checkNew(official("Lê Văn Khác", "2"))).isEmpty();
        assertThat(problemsOf(() -> members.delete(mistake.id())))
                .containsExactly(Problem.of("id", "member.error.notFound"));
    }

    @Test
    void aCommitteeMemberCannotBeDeleted() {
        Member secretary = members.add(official("Trần Văn An", null));
        Member deputy = members.add(official("Lê Văn Bình", null));
        Member committee = members.add(official("Phạm Văn Cường", null));
        app.cell().save(new CellProfile("Chi bộ Thôn Đông", "Đảng bộ xã Hải Phong", "Quảng Trị",
                LocalDate.of(2025, 7, 1), LocalDate.of(2030, 6, 30), secretary.id(), deputy.id(),
                List.of(committee.id())));
        for (Member m : List.of(secretary, deputy, committee)) {
            assertThat(problemsOf(() -> members.delete(m.id())))
                    .containsExactly(Problem.of("id", "member.error.deleteCommitteeMember"));
        }
        reopen();
        assertThat(members.all()).hasSize(3);
    }

    @Test
    void aMemberNamedInAMeetingCannotBeDeletedAndIsToldWhy() {
        Member chair = members.add(official("Trần Văn An", null));
        app.meetings().saveDraft(new vn.sochibo.domain.meeting.Meeting(vn.sochibo.domain.common.Ids.newId(),
                vn.sochibo.domain.meeting.MeetingKind.REGULAR, null, TODAY, null, null, null, chair.id(), null,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null,
                java.util.Map.of(), null));

        assertThatThrownBy(() -> members.delete(chair.id()))
                .isInstanceOfSatisfying(vn.sochibo.application.common.StoreException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("member.error.deleteReferenced"));
        reopen();
        assertThat(members.find(chair.id())).isPresent();
    }

    @Test
    void textLongerThanTheStoreKeepsIsRefusedOnItsField() {
        MemberInput tooLong = new MemberInput("Trần Văn An", Gender.MALE, null, "x".repeat(201), "y".repeat(201),
                LocalDate.of(2005, 3, 10), null, null, null, "z".repeat(4001));

        assertThat(problemsOf(() -> members.add(tooLong))).containsExactlyInAnyOrder(
                Problem.of("hometown", "error.textTooLong", 200), Problem.of("position", "error.textTooLong", 200),
                Problem.of("note", "error.textTooLong", 4000));
        assertThat(members.all()).isEmpty();
    }

    @Test
    void allIsInVietnameseRosterOrder() {
        for (String name : List.of("Nguyễn Văn Bình", "Hoàng Văn Đức", "Lê Thị Ánh", "Vũ Văn Dũng", "Trần Văn An")) {
            members.add(official(name, null));
        }
        assertThat(members.all()).extracting(Member::fullName)
                .containsExactly("Trần Văn An", "Lê Thị Ánh", "Nguyễn Văn Bình", "Vũ Văn Dũng", "Hoàng Văn Đức");
    }

    @Test
    void searchIgnoresDiacriticsAndCaseAndCanFilterByStatus() {
        Member hoa = members.add(new MemberInput("Nguyễn Thị Hoà", Gender.FEMALE, null, "Đông Hà", "Kế toán",
                LocalDate.of(2005, 3, 10), LocalDate.of(2006, 3, 10), "79.000111", "0233 852 123", null));
        Member an = members.add(new MemberInput("Nguyễn Văn An", Gender.MALE, null, "Hải Lăng", "Đội trưởng",
                LocalDate.of(2025, 6, 1), null, null, null, null));
        Member duc = members.add(new MemberInput("Đặng Văn Đức", Gender.MALE, null, "Đông Hà", null,
                LocalDate.of(2000, 1, 1), LocalDate.of(2001, 1, 1), null, null, null));
        members.addEvent(duc.id(), StatusEventType.EXEMPTION_STARTED, LocalDate.of(2024, 1, 1), null);

        assertThat(members.search("nguyen thi", null)).extracting(Member::id).containsExactly(hoa.id());
        assertThat(members.search("NGUYEN", null)).extracting(Member::id).containsExactly(an.id(), hoa.id());
        assertThat(members.search("dang duc", null)).extracting(Member::id).containsExactly(duc.id());
        assertThat(members.search("dong ha", null)).extracting(Member::id).containsExactly(duc.id(), hoa.id());
        assertThat(members.search("doi truong", null)).extracting(Member::id).containsExactly(an.id());
        assertThat(members.search("000111", null)).extracting(Member::id).containsExactly(hoa.id());
        assertThat(members.search("852", null)).extracting(Member::id).containsExactly(hoa.id());
        assertThat(members.search("nguyen hai lang", null)).extracting(Member::id).containsExactly(an.id());
        assertThat(members.search("nguyen duc", null)).isEmpty();
        assertThat(members.search("", null)).hasSize(3);
        assertThat(members.search(null, null)).hasSize(3);

        assertThat(members.search("", MemberStatus.PROBATIONARY)).extracting(Member::id).containsExactly(an.id());
        assertThat(members.search("", MemberStatus.OFFICIAL)).extracting(Member::id).containsExactly(hoa.id());
        assertThat(members.search("", MemberStatus.EXEMPT)).extracting(Member::id).containsExactly(duc.id());
        assertThat(members.search("dong ha", MemberStatus.OFFICIAL)).extracting(Member::id).containsExactly(hoa.id());
        assertThat(members.search("nguyen", MemberStatus.EXEMPT)).isEmpty();
        assertThat(members.search("", MemberStatus.DECEASED)).isEmpty();
    }

    @Test
    void dueForProbationReviewListsTheEarliestFirst() {
        // Probation ends 12 months after admission; TODAY is 2026-02-03, the window 30 days (until 2026-03-05).
        Member overdue = members.add(input("Trần Văn Quá", LocalDate.of(2024, 12, 1), null, null));
        Member onLastDay = members.add(input("Lê Văn Biên", LocalDate.of(2025, 3, 5), null, null));
        Member soon = members.add(input("Phạm Văn Sắp", LocalDate.of(2025, 2, 20), null, null));
        members.add(input("Vũ Văn Ngoài", LocalDate.of(2025, 3, 6), null, null));
        members.add(input("Hồ Văn Rồi", LocalDate.of(2024, 1, 10), LocalDate.of(2025, 1, 10), null));
        Member exempt = members.add(input("Đỗ Văn Miễn", LocalDate.of(2024, 11, 1), null, null));
        members.addEvent(exempt.id(), StatusEventType.EXEMPTION_STARTED, LocalDate.of(2025, 5, 1), null);

        assertThat(members.dueForProbationReview(30)).extracting(Member::id)
                .containsExactly(overdue.id(), soon.id(), onLastDay.id());
        assertThat(members.dueForProbationReview(0)).extracting(Member::id).containsExactly(overdue.id());
        assertThat(MemberService.DEFAULT_PROBATION_REMINDER_DAYS).isEqualTo(30);
    }
}
