package vn.sochibo.application.settings;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.sochibo.application.audit.AuditAction;
import vn.sochibo.application.audit.AuditKind;
import vn.sochibo.application.audit.AuditSummary;
import vn.sochibo.application.audit.AuditTrail;
import vn.sochibo.application.common.Transactions;
import vn.sochibo.application.member.MemberService;
import vn.sochibo.domain.common.Problem;
import vn.sochibo.domain.common.Text;
import vn.sochibo.domain.common.ValidationException;
import vn.sochibo.domain.meeting.MeetingStandards;
import vn.sochibo.domain.meeting.SelfScoreSheet;
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
    /** The self-score sheet in use ({@link SelfScoreSheet#format}); unset means the standard sheet. */
    public static final String SCORE_SHEET = "meetings.scoreSheet";
    /** Earlier sheets, "meetings.scoreSheet.earlier.1", ".2", … (oldest first): meetings scored on them. */
    public static final String EARLIER_SCORE_SHEET_PREFIX = "meetings.scoreSheet.earlier.";
    public static final int MAX_MEETING_MINUTES = 600;
    public static final int MIN_TEXT_SCALE = 100;
    public static final int MAX_TEXT_SCALE = 150;

    private final SettingsRepository settings;
    private final Transactions transactions;
    private final AuditTrail audit;

    public SettingsService(SettingsRepository settings, Transactions transactions, AuditTrail audit) {
        this.settings = settings;
        this.transactions = transactions;
        this.audit = audit;
    }

    /** Stores a setting inside the caller's unit of work and records the change (none when the value is the same). */
    private void put(String key, String value) {
        String before = settings.get(key).orElse(null);
        if (java.util.Objects.equals(before, value)) {
            return;
        }
        settings.put(key, value);
        audit.record(AuditAction.UPDATE, AuditKind.SETTING, key,
                AuditSummary.create().change("value", before, value).toString());
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
        transactions.run(() -> put(TEXT_SCALE, Integer.toString(percent)));
    }

    public int probationReminderDays() {
        return intSetting(PROBATION_REMINDER_DAYS, MemberService.DEFAULT_PROBATION_REMINDER_DAYS, 0, 365);
    }

    public void setProbationReminderDays(int days) {
        if (days < 0 || days > 365) {
            throw new ValidationException(Problem.of("probationReminderDays", "settings.error.reminderDaysRange"));
        }
        transactions.run(() -> put(PROBATION_REMINDER_DAYS, Integer.toString(days)));
    }

    /** The thresholds meetings are warned against; each falls back to its default when unset or out of range. */
    public MeetingStandards meetingStandards() {
        MeetingStandards d = MeetingStandards.defaults();
        return new MeetingStandards(intSetting(MIN_REGULAR_MINUTES, d.minRegularMinutes(), 1, MAX_MEETING_MINUTES),
                intSetting(MIN_COMBINED_MINUTES, d.minCombinedMinutes(), 1, MAX_MEETING_MINUTES),
                intSetting(LOW_ATTENDANCE_PERCENT, d.lowAttendancePercent(), 1, 100));
    }

    /** Saves the meeting standards; minutes 1–600, percent 1–100; a refused value changes nothing. */
    public void setMeetingStandards(MeetingStandards standards) {
        List<Problem> problems = new ArrayList<>();
        if (standards.minRegularMinutes() <= 0 || standards.minRegularMinutes() > MAX_MEETING_MINUTES) {
            problems.add(Problem.of("minRegularMinutes", "settings.error.minutesRange", MAX_MEETING_MINUTES));
        }
        if (standards.minCombinedMinutes() <= 0 || standards.minCombinedMinutes() > MAX_MEETING_MINUTES) {
            problems.add(Problem.of("minCombinedMinutes", "settings.error.minutesRange", MAX_MEETING_MINUTES));
        }
        if (standards.lowAttendancePercent() <= 0 || standards.lowAttendancePercent() > 100) {
            problems.add(Problem.of("lowAttendancePercent", "settings.error.percentRange"));
        }
        ValidationException.throwIfAny(problems);
        transactions.run(() -> {
            put(MIN_REGULAR_MINUTES, Integer.toString(standards.minRegularMinutes()));
            put(MIN_COMBINED_MINUTES, Integer.toString(standards.minCombinedMinutes()));
            put(LOW_ATTENDANCE_PERCENT, Integer.toString(standards.lowAttendancePercent()));
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
        transactions.run(() -> put(VOTE_THRESHOLD_PREFIX + subject.name(), VoteThresholds.format(threshold)));
    }

    /** Saves the threshold of every subject given, all or none. */
    public void setVoteThresholds(Map<VoteSubject, VoteThreshold> thresholds) {
        transactions.run(() -> thresholds.forEach((subject, threshold) ->
                put(VOTE_THRESHOLD_PREFIX + subject.name(), VoteThresholds.format(threshold))));
    }

    // ---- the self-score sheet (ADR 0006) ----

    /** The sheet new scores are given on: the one saved in settings, or the standard sheet. */
    public SelfScoreSheet scoreSheet() {
        return transactions.inTransaction(() -> currentSheet(settings.all()));
    }

    /**
     * The sheet a meeting's scores were given on: the current sheet when it has every criterion scored (always
     * for a meeting not scored yet), else the newest earlier sheet that has them all. Scores no known sheet
     * explains (a hand-edited file) are shown as criteria of their own, named by their key.
     */
    public SelfScoreSheet scoreSheetFor(Map<String, Integer> scores) {
        return transactions.inTransaction(() -> {
            Map<String, String> all = settings.all();
            SelfScoreSheet current = currentSheet(all);
            List<SelfScoreSheet> candidates = new ArrayList<>();
            candidates.add(current);
            List<SelfScoreSheet> earlier = earlierSheets(all);
            for (int i = earlier.size() - 1; i >= 0; i--) {
                candidates.add(earlier.get(i));
            }
            candidates.add(SelfScoreSheet.standard());
            for (SelfScoreSheet sheet : candidates) {
                if (scores.keySet().stream().allMatch(k -> sheet.criterion(k).isPresent())) {
                    return sheet;
                }
            }
            List<SelfScoreSheet.Criterion> criteria = new ArrayList<>(current.criteria());
            scores.keySet().stream().sorted().filter(k -> current.criterion(k).isEmpty())
                    .forEach(k -> criteria.add(new SelfScoreSheet.Criterion(k,
                            Math.max(1, scores.get(k) == null ? 1 : scores.get(k)), k)));
            return current.withCriteria(criteria);
        });
    }

    /**
     * Saves the criteria of the sheet, as the secretary typed them (a null key for a new criterion). Names
     * are cleaned (NFC, trimmed) and the sheet checked ({@link SelfScoreSheet#checkCriteria}); a refused sheet
     * changes nothing. A new criterion, or one whose maximum changed, gets a new key; the sheet replaced is
     * kept as an earlier sheet so that meetings scored on it still show and print as they did.
     *
     * @return the sheet as saved, with its keys
     */
    public SelfScoreSheet setScoreSheet(List<SelfScoreSheet.Criterion> typed) {
        List<SelfScoreSheet.Criterion> cleaned = typed.stream()
                .map(c -> new SelfScoreSheet.Criterion(c.key(), c.maxPoints(), Text.clean(c.name())))
                .toList();
        ValidationException.throwIfAny(SelfScoreSheet.checkCriteria(cleaned));
        return transactions.inTransaction(() -> {
            Map<String, String> all = settings.all();
            SelfScoreSheet current = currentSheet(all);
            List<SelfScoreSheet> earlier = earlierSheets(all);
            Map<String, Integer> knownMaxima = new HashMap<>();
            List<SelfScoreSheet> known = new ArrayList<>(earlier);
            known.add(SelfScoreSheet.standard());
            known.add(current);
            known.forEach(sheet -> sheet.criteria().forEach(c -> knownMaxima.put(c.key(), c.maxPoints())));
            Set<String> used = new HashSet<>();
            List<SelfScoreSheet.Criterion> keyed = new ArrayList<>();
            for (SelfScoreSheet.Criterion c : cleaned) {
                String key = c.key();
                boolean keep = key != null && !key.isBlank() && key.length() <= SelfScoreSheet.MAX_KEY_LENGTH
                        && !key.contains("|") && Integer.valueOf(c.maxPoints()).equals(knownMaxima.get(key))
                        && !used.contains(key);
                if (!keep) {
                    key = newCriterionKey(knownMaxima.keySet(), used);
                }
                used.add(key);
                keyed.add(new SelfScoreSheet.Criterion(key, c.maxPoints(), c.name()));
            }
            SelfScoreSheet saved = current.withCriteria(keyed);
            if (!saved.format().equals(current.format())) {
                boolean alreadyKept = earlier.stream().anyMatch(e -> e.format().equals(current.format()));
                if (!alreadyKept) {
                    put(EARLIER_SCORE_SHEET_PREFIX + (lastEarlierIndex(all) + 1), current.format());
                }
                put(SCORE_SHEET, saved.format());
            }
            return saved;
        });
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    /** "c" and ten random base-36 digits, never one a known sheet used. */
    private static String newCriterionKey(Collection<String> known, Set<String> used) {
        while (true) {
            StringBuilder key = new StringBuilder("c");
            for (int i = 0; i < 10; i++) {
                key.append(Character.forDigit(RANDOM.nextInt(36), 36));
            }
            String k = key.toString();
            if (!known.contains(k) && !used.contains(k)) {
                return k;
            }
        }
    }

    private static SelfScoreSheet currentSheet(Map<String, String> all) {
        return SelfScoreSheet.parse(all.get(SCORE_SHEET)).orElseGet(SelfScoreSheet::standard);
    }

    /** Earlier sheets, oldest first. */
    private static List<SelfScoreSheet> earlierSheets(Map<String, String> all) {
        return all.entrySet().stream()
                .filter(e -> earlierIndex(e.getKey()).isPresent())
                .sorted(Comparator.comparing(e -> earlierIndex(e.getKey()).orElseThrow()))
                .map(e -> SelfScoreSheet.parse(e.getValue()))
                .flatMap(Optional::stream)
                .toList();
    }

    private static int lastEarlierIndex(Map<String, String> all) {
        return all.keySet().stream().map(SettingsService::earlierIndex).flatMap(Optional::stream)
                .mapToInt(Integer::intValue).max().orElse(0);
    }

    private static Optional<Integer> earlierIndex(String key) {
        if (!key.startsWith(EARLIER_SCORE_SHEET_PREFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(key.substring(EARLIER_SCORE_SHEET_PREFIX.length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** True when this data folder holds the demo cell (created by {@code DemoCell}), not a real cell. */
    public boolean isDemoCell() {
        return transactions.inTransaction(() -> settings.get(DEMO_CELL)).map(Boolean::parseBoolean).orElse(false);
    }

    public void markDemoCell() {
        transactions.run(() -> put(DEMO_CELL, "true"));
    }

    public static final String AGENDA_TEMPLATE_PREFIX = "meetings.agendaTemplate.";
    public static final int MAX_AGENDA_PARTS = 30;
    public static final int MAX_AGENDA_TITLE = 300;

    /**
     * The agenda a new meeting of this kind starts with, one part title per entry, when the secretary has set one;
     * empty for the built-in agenda.
     */
    public java.util.Optional<List<String>> agendaTemplate(vn.sochibo.domain.meeting.MeetingKind kind) {
        return transactions.inTransaction(() -> settings.get(AGENDA_TEMPLATE_PREFIX + kind.name()))
                .filter(s -> !s.isBlank())
                .map(s -> s.lines().filter(l -> !l.isBlank()).toList());
    }

    /**
     * Sets the agenda a new meeting of this kind starts with: part titles (cleaned; blank ones dropped), 1 to 30,
     * each at most 300 characters. Meetings already recorded keep their agenda.
     */
    public void setAgendaTemplate(vn.sochibo.domain.meeting.MeetingKind kind, List<String> titles) {
        List<String> cleaned = titles.stream().map(vn.sochibo.domain.common.Text::clean)
                .filter(java.util.Objects::nonNull).toList();
        List<Problem> problems = new ArrayList<>();
        if (cleaned.isEmpty()) {
            problems.add(Problem.of("agendaTemplate", "settings.error.agendaTemplate.empty"));
        } else if (cleaned.size() > MAX_AGENDA_PARTS) {
            problems.add(Problem.of("agendaTemplate", "settings.error.agendaTemplate.tooMany", MAX_AGENDA_PARTS));
        }
        for (int i = 0; i < cleaned.size(); i++) {
            if (cleaned.get(i).length() > MAX_AGENDA_TITLE) {
                problems.add(Problem.of("agendaTemplate", "settings.error.agendaTemplate.tooLong", i + 1,
                        MAX_AGENDA_TITLE));
            }
        }
        ValidationException.throwIfAny(problems);
        transactions.run(() -> settings.put(AGENDA_TEMPLATE_PREFIX + kind.name(), String.join("\n", cleaned)));
    }

    /** Goes back to the built-in agenda for this kind. */
    public void resetAgendaTemplate(vn.sochibo.domain.meeting.MeetingKind kind) {
        transactions.run(() -> settings.put(AGENDA_TEMPLATE_PREFIX + kind.name(), ""));
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
        transactions.run(() -> put(BACKUP_KEEP, Integer.toString(keep)));
    }

    /** A second folder (a USB stick) every backup is also copied to; empty when there is none. */
    public java.util.Optional<String> backupSecondFolder() {
        return transactions.inTransaction(() -> settings.get(BACKUP_SECOND_FOLDER)).filter(s -> !s.isBlank());
    }

    /** Sets or (with null or blank) clears the second backup folder. */
    public void setBackupSecondFolder(String folder) {
        String cleaned = vn.sochibo.domain.common.Text.clean(folder);
        transactions.run(() -> put(BACKUP_SECOND_FOLDER, cleaned == null ? "" : cleaned));
    }

    /** Minutes without input before the window locks (a protected folder only); 0 means never. */
    public static final String AUTO_LOCK_MINUTES = "security.autoLockMinutes";
    public static final int DEFAULT_AUTO_LOCK_MINUTES = 10;
    /** The choices offered: never, 5, 10, 15, 30 or 60 minutes. */
    public static final List<Integer> AUTO_LOCK_CHOICES = List.of(0, 5, 10, 15, 30, 60);
    private static final int MAX_AUTO_LOCK_MINUTES = 24 * 60;

    /**
     * Minutes without key or mouse input before the window of a password-protected folder locks; 0 for never.
     * Unset (or not a whole number of minutes up to a day): {@value #DEFAULT_AUTO_LOCK_MINUTES}.
     */
    public int autoLockMinutes() {
        return intSetting(AUTO_LOCK_MINUTES, DEFAULT_AUTO_LOCK_MINUTES, 0, MAX_AUTO_LOCK_MINUTES);
    }

    /** One of {@link #AUTO_LOCK_CHOICES}; anything else is refused and changes nothing. */
    public void setAutoLockMinutes(int minutes) {
        if (!AUTO_LOCK_CHOICES.contains(minutes)) {
            throw new ValidationException(Problem.of("autoLockMinutes", "settings.error.autoLockMinutes"));
        }
        transactions.run(() -> put(AUTO_LOCK_MINUTES, Integer.toString(minutes)));
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
