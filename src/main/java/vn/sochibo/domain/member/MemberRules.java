package vn.sochibo.domain.member;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.sochibo.domain.common.Problem;
import vn.sochibo.domain.common.Text;

/**
 * The checks a member record must pass. Each returns every problem found, so the user can fix them all at
 * once; an empty list means the record is acceptable.
 */
public final class MemberRules {
    /** Youngest age at admission accepted without question (Party Statute: 18). */
    public static final int MIN_ADMISSION_AGE = 18;
    private static final LocalDate EARLIEST_DATE = LocalDate.of(1930, 2, 3);

    private MemberRules() {
    }

    public static List<Problem> check(Member m, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (Text.isBlank(m.fullName())) {
            problems.add(Problem.of("fullName", "member.error.nameRequired"));
        } else if (m.fullName().length() > 100) {
            problems.add(Problem.of("fullName", "member.error.nameTooLong", 100));
        } else if (m.fullName().codePoints().anyMatch(Character::isDigit)) {
            problems.add(Problem.of("fullName", "member.error.nameHasDigits"));
        }
        if (m.gender() == null) {
            problems.add(Problem.of("gender", "member.error.genderRequired"));
        }
        if (m.birthDate() != null) {
            if (m.birthDate().isAfter(today)) {
                problems.add(Problem.of("birthDate", "member.error.birthInFuture"));
            } else if (m.birthDate().isBefore(LocalDate.of(1900, 1, 1))) {
                problems.add(Problem.of("birthDate", "member.error.birthTooEarly"));
            } else if (m.birthDate().plusYears(MIN_ADMISSION_AGE).isAfter(m.admissionDate())) {
                problems.add(Problem.of("admissionDate", "member.error.admittedTooYoung", MIN_ADMISSION_AGE));
            }
        }
        if (m.admissionDate().isAfter(today)) {
            problems.add(Problem.of("admissionDate", "member.error.admissionInFuture"));
        } else if (m.admissionDate().isBefore(EARLIEST_DATE)) {
            problems.add(Problem.of("admissionDate", "member.error.admissionTooEarly"));
        }
        if (m.officialDate() != null) {
            if (m.officialDate().isBefore(m.admissionDate().plusMonths(Member.PROBATION_MONTHS))) {
                problems.add(Problem.of("officialDate", "member.error.officialBeforeProbationEnds",
                        Member.PROBATION_MONTHS));
            } else if (m.officialDate().isAfter(today)) {
                problems.add(Problem.of("officialDate", "member.error.officialInFuture"));
            }
        }
        if (m.cardNumber() != null) {
            if (m.officialDate() == null) {
                problems.add(Problem.of("cardNumber", "member.error.cardOnlyForOfficial"));
            } else if (!m.cardNumber().matches("[0-9A-Za-z.\\-/ ]{1,20}")) {
                problems.add(Problem.of("cardNumber", "member.error.cardFormat"));
            }
        }
        Problem.addIfTooLong(problems, "hometown", m.hometown(), 200);
        Problem.addIfTooLong(problems, "position", m.position(), 200);
        Problem.addIfTooLong(problems, "note", m.note(), 4000);
        if (m.phone() != null && !m.phone().matches("\\+?[0-9 .\\-()]{6,20}")) {
            problems.add(Problem.of("phone", "member.error.phoneFormat"));
        }
        problems.addAll(checkHistory(m, today));
        return problems;
    }

    /** The status events must fit together: each in order, after admission, none after death or striking off. */
    public static List<Problem> checkHistory(Member m, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        MemberStatus current = null;
        for (StatusEvent e : m.history()) {
            if (e.date().isBefore(m.admissionDate())) {
                problems.add(Problem.of("history", "member.error.eventBeforeAdmission", e.date()));
                continue;
            }
            if (e.date().isAfter(today)) {
                problems.add(Problem.of("history", "member.error.eventInFuture", e.date()));
                continue;
            }
            if (current == MemberStatus.DECEASED || current == MemberStatus.STRUCK_OFF) {
                problems.add(Problem.of("history", "member.error.eventAfterFinal", e.date()));
                continue;
            }
            boolean fits = switch (e.type()) {
                case EXEMPTION_STARTED, TEMPORARY_ATTACHMENT_STARTED, TRANSFERRED_OUT -> current == null;
                case EXEMPTION_ENDED -> current == MemberStatus.EXEMPT;
                case TEMPORARY_ATTACHMENT_ENDED -> current == MemberStatus.TEMPORARILY_ATTACHED_ELSEWHERE;
                // Either back from a transfer out, or the first event: admitted elsewhere, joined this cell then.
                case TRANSFERRED_IN -> current == MemberStatus.TRANSFERRED_OUT || e == m.history().get(0);
                case DECEASED, STRUCK_OFF -> true;
            };
            if (!fits) {
                problems.add(Problem.of("history", "member.error.eventDoesNotFit", e.date()));
                continue;
            }
            current = switch (e.type()) {
                case EXEMPTION_STARTED -> MemberStatus.EXEMPT;
                case TEMPORARY_ATTACHMENT_STARTED -> MemberStatus.TEMPORARILY_ATTACHED_ELSEWHERE;
                case TRANSFERRED_OUT -> MemberStatus.TRANSFERRED_OUT;
                case DECEASED -> MemberStatus.DECEASED;
                case STRUCK_OFF -> MemberStatus.STRUCK_OFF;
                case EXEMPTION_ENDED, TEMPORARY_ATTACHMENT_ENDED, TRANSFERRED_IN -> null;
            };
        }
        return problems;
    }

    /**
     * Probationary members whose 12 months end within {@code withinDays} from today, or have already ended
     * without a recognition date: the secretary must bring them to the cell for review.
     */
    public static boolean isDueForProbationReview(Member m, LocalDate today, int withinDays) {
        MemberStatus status = m.statusOn(today);
        if (status != MemberStatus.PROBATIONARY) {
            return false;
        }
        return !m.probationEnds().isAfter(today.plusDays(withinDays));
    }
}
