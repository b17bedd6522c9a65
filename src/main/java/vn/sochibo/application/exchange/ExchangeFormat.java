package vn.sochibo.application.exchange;

/** Names and version of the JSON exchange format (docs/data-format.md). */
public final class ExchangeFormat {
    public static final String FORMAT_NAME = "sochibo-exchange";
    /** Bump when a record type or field is added; an older app refuses a newer file. */
    public static final int VERSION = 1;

    private ExchangeFormat() {
    }
}
