package vn.sochibo.application.review;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.sochibo.application.audit.AuditAction;
import vn.sochibo.application.audit.AuditKind;
import vn.sochibo.application.audit.AuditSummary;
import vn.sochibo.application.audit.AuditTrail;
import vn.sochibo.application.common.Transactions;
import vn.sochibo.application.settings.SettingsRepository;
import vn.sochibo.domain.common.Problem;
import vn.sochibo.domain.common.Text;
import vn.sochibo.domain.common.ValidationException;
import vn.sochibo.domain.meeting.VoteThreshold;
import vn.sochibo.domain.meeting.VoteThresholds;
import vn.sochibo.domain.review.QuotaRule;
import vn.sochibo.domain.review.ReviewRules;
import vn.sochibo.domain.review.ReviewScoreSheet;

/**
 * The annual review's settings (keys in docs/data-format.md): the quota on xuất sắc, the vote threshold of the
 * cell's level, the local rule on recently admitted members, and the score sheet with the earlier sheets kept
 * (ADR 0012, like ADR 0006). Each falls back to its default when unset or unreadable; each change is audited.
 */
public class ReviewSettings {
    public static final String QUOTA_ENABLED = "reviews.quota.enabled";
    public static final String QUOTA_PERCENT = "reviews.quota.percent";
    public static final String VOTE_THRESHOLD = "reviews.voteThreshold";
    public static final String MIN_MONTHS_SINCE_ADMISSION = "reviews.minMonthsSinceAdmission";
    public static final String SCORE_SHEET = "reviews.scoreSheet";
    public static final String EARLIER_SCORE_SHEET_PREFIX = "reviews.scoreSheet.earlier.";
    /** More than half of the official members present. */
    public static final VoteThreshold DEFAULT_VOTE_THRESHOLD =
            new VoteThreshold(1, 2, true, VoteThreshold.Reference.PRESENT);

    private final SettingsRepository settings;
    private final Transactions transactions;
    private final AuditTrail audit;

    public ReviewSettings(SettingsRepository settings, Transactions transactions, AuditTrail audit) {
        this.settings = settings;
        this.transactions = transactions;
        this.audit = audit;
    }

    public QuotaRule quota() {
        return transactions.inTransaction(() -> {
            boolean enabled = settings.get(QUOTA_ENABLED).map(s -> !s.strip().equalsIgnoreCase("false")).orElse(true);
            return new QuotaRule(enabled, intSetting(QUOTA_PERCENT, QuotaRule.DEFAULT.percent(), 0, 100));
        });
    }

    /** Switches the quota on or off and sets its percentage (0–100); a refused value changes nothing. */
    public void setQuota(QuotaRule rule) {
        if (rule.percent() < 0 || rule.percent() > 100) {
            throw new ValidationException(Problem.of("quota.percent", "review.error.percentRange"));
        }
        transactions.run(() -> {
            put(QUOTA_ENABLED, Boolean.toString(rule.enabled()));
            put(QUOTA_PERCENT, Integer.toString(rule.percent()));
        });
    }

    /** The threshold the cumulative votes for a level must reach; default more than half of those present. */
    public VoteThreshold voteThreshold() {
        return transactions.inTransaction(() -> VoteThresholds.parse(settings.get(VOTE_THRESHOLD).orElse(null))
                .orElse(DEFAULT_VOTE_THRESHOLD));
    }

    public void setVoteThreshold(VoteThreshold threshold) {
        transactions.run(() -> put(VOTE_THRESHOLD, VoteThresholds.format(threshold)));
    }

    /** Members admitted less than this many months before the period's end are proposed exempt; 0 turns it off. */
    public int minMonthsSinceAdmission() {
        return intSetting(MIN_MONTHS_SINCE_ADMISSION, ReviewRules.DEFAULT_MIN_MONTHS_SINCE_ADMISSION, 0, 24);
    }

    public void setMinMonthsSinceAdmission(int months) {
        if (months < 0 || months > 24) {
            throw new ValidationException(Problem.of("minMonthsSinceAdmission", "review.error.monthsRange"));
        }
        transactions.run(() -> put(MIN_MONTHS_SINCE_ADMISSION, Integer.toString(months)));
    }

    // ---- the score sheet ----

    public ReviewScoreSheet scoreSheet() {
        return transactions.inTransaction(() -> current(settings.all()));
    }

