package vn.sochibo.application.settings;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.sochibo.application.common.Transactions;
import vn.sochibo.application.member.MemberService;
import vn.sochibo.domain.common.Problem;
import vn.sochibo.domain.common.ValidationException;
import vn.sochibo.domain.meeting.MeetingStandards;
import vn.sochibo.domain.meeting.VoteSubject;
import vn.sochibo.domain.meeting.VoteThreshold;
import vn.sochibo.domain.meeting.VoteThresholds;

/** The user's preferences, typed; stored as key/value pairs so later features can add their own. */
public class SettingsService {
    public static final String TEXT_SCALE = "ui.textScalePercent";
    public static final String PROBATION_REMINDER_DAYS = "members.probationReminderDays";
    public static final String MIN_REGULAR_MINUTES = "meetings.minRegularMinutes";
    public static final String MIN_COMBINED_MINUTES = "meetings.minCombinedMinutes";
    public static final String LOW_ATTENDANCE_PERCENT = "meetings.lowAttendancePercent";
    /** Set when the data folder holds the fictional demo cell rather than a real one. */
    public static final String DEMO_CELL = "cell.demo";
    public static final int MIN_TEXT_SCALE = 100;
    public static final int MAX_TEXT_SCALE = 150;

    private final SettingsRepository settings;
    private final Transactions transactions;

    public SettingsService(SettingsRepository settings, Transactions transactions) {
        this.settings = settings;
        this.transactions = transactions;
    }

    /** Text size of the whole UI in percent, 100–150. */
    public int textScalePercent() {
        return intSetting(TEXT_SCALE, MIN_TEXT_SCALE, MIN_TEXT_SCALE, MAX_TEXT_SCALE);
    }

    public void setTextScalePercent(int percent) {
        if (percent < MIN_TEXT_SCALE || percent > MAX_TEXT_SCALE) {
            throw new ValidationException(
                    Problem.of("textScale", "settings.error.textScaleRange", MIN_TEXT_SCALE, MAX_TEXT_SCALE));
        }
        transactions.run(() -> settings.put(TEXT_SCALE, Integer.toString(percent)));
    }

    public int probationReminderDays() {
        return intSetting(PROBATION_REMINDER_DAYS, MemberService.DEFAULT_PROBATION_REMINDER_DAYS, 0, 365);
    }

    public void setProbationReminderDays(int days) {
        if (days < 0 || days > 365) {
            throw new ValidationException(Problem.of("probationReminderDays", "settings.error.reminderDaysRange"));
        }
        transactions.run(() -> settings.put(PROBATION_REMINDER_DAYS, Integer.toString(days)));
    }

    /** The thresholds meetings are warned against; each falls back to its default when unset or out of range. */
    public MeetingStandards meetingStandards() {
        MeetingStandards d = MeetingStandards.defaults();
        return new MeetingStandards(intSetting(MIN_REGULAR_MINUTES, d.minRegularMinutes(), 0, 600),
                intSetting(MIN_COMBINED_MINUTES, d.minCombinedMinutes(), 0, 600),
                intSetting(LOW_ATTENDANCE_PERCENT, d.lowAttendancePercent(), 0, 100));
    }

    public void setMeetingStandards(MeetingStandards standards) {
        List<Problem> problems = new ArrayList<>();
        if (standards.minRegularMinutes() < 0 || standards.minRegularMinutes() > 600) {
            problems.add(Problem.of("minRegularMinutes", "settings.error.minutesRange", 600));
        }
        if (standards.minCombinedMinutes() < 0 || standards.minCombinedMinutes() > 600) {
            problems.add(Problem.of("minCombinedMinutes", "settings.error.minutesRange", 600));
        }
        if (standards.lowAttendancePercent() < 0 || standards.lowAttendancePercent() > 100) {
            problems.add(Problem.of("lowAttendancePercent", "settings.error.percentRange"));
        }
        ValidationException.throwIfAny(problems);
        transactions.run(() -> {
            settings.put(MIN_REGULAR_MINUTES, Integer.toString(standards.minRegularMinutes()));
            settings.put(MIN_COMBINED_MINUTES, Integer.toString(standards.minCombinedMinutes()));
            settings.put(LOW_ATTENDANCE_PERCENT, Integer.toString(standards.lowAttendancePercent()));
        });
    }

    /** Prefix of the per-subject vote threshold keys, e.g. "votes.threshold.ADMISSION" = "2/3 >= BASE". */
    public static final String VOTE_THRESHOLD_PREFIX = "votes.threshold.";

    /** The threshold of each kind of vote: the default of domain.md §3 unless settings name another. */
    public VoteThresholds voteThresholds() {
        Map<String, String> all = transactions.inTransaction(settings::all);
        Map<VoteSubject, VoteThreshold> chosen = new EnumMap<>(VoteSubject.class);
        for (VoteSubject subject : VoteSubject.values()) {
            VoteThresholds.parse(all.get(VOTE_THRESHOLD_PREFIX + subject.name()))
                    .ifPresent(t -> chosen.put(subject, t));
        }
        return new VoteThresholds(chosen);
    }

    public void setVoteThreshold(VoteSubject subject, VoteThreshold threshold) {
        transactions.run(() -> settings.put(VOTE_THRESHOLD_PREFIX + subject.name(), VoteThresholds.format(threshold)));
    }

    /** True when this data folder holds the demo cell (created by {@code DemoCell}), not a real cell. */
    public boolean isDemoCell() {
        return transactions.inTransaction(() -> settings.get(DEMO_CELL)).map(Boolean::parseBoolean).orElse(false);
    }

    public void markDemoCell() {
        transactions.run(() -> settings.put(DEMO_CELL, "true"));
    }

    public static final String BACKUP_KEEP = "backups.keep";
    public static final String BACKUP_SECOND_FOLDER = "backups.secondFolder";
    public static final int DEFAULT_BACKUP_KEEP = 10;
    public static final int MAX_BACKUP_KEEP = 100;

    /** How many automatic backups each backup folder keeps (the oldest beyond go), 1–100, default 10. */
    public int backupKeep() {
        return intSetting(BACKUP_KEEP, DEFAULT_BACKUP_KEEP, 1, MAX_BACKUP_KEEP);
    }

    public void setBackupKeep(int keep) {
        if (keep < 1 || keep > MAX_BACKUP_KEEP) {
            throw new ValidationException(Problem.of("backupKeep", "settings.error.backupKeepRange", MAX_BACKUP_KEEP));
        }
        transactions.run(() -> settings.put(BACKUP_KEEP, Integer.toString(keep)));
    }

    /** A second folder (a USB stick) every backup is also copied to; empty when there is none. */
    public java.util.Optional<String> backupSecondFolder() {
        return transactions.inTransaction(() -> settings.get(BACKUP_SECOND_FOLDER)).filter(s -> !s.isBlank());
    }

    /** Sets or (with null or blank) clears the second backup folder. */
    public void setBackupSecondFolder(String folder) {
        String cleaned = vn.sochibo.domain.common.Text.clean(folder);
        transactions.run(() -> settings.put(BACKUP_SECOND_FOLDER, cleaned == null ? "" : cleaned));
    }

    private int intSetting(String key, int fallback, int min, int max) {
        String raw = transactions.inTransaction(() -> settings.get(key)).orElse(null);
        if (raw == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            return value < min || value > max ? fallback : value;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
