package vn.sochibo.application.statistics;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the statistics cover: a calendar year, or the committee's term (nhiệm kỳ) as the cell profile sets it. Both
 * are a range of days underneath, both ends included.
 *
 * @param year for a year, the year; for a term, the year of its end (pledges and reviews are yearly)
 */
public record StatsPeriod(Kind kind, int year, LocalDate from, LocalDate to) {
    public enum Kind {
        YEAR,
        TERM
    }

    public StatsPeriod {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends before it starts: " + from + " – " + to);
        }
    }

    public static StatsPeriod ofYear(int year) {
        return new StatsPeriod(Kind.YEAR, year, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public static StatsPeriod ofTerm(LocalDate start, LocalDate end) {
        return new StatsPeriod(Kind.TERM, end.getYear(), start, end);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
