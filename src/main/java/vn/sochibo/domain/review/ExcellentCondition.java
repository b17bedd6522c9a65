package vn.sochibo.domain.review;

/**
 * The conditions for "hoàn thành xuất sắc nhiệm vụ" shown as a checklist (domain.md §5). Three the app derives from
 * the records ({@link #SCORE}, {@link #NO_SIGNS}, {@link #PLEDGES_KEPT}); two the cell ticks
 * ({@link #ALL_TASKS_DONE}, {@link #CLEARLY_BEYOND}).
 */
public enum ExcellentCondition {
    /** The score reaches the band of xuất sắc (90 by default). */
    SCORE(true),
    /** No sign of degradation ticked. */
    NO_SIGNS(true),
    /** Every pledge item due was completed (no pledge items counts as unknown). */
    PLEDGES_KEPT(true),
    /** Every task assigned was done, on time. */
    ALL_TASKS_DONE(false),
    /** Clearly beyond the tasks: an outstanding result or product, recognised. */
    CLEARLY_BEYOND(false);

    private final boolean derived;

    ExcellentCondition(boolean derived) {
        this.derived = derived;
    }

    /** True when the app works it out; false when the secretary ticks it. */
    public boolean isDerived() {
        return derived;
    }
}
