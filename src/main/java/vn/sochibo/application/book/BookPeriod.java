package vn.sochibo.application.book;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The days a record book covers, both included: a calendar year, the committee's term, or any range of days.
 *
 * @param kind what the period is, which decides how the cover names it
 * @param from the first day
 * @param to   the last day, not before {@code from}
 */
public record BookPeriod(Kind kind, LocalDate from, LocalDate to) {
    /** The earliest and latest years a book may cover. */
    public static final int FIRST_YEAR = 1930;
    public static final int LAST_YEAR = 9999;

    public enum Kind { YEAR, TERM, RANGE }

    public BookPeriod {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends before it starts");
        }
    }

    /** 1 January to 31 December of the year. */
    public static BookPeriod year(int year) {
        return new BookPeriod(Kind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
