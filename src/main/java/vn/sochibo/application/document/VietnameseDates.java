package vn.sochibo.application.document;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Objects;

/**
 * Dates and times the way Party documents write them: "ngày 03 tháng 02 năm 2026" (day and month below 10
 * get a leading zero), "Quảng Trị, ngày 03 tháng 02 năm 2026", "14 giờ 05 phút".
 */
public final class VietnameseDates {
    private VietnameseDates() {
    }

    /** "ngày 03 tháng 02 năm 2026". */
    public static String date(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return String.format(Locale.ROOT, "ngày %02d tháng %02d năm %d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    /** The header's place-and-date line: "Quảng Trị, ngày 03 tháng 02 năm 2026". */
    public static String placeAndDate(String place, LocalDate date) {
        if (place == null || place.isBlank()) {
            throw new IllegalArgumentException("place is required");
        }
        return place.strip() + ", " + date(date);
    }

    /** "14 giờ 05 phút", "8 giờ 00 phút": the hour as is, the minutes always with two digits. */
    public static String time(LocalTime time) {
        Objects.requireNonNull(time, "time");
        return String.format(Locale.ROOT, "%d giờ %02d phút", time.getHour(), time.getMinute());
    }
}
