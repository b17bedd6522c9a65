package vn.sochibo.domain.common;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/**
 * Orders Vietnamese full names the way a roster is kept: by given name (the last word), then the middle
 * words, then the family name, each compared with the Vietnamese alphabet (a ă â b c d đ …, tones after
 * base letters).
 */
public final class VietnameseNames {
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private VietnameseNames() {
    }

    public static Comparator<String> comparator() {
        Collator collator = Collator.getInstance(VIETNAMESE);
        collator.setStrength(Collator.TERTIARY);
        collator.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
        Comparator<String> byCollator = collator::compare;
        return Comparator.comparing(VietnameseNames::givenName, byCollator)
                .thenComparing(VietnameseNames::middleNames, byCollator)
                .thenComparing(VietnameseNames::familyName, byCollator)
                .thenComparing(Comparator.naturalOrder());
    }

    static String familyName(String fullName) {
        String[] words = words(fullName);
        return words.length > 1 ? words[0] : "";
    }

    static String middleNames(String fullName) {
        String[] words = words(fullName);
        return words.length > 2 ? String.join(" ", java.util.Arrays.copyOfRange(words, 1, words.length - 1)) : "";
    }

    private static String[] words(String fullName) {
        return fullName == null || fullName.isBlank() ? new String[] {""} : fullName.strip().split("\\s+");
    }

    /** The given name, the word people are called by ("Hoa" of "Nguyễn Thị Hoa"). */
    public static String givenName(String fullName) {
        String[] words = words(fullName);
        return words[words.length - 1];
    }
}
