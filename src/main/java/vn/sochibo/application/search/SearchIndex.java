package vn.sochibo.application.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The searchable texts of the store, folded once, in memory only (never written to disk: the data folder may be
 * encrypted). Immutable: a change to the data builds a new index. A query scans each document's folded title and
 * text with {@link String#indexOf}, which on ten years of a 60-member cell (a few megabytes) takes milliseconds.
 */
final class SearchIndex {
    /** Characters of a snippet around its first match, without the ellipses. */
    static final int SNIPPET_LENGTH = 160;
    /** Characters kept before the first match in a snippet. */
    static final int SNIPPET_LEAD = 40;

    /** One searchable record. */
    record Doc(SearchRef ref, Folded title, Folded body, LocalDate date) {
    }

    private final Map<SearchKind, List<Doc>> docs;
    private final int size;
    private final long chars;

    /** @param docs each kind's documents in the order hits are shown */
    SearchIndex(Map<SearchKind, List<Doc>> docs) {
        this.docs = new EnumMap<>(SearchKind.class);
        int n = 0;
        long c = 0;
        for (var entry : docs.entrySet()) {
            this.docs.put(entry.getKey(), List.copyOf(entry.getValue()));
            n += entry.getValue().size();
            for (Doc d : entry.getValue()) {
                c += d.title().text().length() + d.body().text().length();
            }
        }
        this.size = n;
        this.chars = c;
    }

    /** How many records the index holds. */
    int size() {
        return size;
    }

    /** How many folded characters the index holds. */
    long chars() {
        return chars;
    }

    /** Every word (folded) must begin a word of the title or the text; at most {@code limit} hits per kind. */
    SearchResult search(String query, List<String> words, int limit) {
        List<SearchResult.Group> groups = new ArrayList<>();
        for (SearchKind kind : SearchKind.values()) {
            List<Doc> list = docs.getOrDefault(kind, List.of());
            int count = 0;
            List<SearchHit> hits = new ArrayList<>();
            for (Doc doc : list) {
                if (!matchesAll(doc, words)) {
                    continue;
                }
                count++;
                if (hits.size() < limit) {
                    hits.add(hit(doc, words));
                }
            }
            if (count > 0) {
                groups.add(new SearchResult.Group(kind, count, hits));
            }
        }
        return new SearchResult(query, groups);
    }

    private static boolean matchesAll(Doc doc, List<String> words) {
        for (String word : words) {
            if (firstWordStart(doc.title().text(), word, 0) < 0 && firstWordStart(doc.body().text(), word, 0) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The first index at or after {@code from} where {@code word} occurs at the start of a word of {@code text}. */
    static int firstWordStart(String text, String word, int from) {
        int at = text.indexOf(word, from);
        while (at >= 0) {
            if (at == 0 || !Folded.isWordChar(text.charAt(at - 1))) {
                return at;
            }
            at = text.indexOf(word, at + 1);
        }
        return -1;
    }

    private static SearchHit hit(Doc doc, List<String> words) {
        MarkedText title = new MarkedText(doc.title().original(), marks(doc.title(), words));
        return new SearchHit(doc.ref(), title, snippet(doc.body(), marks(doc.body(), words)), doc.date());
    }

    /** Every place a query word begins a word, as ranges of the original text, sorted and merged. */
    static List<Folded.Range> marks(Folded folded, List<String> words) {
        List<Folded.Range> found = new ArrayList<>();
        for (String word : words) {
            int at = firstWordStart(folded.text(), word, 0);
            while (at >= 0) {
                found.add(folded.toOriginal(at, at + word.length()));
                at = firstWordStart(folded.text(), word, at + word.length());
            }
        }
        found.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(b.end(), a.end()));
        List<Folded.Range> merged = new ArrayList<>();
        for (Folded.Range r : found) {
            if (!merged.isEmpty() && r.start() <= merged.get(merged.size() - 1).end()) {
                Folded.Range last = merged.remove(merged.size() - 1);
                merged.add(new Folded.Range(last.start(), Math.max(last.end(), r.end())));
            } else {
                merged.add(r);
            }
        }
        return merged;
    }

    /** One line of the text around its first mark (its start when nothing matched in it), marks moved along. */
    static MarkedText snippet(Folded body, List<Folded.Range> marks) {
        String text = body.original();
        if (text.isEmpty()) {
            return new MarkedText("", List.of());
        }
        int first = marks.isEmpty() ? 0 : marks.get(0).start();
        int start = Math.max(0, first - SNIPPET_LEAD);
        if (start > 0) {
            int space = text.indexOf(' ', start);
            start = space >= 0 && space < first ? space + 1 : start;
        }
        int end = Math.min(text.length(), start + SNIPPET_LENGTH);
        if (end < text.length()) {
            int space = text.lastIndexOf(' ', end);
            end = space > first ? space : end;
        }
        String prefix = start > 0 ? "…" : "";
        StringBuilder line = new StringBuilder(prefix);
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            line.append(c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
        }
        if (end < text.length()) {
            line.append('…');
        }
        int shift = prefix.length() - start;
        List<Folded.Range> moved = new ArrayList<>();
        for (Folded.Range r : marks) {
            int s = Math.max(r.start(), start);
            int e = Math.min(r.end(), end);
            if (s < e) {
                moved.add(new Folded.Range(s + shift, e + shift));
            }
        }
        return new MarkedText(line.toString(), moved);
    }
}
