package vn.sochibo.domain.member;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A party member on the cell's roster (domain.md §2). Admission and recognition as official are fields;
 * every other change of status is a dated {@link StatusEvent} in {@link #history()}.
 */
public record Member(
        UUID id,
        String fullName,
        Gender gender,
        LocalDate birthDate,
        String hometown,
        String position,
        LocalDate admissionDate,
        LocalDate officialDate,
        String cardNumber,
        String phone,
        String note,
        List<StatusEvent> history) {

    /** Months of probation after admission before the member is due to be recognised as official. */
    public static final int PROBATION_MONTHS = 12;

    public Member {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(admissionDate, "admissionDate");
        List<StatusEvent> sorted = new ArrayList<>(history == null ? List.of() : history);
        sorted.sort(Comparator.comparing(StatusEvent::date).thenComparing(StatusEvent::id));
        history = List.copyOf(sorted);
    }

    public Member withHistory(List<StatusEvent> newHistory) {
        return new Member(id, fullName, gender, birthDate, hometown, position, admissionDate, officialDate,
                cardNumber, phone, note, newHistory);
    }

    public boolean isOfficialOn(LocalDate day) {
        return officialDate != null && !day.isBefore(officialDate);
    }

    /** The status on the given day, from admission, the official date and the events up to that day. */
    public MemberStatus statusOn(LocalDate day) {
        if (day.isBefore(admissionDate) || day.isBefore(joinedThisCell())) {
            return MemberStatus.NOT_YET_MEMBER;
        }
        MemberStatus activity = null;
        for (StatusEvent event : history) {
            if (event.date().isAfter(day)) {
                break;
            }
            activity = switch (event.type()) {
                case EXEMPTION_STARTED -> MemberStatus.EXEMPT;
                case TEMPORARY_ATTACHMENT_STARTED -> MemberStatus.TEMPORARILY_ATTACHED_ELSEWHERE;
                case TRANSFERRED_OUT -> MemberStatus.TRANSFERRED_OUT;
                case DECEASED -> MemberStatus.DECEASED;
                case STRUCK_OFF -> MemberStatus.STRUCK_OFF;
                case EXEMPTION_ENDED, TEMPORARY_ATTACHMENT_ENDED, TRANSFERRED_IN -> null;
            };
        }
        if (activity != null) {
            return activity;
        }
        return isOfficialOn(day) ? MemberStatus.OFFICIAL : MemberStatus.PROBATIONARY;
    }

    /**
     * The day the member started in this cell: the admission date, or the date of a first "transferred in"
     * event for a member admitted elsewhere.
     */
    public LocalDate joinedThisCell() {
        if (!history.isEmpty() && history.get(0).type() == StatusEventType.TRANSFERRED_IN) {
            return history.get(0).date();
        }
        return admissionDate;
    }

    /** The day a probationary member is due for review to become official: 12 months after admission. */
    public LocalDate probationEnds() {
        return admissionDate.plusMonths(PROBATION_MONTHS);
    }
}
