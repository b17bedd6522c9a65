package vn.sochibo.application.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Text folded for matching ("Kiểm  ĐIỂM" becomes "kiem diem": NFD, combining marks stripped, đ/Đ → d, lower case
 * with {@link Locale#ROOT}, runs of whitespace collapsed to one space, trimmed), together with where each folded
 * character came from in the original text, so that a match found in the folded text is highlighted on the
 * original one, also when the original is in decomposed Unicode (a base letter followed by combining marks).
 *
 * @param original the text as given
 * @param text     the folded text
 * @param starts   for each character of {@code text}, the offset in {@code original} where its source begins
 * @param ends     for each character of {@code text}, the offset in {@code original} just after its source
 *                 (including any combining marks that followed it)
 */
public record Folded(String original, String text, int[] starts, int[] ends) {

    /** Folds {@code original} (null counts as empty). */
    public static Folded of(String original) {
        String source = original == null ? "" : original;
        StringBuilder out = new StringBuilder(source.length());
        int[] starts = new int[source.length() + 8];
        int[] ends = new int[source.length() + 8];
        boolean pendingSpace = false;
        int i = 0;
        while (i < source.length()) {
            int cp = source.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (isSpace(cp)) {
                pendingSpace = out.length() > 0;
                i = next;
                continue;
            }
            String piece = isMark(cp) ? "" : foldCodePoint(cp);
            if (piece.isEmpty()) {
                // A combining mark of decomposed input belongs to the letter before it.
                if (out.length() > 0 && !pendingSpace) {
                    ends[out.length() - 1] = next;
                }
                i = next;
                continue;
            }
            if (pendingSpace) {
                starts = ensure(starts, out.length() + 1);
                ends = ensure(ends, out.length() + 1);
                starts[out.length()] = i;
                ends[out.length()] = i;
                out.append(' ');
                pendingSpace = false;
            }
            starts = ensure(starts, out.length() + piece.length());
            ends = ensure(ends, out.length() + piece.length());
            for (int k = 0; k < piece.length(); k++) {
                starts[out.length()] = i;
                ends[out.length()] = next;
                out.append(piece.charAt(k));
            }
            i = next;
        }
        int n = out.length();
        return new Folded(source, out.toString(), java.util.Arrays.copyOf(starts, n), java.util.Arrays.copyOf(ends, n));
    }

    /** Just the folded text of {@code s}, without the offsets. */
    public static String fold(String s) {
        return of(s).text();
    }

    /** The range of the original text that the folded range {@code [from, to)} came from. */
    public Range toOriginal(int from, int to) {
        if (from >= to) {
            int at = from < starts.length ? starts[from] : original.length();
            return new Range(at, at);
        }
        return new Range(starts[from], ends[to - 1]);
    }

    /**
     * The words of a folded query: runs of letters and digits ("đảng-phí, 2024" gives dang, phi, 2024).
     */
    public static List<String> words(String foldedText) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < foldedText.length()) {
            while (i < foldedText.length() && !isWordChar(foldedText.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < foldedText.length() && isWordChar(foldedText.charAt(i))) {
                i++;
            }
            if (i > start) {
                words.add(foldedText.substring(start, i));
            }
        }
        return words;
    }

    /** Letters and digits make words; everything else separates them. */
    public static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    private static final String[] ASCII = new String[0x80];
    /** Folded forms of the characters below U+2000 (Vietnamese letters are all there), filled as met. */
    private static final java.util.concurrent.atomic.AtomicReferenceArray<String> CACHED =
            new java.util.concurrent.atomic.AtomicReferenceArray<>(0x2000);

    static {
        for (int c = 0; c < ASCII.length; c++) {
            ASCII[c] = String.valueOf((char) Character.toLowerCase(c));
        }
    }

    private static String foldCodePoint(int cp) {
        // Đ/đ and their look-alikes Ð/ð (from old Vietnamese encodings) have no decomposition: map them by hand.
        if (cp == 'đ' || cp == 'Đ' || cp == '\u00D0' || cp == '\u00F0') {
            return "d";
        }
        if (cp < 0x80) {
            return ASCII[cp];
        }
        if (cp < CACHED.length()) {
            String cached = CACHED.get(cp);
            if (cached == null) {
                cached = decompose(cp);
                CACHED.set(cp, cached);
            }
            return cached;
        }
        return decompose(cp);
    }

    private static String decompose(int cp) {
        String decomposed = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD);
        StringBuilder base = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(c -> !isMark(c)).forEach(base::appendCodePoint);
        String lower = base.toString().toLowerCase(Locale.ROOT);
        return lower;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    private static int[] ensure(int[] array, int size) {
        return size <= array.length ? array : java.util.Arrays.copyOf(array, Math.max(size, array.length * 2));
    }

    /** A half-open range {@code [start, end)} of a text. */
    public record Range(int start, int end) {
        public int length() {
            return end - start;
        }
    }
}
