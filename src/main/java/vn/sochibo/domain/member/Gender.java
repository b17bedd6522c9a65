package vn.sochibo.domain.member;

public enum Gender {
    MALE,
    FEMALE
}
