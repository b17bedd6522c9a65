package vn.sochibo.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import vn.sochibo.application.common.DateParsing;
import vn.sochibo.application.common.Messages;

/**
 * Dates as people in Vietnam write them: shown as dd/MM/yyyy; typed as d/M/yyyy with "/", "." or "-"
 * between the parts.
 */
public final class DateText {
    private DateText() {
    }

    public static String format(LocalDate date) {
        return Messages.formatDate(date);
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
        return DateParsing.parse(text)
                .orElseThrow(() -> new DateTimeParseException("not a day/month/year date", text, 0));
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
