package vn.sochibo.domain.review;

/**
 * The quota on "xuất sắc" (domain.md §5, default on, unconfirmed under the 2025 rules): the members rated xuất sắc
 * may not exceed {@code percent}% of those rated tốt. Only warned about, never blocking.
 */
public record QuotaRule(boolean enabled, int percent) {
    public static final QuotaRule DEFAULT = new QuotaRule(true, 20);

    /** Checks counts of members rated xuất sắc and tốt (tốt alone: xuất sắc is not counted in it). */
    public QuotaCheck check(int excellent, int good) {
        // exact integer arithmetic: 1 xuất sắc for 5 tốt is exactly 20% and within the quota
        boolean exceeded = enabled && (long) excellent * 100 > (long) good * percent;
        return new QuotaCheck(enabled, percent, excellent, good, (int) ((long) good * percent / 100), exceeded);
    }

    /**
     * @param allowed the most xuất sắc the quota allows with this many tốt (rounded down)
     */
    public record QuotaCheck(boolean enabled, int percent, int excellent, int good, int allowed, boolean exceeded) {
    }
}