    /**
     * The sheet scores with these criterion keys were given on: the current sheet when it has them all (always for
     * a member not scored yet), else the newest earlier sheet, else the standard one; failing all, the current sheet
     * with the unknown keys as criteria of their own (a hand-edited file), never dropped.
     */
    public ReviewScoreSheet scoreSheetFor(Collection<String> keys) {
        return transactions.inTransaction(() -> {
            Map<String, String> all = settings.all();
            ReviewScoreSheet current = current(all);
            List<ReviewScoreSheet> candidates = new ArrayList<>();
            candidates.add(current);
            List<ReviewScoreSheet> earlier = earlier(all);
            for (int i = earlier.size() - 1; i >= 0; i--) {
                candidates.add(earlier.get(i));
            }
            candidates.add(ReviewScoreSheet.standard());
            for (ReviewScoreSheet sheet : candidates) {
                if (keys.stream().allMatch(k -> sheet.criterion(k).isPresent())) {
                    return sheet;
                }
            }
            List<ReviewScoreSheet.Criterion> criteria = new ArrayList<>(current.criteria());
            keys.stream().sorted().filter(k -> current.criterion(k).isEmpty()).forEach(k -> criteria.add(
                    new ReviewScoreSheet.Criterion(k, ReviewScoreSheet.Group.TASKS, 100, k)));
            return current.withCriteria(criteria);
        });
    }

    /**
     * Saves the criteria as typed (a null key for a new one): names cleaned, checked
     * ({@link ReviewScoreSheet#checkCriteria}); a new criterion, or one whose maximum or group changed, gets a new
     * key; the sheet replaced is kept as an earlier sheet.
     */
    public ReviewScoreSheet setScoreSheet(List<ReviewScoreSheet.Criterion> typed) {
        List<ReviewScoreSheet.Criterion> cleaned = typed.stream().map(c -> new ReviewScoreSheet.Criterion(c.key(),
                c.group(), c.maxPoints(), Text.clean(c.name()))).toList();
        ValidationException.throwIfAny(ReviewScoreSheet.checkCriteria(cleaned));
        return transactions.inTransaction(() -> {
            Map<String, String> all = settings.all();
            ReviewScoreSheet current = current(all);
            List<ReviewScoreSheet> earlier = earlier(all);
            List<ReviewScoreSheet> known = new ArrayList<>(earlier);
            known.add(ReviewScoreSheet.standard());
            known.add(current);
            Map<String, ReviewScoreSheet.Criterion> byKey = new java.util.HashMap<>();
            known.forEach(s -> s.criteria().forEach(c -> byKey.put(c.key(), c)));
            Set<String> used = new HashSet<>();
            List<ReviewScoreSheet.Criterion> keyed = new ArrayList<>();
            for (ReviewScoreSheet.Criterion c : cleaned) {
                ReviewScoreSheet.Criterion old = c.key() == null ? null : byKey.get(c.key());
                String key = old != null && old.maxPoints() == c.maxPoints() && old.group() == c.group()
                        && !used.contains(c.key()) ? c.key() : newKey(byKey.keySet(), used);
                used.add(key);
                keyed.add(new ReviewScoreSheet.Criterion(key, c.group(), c.maxPoints(), c.name()));
            }
            ReviewScoreSheet saved = current.withCriteria(keyed);
            if (!saved.format().equals(current.format())) {
                if (earlier.stream().noneMatch(e -> e.format().equals(current.format()))) {
                    put(EARLIER_SCORE_SHEET_PREFIX + (lastEarlierIndex(all) + 1), current.format());
                }
                put(SCORE_SHEET, saved.format());
            }
            return saved;
        });
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private static String newKey(Collection<String> known, Set<String> used) {
        while (true) {
            StringBuilder key = new StringBuilder("r");
            for (int i = 0; i < 10; i++) {
                key.append(Character.forDigit(RANDOM.nextInt(36), 36));
            }
            String k = key.toString();
            if (!known.contains(k) && !used.contains(k)) {
                return k;
            }
        }
    }

    private static ReviewScoreSheet current(Map<String, String> all) {
        return ReviewScoreSheet.parse(all.get(SCORE_SHEET)).orElseGet(ReviewScoreSheet::standard);
    }

    private static List<ReviewScoreSheet> earlier(Map<String, String> all) {
        return all.entrySet().stream().filter(e -> earlierIndex(e.getKey()).isPresent())
                .sorted(Comparator.comparing(e -> earlierIndex(e.getKey()).orElseThrow()))
                .map(e -> ReviewScoreSheet.parse(e.getValue())).flatMap(Optional::stream).toList();
    }

    private static int lastEarlierIndex(Map<String, String> all) {
        return all.keySet().stream().map(ReviewSettings::earlierIndex).flatMap(Optional::stream)
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

    private void put(String key, String value) {
        String before = settings.get(key).orElse(null);
        if (Objects.equals(before, value)) {
            return;
        }
        settings.put(key, value);
        audit.record(AuditAction.UPDATE, AuditKind.SETTING, key,
                AuditSummary.create().change("value", before, value).toString());
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
