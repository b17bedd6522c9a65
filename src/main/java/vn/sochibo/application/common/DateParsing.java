package vn.sochibo.application.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

/**
 * Dates as Vietnamese users type them: 03/02/2026, 3/2/2026, 03-02-2026, 03.02.2026, "03 / 02 / 2026", or ISO
 * 2026-02-03.
 */
public final class DateParsing {
    private static final List<DateTimeFormatter> FORMATS = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE);

    private DateParsing() {
    }

    public static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String compact = text.strip().replaceAll("\\s*([/.-])\\s*", "$1");
        for (DateTimeFormatter format : FORMATS) {
            try {
                return Optional.of(LocalDate.parse(compact, format));
            } catch (DateTimeParseException e) {
                // try the next spelling
            }
        }
        return Optional.empty();
    }
}
