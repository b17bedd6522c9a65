package vn.sochibo.application.member;

import java.time.LocalDate;
import vn.sochibo.domain.member.Gender;

/** What the user typed for a member, before cleaning and validation. */
public record MemberInput(
        String fullName,
        Gender gender,
        LocalDate birthDate,
        String hometown,
        String position,
        LocalDate admissionDate,
        LocalDate officialDate,
        String cardNumber,
        String phone,
        String note) {
}
