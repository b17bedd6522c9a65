package vn.sochibo.application.statistics;

import java.time.LocalDate;
import java.util.Locale;
import vn.sochibo.application.common.Messages;
import vn.sochibo.domain.meeting.MeetingKind;
import vn.sochibo.domain.meeting.SelfScoreSheet;

/**
 * The statistics' cells in words, the Vietnamese way: a decimal comma ("91,7"), dates as dd/MM/yyyy, kinds,
 * grades and rules named from the messages bundle. The same text on screen, on the command line and in the CSV,
 * except that the CSV writes percentages without the "%" so that Excel reads them as numbers.
 */
public final class StatFormat {
    private static final Locale VI = Messages.VIETNAMESE;
    private final Messages messages;

    public StatFormat(Messages messages) {
        this.messages = messages;
    }

    public String heading(String key) {
        return messages.get(key);
    }

    /** A cell as shown on screen and on the command line: a percentage with "%", an empty one as "–". */
    public String display(StatTable table, int column, Object cell) {
        if (cell instanceof Double d && isPercent(table, column)) {
            return decimal(d) + " %";
        }
        if (cell == null && isPercent(table, column)) {
            return "–";
        }
        return text(cell);
    }

    /** A cell for the CSV: numbers bare with a decimal comma, an empty percentage empty. */
    public String csv(Object cell) {
        return text(cell);
    }

    /** Whether the column holds percentages or scores out of 100 (drawn on a 0–100 axis). */
    public static boolean isOutOfHundred(StatTable table, int column) {
        return isPercent(table, column) || table.columnKeys().get(column).equals("stats.col.score");
    }

    /** Whether the column holds percentages (drawn on a 0–100 axis, shown with "%"). */
    public static boolean isPercent(StatTable table, int column) {
        String key = table.columnKeys().get(column);
        return key.endsWith("Rate") || key.endsWith("goodOrBetter");
    }

    private String text(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Double d) {
            return decimal(d);
        }
        if (cell instanceof LocalDate d) {
            return Messages.formatDate(d);
        }
        if (cell instanceof MeetingKind k) {
            return messages.get("stats.kind." + k.name());
        }
        if (cell instanceof SelfScoreSheet.Grade g) {
            return messages.get("stats.grade." + g.name());
        }
        if (cell instanceof StatisticsService.QuarterRule r) {
            return messages.get("stats.rule." + r.name());
        }
        if (cell instanceof StatisticsService.RowLabel l) {
            return messages.get("stats.row." + l.name());
        }
        if (cell instanceof StatisticsService.Answer a) {
            return messages.get("stats.answer." + a.name());
        }
        if (cell instanceof StatisticsService.Quarter q) {
            return messages.format("stats.quarter", String.valueOf(q.number()), String.valueOf(q.year()));
        }
        return String.valueOf(cell);
    }

    /** One decimal, with a comma: 91.666 → "91,7"; 100.0 → "100". */
    public static String decimal(double value) {
        java.text.DecimalFormat f = new java.text.DecimalFormat("0.#",
                java.text.DecimalFormatSymbols.getInstance(VI));
        f.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return f.format(value);
    }
}
