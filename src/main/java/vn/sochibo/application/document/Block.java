package vn.sochibo.application.document;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One piece of a document's body, in reading order. The renderer decides how each kind looks; the model only
 * says what it is.
 */
public sealed interface Block permits Block.Paragraph, Block.Heading, Block.ListItem, Block.Table {

    /** How a paragraph sits on the line. JUSTIFIED is the body default. */
    enum Alignment { JUSTIFIED, LEFT, CENTER, RIGHT }

    /**
     * A body paragraph made of runs. By default justified with the first line indented; a paragraph may be
     * split across pages.
     */
    record Paragraph(List<Run> runs, boolean firstLineIndent, Alignment alignment) implements Block {
        public Paragraph {
            runs = List.copyOf(runs);
            if (runs.isEmpty()) {
                throw new IllegalArgumentException("a paragraph needs at least one run");
            }
            Objects.requireNonNull(alignment, "alignment");
        }

        /** A plain, justified paragraph with its first line indented. */
        public static Paragraph of(String text) {
            return new Paragraph(List.of(Run.plain(text)), true, Alignment.JUSTIFIED);
        }

        /** A justified, indented paragraph from runs, e.g. {@code of(Run.bold("Biểu quyết:"), Run.plain(" 18/20 …"))}. */
        public static Paragraph of(Run... runs) {
            return new Paragraph(List.of(runs), true, Alignment.JUSTIFIED);
        }

        /** A bold label followed by normal text, separated by one space: "Biểu quyết: 18/20 đồng chí …". */
        public static Paragraph labelled(String label, String text) {
            return of(Run.bold(label), Run.plain(" " + text));
        }

        public Paragraph withoutIndent() {
            return new Paragraph(runs, false, alignment);
        }

        public Paragraph aligned(Alignment newAlignment) {
            return new Paragraph(runs, firstLineIndent, newAlignment);
        }

        /** The text without emphasis. */
        public String plainText() {
            StringBuilder sb = new StringBuilder();
            runs.forEach(r -> sb.append(r.text()));
            return sb.toString();
        }
    }

    /** A section heading such as "I. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT THÁNG TRƯỚC": bold, kept with what follows. */
    record Heading(String text) implements Block {
        public Heading {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * An item of a dash list ("- Đồng chí Lê Văn Bình: …"), laid out like a paragraph whose text starts with
     * the marker.
     */
    record ListItem(String marker, List<Run> runs) implements Block {
        public ListItem {
            Objects.requireNonNull(marker, "marker");
            runs = List.copyOf(runs);
            if (runs.isEmpty()) {
                throw new IllegalArgumentException("a list item needs at least one run");
            }
        }

        public static ListItem dash(String text) {
            return new ListItem("-", List.of(Run.plain(text)));
        }

        public static ListItem dash(Run... runs) {
            return new ListItem("-", List.of(runs));
        }

        public static ListItem plus(String text) {
            return new ListItem("+", List.of(Run.plain(text)));
        }
    }

    /**
     * A simple ruled table: a header row and rows of plain text, with relative column widths (weights, any
     * positive numbers; null or empty for equal columns) and the alignment of each column's body cells (null or
     * empty for all LEFT; header cells are always centred). Every row has as many cells as the header.
     */
    record Table(List<String> header, List<List<String>> rows, List<Double> columnWeights,
                 List<Alignment> columnAlignments) implements Block {
        public Table {
            header = List.copyOf(header);
            if (header.isEmpty()) {
                throw new IllegalArgumentException("a table needs at least one column");
            }
            List<List<String>> copied = new ArrayList<>(rows.size());
            for (List<String> row : rows) {
                if (row.size() != header.size()) {
                    throw new IllegalArgumentException(
                            "row has " + row.size() + " cells, header has " + header.size());
                }
                copied.add(List.copyOf(row));
            }
            rows = List.copyOf(copied);
            columnWeights = columnWeights == null || columnWeights.isEmpty()
                    ? Collections.nCopies(header.size(), 1.0)
                    : List.copyOf(columnWeights);
            if (columnWeights.size() != header.size()) {
                throw new IllegalArgumentException("one weight per column");
            }
            for (double w : columnWeights) {
                if (!(w > 0)) {
                    throw new IllegalArgumentException("column weights must be positive");
                }
            }
            columnAlignments = columnAlignments == null || columnAlignments.isEmpty()
                    ? Collections.nCopies(header.size(), Alignment.LEFT)
                    : List.copyOf(columnAlignments);
            if (columnAlignments.size() != header.size()) {
                throw new IllegalArgumentException("one alignment per column");
            }
        }

        /** A table with the given column weights, body cells left-aligned. */
        public Table(List<String> header, List<List<String>> rows, List<Double> columnWeights) {
            this(header, rows, columnWeights, null);
        }

        /** A table with equal columns. */
        public static Table of(List<String> header, List<List<String>> rows) {
            return new Table(header, rows, null, null);
        }

        public Table withAlignments(Alignment... alignments) {
            return new Table(header, rows, columnWeights, List.of(alignments));
        }
    }
}
