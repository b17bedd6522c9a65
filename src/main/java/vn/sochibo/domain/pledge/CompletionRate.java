package vn.sochibo.domain.pledge;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalInt;

/**
 * The share of counted items that are completed (ADR 0010, docs/data-format.md "Pledges"): an item counts once its
 * deadline is on or before the as-of day, or once it is completed (done early); it is completed when its last
 * follow-up up to that day says "hoàn thành". Undefined while nothing counts.
 */
public record CompletionRate(int completed, int counted) {
    public static final CompletionRate NONE = new CompletionRate(0, 0);

    public CompletionRate {
        if (completed < 0 || counted < completed) {
            throw new IllegalArgumentException("0 <= completed <= counted, got " + completed + "/" + counted);
        }
    }

    public boolean isDefined() {
        return counted > 0;
    }

    /** The rate as a fraction in [0, 1]; 0 when undefined. */
    public double fraction() {
        return counted == 0 ? 0 : (double) completed / counted;
    }

    /** The rate in whole percent, rounded half up; empty when nothing counts yet. */
    public OptionalInt percent() {
        if (counted == 0) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(BigDecimal.valueOf(100L * completed)
                .divide(BigDecimal.valueOf(counted), 0, RoundingMode.HALF_UP).intValueExact());
    }

    public CompletionRate plus(CompletionRate other) {
        return new CompletionRate(completed + other.completed, counted + other.counted);
    }
}
