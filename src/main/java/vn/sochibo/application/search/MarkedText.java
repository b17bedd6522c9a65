package vn.sochibo.application.search;

import java.util.List;

/**
 * A text with the ranges to highlight (the words that matched), in offsets of {@code text}; ranges are sorted and
 * do not overlap.
 */
public record MarkedText(String text, List<Folded.Range> marks) {
    public MarkedText {
        marks = List.copyOf(marks);
    }

    /** The highlighted parts, in order ("đảng", "phí"). */
    public List<String> markedParts() {
        return marks.stream().map(r -> text.substring(r.start(), r.end())).toList();
    }
}
