package vn.sochibo.domain.meeting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.sochibo.domain.common.Problem;
import vn.sochibo.domain.common.Text;

/**
 * The meeting's quality self-score sheet: criteria with their maximum points, and the grade bands. The
 * default is a common provincial 100-point sheet (domain.md §3); settings may replace its criteria (ADR 0006).
 *
 * <p>A meeting stores its scores by criterion key. A key keeps one meaning and one maximum for ever: a
 * criterion added to the sheet, or one whose maximum changes, gets a new key, so scores recorded under an
 * older sheet still add up and print as they did.
 */
public record SelfScoreSheet(List<Criterion> criteria, int excellentFrom, int goodFrom, int averageFrom) {
    /** Every sheet adds up to this many points; the grade bands are on this scale. */
    public static final int FULL_MARKS = 100;
    public static final int MAX_CRITERIA = 20;
    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_KEY_LENGTH = 60;

    /**
     * One line of the sheet.
     *
     * @param name the name the secretary gave it; null for a criterion of the standard sheet still named as the
     *             app names it (the UI takes that name from its bundle, by key)
     */
    public record Criterion(String key, int maxPoints, String name) {
        public Criterion(String key, int maxPoints) {
            this(key, maxPoints, null);
        }
    }

    /** Tốt, Khá, Trung bình, Kém. */
    public enum Grade {
        EXCELLENT,
        GOOD,
        AVERAGE,
        POOR
    }

    public SelfScoreSheet {
        criteria = List.copyOf(criteria);
    }

    public static SelfScoreSheet standard() {
        return new SelfScoreSheet(List.of(
                new Criterion("time", 5),
                new Criterion("attendance", 5),
                new Criterion("preparation", 10),
                new Criterion("conduct", 30),
                new Criterion("chairLeadership", 10),
                new Criterion("principles", 5),
                new Criterion("lastResolutionResults", 30),
                new Criterion("closing", 5)), 90, 70, 50);
    }

    /** The standard sheet's keys, in its order. */
    public static boolean isStandardKey(String key) {
        return standard().criterion(key).isPresent();
    }

    public Optional<Criterion> criterion(String key) {
        return criteria.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    /** The same grade bands with other criteria. */
    public SelfScoreSheet withCriteria(List<Criterion> newCriteria) {
        return new SelfScoreSheet(newCriteria, excellentFrom, goodFrom, averageFrom);
    }

    /**
     * What is wrong with criteria the secretary typed (names already cleaned): at least one and at most
     * {@value #MAX_CRITERIA} criteria, each named, names unique (ignoring case and accents) and not too long,
     * each maximum a positive whole number, and the maxima adding up to {@value #FULL_MARKS}. Problems name the
     * field {@code scoreSheet.<index>.name}, {@code scoreSheet.<index>.maxPoints} or {@code scoreSheet}.
     */
    public static List<Problem> checkCriteria(List<Criterion> criteria) {
        List<Problem> problems = new ArrayList<>();
        if (criteria.isEmpty()) {
            problems.add(Problem.of("scoreSheet", "settings.error.scoreSheet.empty"));
            return problems;
        }
        if (criteria.size() > MAX_CRITERIA) {
            problems.add(Problem.of("scoreSheet", "settings.error.scoreSheet.tooMany", MAX_CRITERIA));
        }
        Set<String> seen = new HashSet<>();
        long sum = 0;
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            String field = "scoreSheet." + i;
            if (Text.isBlank(c.name())) {
                problems.add(Problem.of(field + ".name", "settings.error.scoreSheet.nameRequired"));
            } else if (c.name().length() > MAX_NAME_LENGTH) {
                problems.add(Problem.of(field + ".name", "settings.error.scoreSheet.nameTooLong", MAX_NAME_LENGTH));
            } else if (c.name().contains("\n") || c.name().contains("\r")) {
                problems.add(Problem.of(field + ".name", "settings.error.scoreSheet.nameOneLine"));
            } else if (!seen.add(Text.fold(c.name()).toLowerCase(Locale.ROOT))) {
                problems.add(Problem.of(field + ".name", "settings.error.scoreSheet.duplicateName", c.name()));
            }
            if (c.maxPoints() <= 0) {
                problems.add(Problem.of(field + ".maxPoints", "settings.error.scoreSheet.pointsPositive"));
            }
            sum += c.maxPoints();
        }
        if (sum != FULL_MARKS && criteria.stream().allMatch(c -> c.maxPoints() > 0)) {
            problems.add(Problem.of("scoreSheet", "settings.error.scoreSheet.sum", FULL_MARKS, sum));
        }
        return problems;
    }

    /**
     * The criteria as settings store them: one line per criterion, {@code key|maxPoints|name}, the name empty
     * for a standard criterion named as the app names it. The name comes last and may hold a bar.
     */
    public String format() {
        StringBuilder out = new StringBuilder();
        for (Criterion c : criteria) {
            out.append(c.key()).append('|').append(c.maxPoints()).append('|')
                    .append(c.name() == null ? "" : c.name()).append('\n');
        }
        return out.toString();
    }

    /** The sheet written by {@link #format} (with the standard grade bands), or empty when the text is not one. */
    public static Optional<SelfScoreSheet> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        List<Criterion> criteria = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\|", 3);
            if (parts.length != 3 || parts[0].isBlank() || parts[0].length() > MAX_KEY_LENGTH || !keys.add(parts[0])) {
                return Optional.empty();
            }
            int points;
            try {
                points = Integer.parseInt(parts[1].strip());
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
            if (points <= 0) {
                return Optional.empty();
            }
            String name = parts[2].strip();
            criteria.add(new Criterion(parts[0], points, name.isEmpty() ? null : name));
        }
        SelfScoreSheet standard = standard();
        return criteria.isEmpty() ? Optional.empty() : Optional.of(standard.withCriteria(criteria));
    }

    public int maxTotal() {
        return criteria.stream().mapToInt(Criterion::maxPoints).sum();
    }

    /** Every score must be between 0 and its criterion's maximum; unknown criteria are refused. */
    public List<Problem> check(Map<String, Integer> scores) {
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<String, Integer> e : scores.entrySet()) {
            Criterion c = criteria.stream().filter(x -> x.key().equals(e.getKey())).findFirst().orElse(null);
            if (c == null) {
                problems.add(Problem.of("selfScore." + e.getKey(), "meeting.error.unknownCriterion", e.getKey()));
            } else if (e.getValue() == null || e.getValue() < 0 || e.getValue() > c.maxPoints()) {
                problems.add(Problem.of("selfScore." + e.getKey(), "meeting.error.scoreRange", c.maxPoints()));
            }
        }
        return problems;
    }

    public int total(Map<String, Integer> scores) {
        return criteria.stream().mapToInt(c -> scores.getOrDefault(c.key(), 0)).sum();
    }

    public Grade grade(int total) {
        if (total >= excellentFrom) {
            return Grade.EXCELLENT;
        }
        if (total >= goodFrom) {
            return Grade.GOOD;
        }
        return total >= averageFrom ? Grade.AVERAGE : Grade.POOR;
    }
}
