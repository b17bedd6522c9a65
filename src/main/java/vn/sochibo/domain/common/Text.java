package vn.sochibo.domain.common;

import java.text.Normalizer;
import java.util.Locale;

/** Text rules shared by every record: stored text is NFC and trimmed; search compares folded text. */
public final class Text {
    /** Whitespace including the no-break spaces (U+00A0, U+2007, U+202F) that pasted text often carries. */
    private static final String SPACES = "[\\s\\p{Z}]+";

    private Text() {
    }

    /** NFC-normalises and trims; blank becomes null so that "no value" has one spelling. */
    public static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        String normalized = Normalizer.normalize(raw, Normalizer.Form.NFC).replaceAll(SPACES, " ").strip();
        return normalized.isEmpty() ? null : normalized;
    }

    /** Like {@link #clean} but keeps line breaks, for multi-line text such as notes. */
    public static String cleanMultiline(String raw) {
        if (raw == null) {
            return null;
        }
        String normalized = Normalizer.normalize(raw, Normalizer.Form.NFC).replace("\r\n", "\n").strip();
        return normalized.isEmpty() ? null : normalized;
    }

    public static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /**
     * Folds text for diacritic- and case-insensitive matching: "Nguyễn Thị Đào" becomes "nguyen thi dao".
     */
    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            // Ð/ð (U+00D0/U+00F0) stand in for Đ/đ in text converted from old Vietnamese encodings.
            if (c == 'đ' || c == 'Đ' || c == '\u00D0' || c == '\u00F0') {
                c = 'd';
            }
            out.append(c);
        }
        return out.toString().toLowerCase(Locale.ROOT).replaceAll(SPACES, " ").strip();
    }

    /** True when every word of the query occurs, folded, in the text. */
    public static boolean matches(String text, String query) {
        String foldedQuery = fold(query);
        if (foldedQuery.isEmpty()) {
            return true;
        }
        String foldedText = fold(text);
        for (String word : foldedQuery.split(" ")) {
            if (!foldedText.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
