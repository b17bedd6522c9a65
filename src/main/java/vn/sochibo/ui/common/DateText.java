package vn.sochibo.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * Dates as people in Vietnam write them: shown as dd/MM/yyyy; typed as d/M/yyyy with "/", "." or "-"
 * between the parts.
 */
public final class DateText {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private DateText() {
    }

    public static String format(LocalDate date) {
        return date == null ? "" : SHOWN.format(date);
    }

    /**
     * The date typed, or null when the text is blank.
     *
     * @throws DateTimeParseException when the text is not a real date written day/month/year
     */
    public static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String normalized = text.strip().replace('.', '/').replace('-', '/').replaceAll("\\s*/\\s*", "/");
        return LocalDate.parse(normalized, TYPED);
    }

    /** True when the text is blank or a real date. */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
