package vn.sochibo.domain.review;

/**
 * The 27 signs of degradation in political ideology, ethics and lifestyle, and of "self-evolution" and
 * "self-transformation" (27 biểu hiện suy thoái, three groups of nine) a member checks themself against. Their
 * wording is in the bundle ({@code review.sign.S01} …); a review stores the numbers ticked.
 */
public enum DegradationSign {
    S01,
    S02,
    S03,
    S04,
    S05,
    S06,
    S07,
    S08,
    S09,
    S10,
    S11,
    S12,
    S13,
    S14,
    S15,
    S16,
    S17,
    S18,
    S19,
    S20,
    S21,
    S22,
    S23,
    S24,
    S25,
    S26,
    S27;

    /** Three groups of nine: political ideology, ethics and lifestyle, self-evolution and self-transformation. */
    public enum Group {
        POLITICS,
        ETHICS,
        SELF_EVOLUTION
    }

    /** The bundle key of the sign's wording. */
    public String messageKey() {
        return "review.sign." + name();
    }

    /** 1 to 27. */
    public int number() {
        return ordinal() + 1;
    }

    public Group group() {
        return Group.values()[ordinal() / 9];
    }

    public static DegradationSign of(int number) {
        if (number < 1 || number > 27) {
            throw new IllegalArgumentException("sign number out of range: " + number);
        }
        return values()[number - 1];
    }
}
