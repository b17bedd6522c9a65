package vn.sochibo.domain.meeting;

/** The longest text the store keeps for each part of a meeting (the column sizes of db/migration V2 and V4). */
public final class MeetingLimits {
    public static final int TOPIC = 500;
    public static final int PLACE = 300;
    public static final int GUEST_NAME = 200;
    public static final int GUEST_POSITION = 300;
    public static final int ABSENCE_REASON = 500;
    public static final int PART_TITLE = 300;
    public static final int LONG_TEXT = 100_000;
    public static final int VOTE_QUESTION = 1000;
    public static final int TASK = 2000;
    public static final int FOLLOW_UP_NOTE = 2000;
    public static final int DUES = 2000;

    private MeetingLimits() {
    }
}
