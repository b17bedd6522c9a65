package vn.sochibo.application.document;

import java.util.Objects;

/** A piece of inline text with its emphasis, e.g. a bold label "Biểu quyết:" inside a paragraph. */
public record Run(String text, boolean bold, boolean italic) {
    public Run {
        Objects.requireNonNull(text, "text");
    }

    public static Run plain(String text) {
        return new Run(text, false, false);
    }

    public static Run bold(String text) {
        return new Run(text, true, false);
    }

    public static Run italic(String text) {
        return new Run(text, false, true);
    }

    public static Run boldItalic(String text) {
        return new Run(text, true, true);
    }
}
