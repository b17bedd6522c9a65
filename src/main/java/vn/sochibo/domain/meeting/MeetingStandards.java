package vn.sochibo.domain.meeting;

/**
 * The thresholds a meeting is checked against for warnings (never to block): minimum durations and the
 * attendance rate under which the minutes are flagged. Defaults from domain.md §3; settings may change them.
 *
 * @param minRegularMinutes   a regular (or thematic, extraordinary) meeting lasts at least this long
 * @param minCombinedMinutes  a combined regular + thematic meeting lasts at least this long
 * @param lowAttendancePercent warn when fewer of those called attend (the quorum rule is unconfirmed)
 */
public record MeetingStandards(int minRegularMinutes, int minCombinedMinutes, int lowAttendancePercent) {
    public static MeetingStandards defaults() {
        return new MeetingStandards(90, 120, 67);
    }
}
