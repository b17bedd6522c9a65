package vn.sochibo.domain.pledge;

import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;

/**
 * A member's pledge figures for a year as of a day, for the overview, the year-end summary and the annual review
 * (domain.md §5, section I "keeping the year's pledges"). Only a registered pledge's items count: a member with
 * no pledge or only a draft has zero items.
 *
 * @param memberId  the member, or null for the cell's total ({@link #total})
 * @param items     the pledge's items (of the kind asked for, when filtered)
 * @param completed items whose last follow-up up to {@code asOf} says "hoàn thành"
 * @param counted   items due by {@code asOf} (deadline on or before it) or already completed: the rate's base
 * @param overdue   items past their deadline on {@code asOf} and not completed
 */
public record YearFigures(UUID memberId, int year, LocalDate asOf, boolean registered, int items, int completed,
        int counted, int overdue) {

    public CompletionRate completionRate() {
        return new CompletionRate(completed, counted);
    }

    /** The cell's figures: the sums over its members (the rate pools the items; it is not a mean of rates). */
    public static YearFigures total(int year, LocalDate asOf, Collection<YearFigures> members) {
        int items = 0;
        int completed = 0;
        int counted = 0;
        int overdue = 0;
        boolean registered = false;
        for (YearFigures f : members) {
            items += f.items;
            completed += f.completed;
            counted += f.counted;
            overdue += f.overdue;
            registered |= f.registered;
        }
        return new YearFigures(null, year, asOf, registered, items, completed, counted, overdue);
    }
}
