package vn.sochibo.domain.pledge;

/** The longest text the store keeps for each part of a pledge (the column sizes of db/migration V6). */
public final class PledgeLimits {
    public static final int CONTENT = 1000;
    public static final int TARGET = 1000;
    public static final int PROGRESS = 2000;
    public static final int EVIDENCE = 1000;
    /** The earliest pledge year the app accepts. */
    public static final int FIRST_YEAR = 2000;

    private PledgeLimits() {
    }
}
