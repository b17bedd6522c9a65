package vn.sochibo.application.search;

import java.time.LocalDate;

/**
 * One record found.
 *
 * @param ref     what to open
 * @param title   the record's title in Vietnamese ("Sinh hoạt thường kỳ tháng 3/2024"), matches marked
 * @param snippet a one-line extract of its text around the first match, matches marked (may be empty)
 * @param date    the record's date when it has one (meeting, review), else null
 */
public record SearchHit(SearchRef ref, MarkedText title, MarkedText snippet, LocalDate date) {
}
