package vn.sochibo.domain.review;

import java.math.BigDecimal;
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
 * The annual review's 100-point sheet (domain.md §5): general criteria worth 30 points and task results worth 70,
 * and the level bands. Like the meeting's sheet (ADR 0006) a criterion key keeps one meaning and one maximum for
 * ever, and sheets replaced are kept in settings, so scores given on an earlier sheet still add up (ADR 0012).
 *
 * <p>Scores have at most one decimal (49.9 is a score); the bands compare exactly (BigDecimal).
 */
public record ReviewScoreSheet(List<Criterion> criteria, BigDecimal excellentFrom, BigDecimal goodFrom,
        BigDecimal completedFrom) {
    public static final int GENERAL_POINTS = 30;
    public static final int TASK_POINTS = 70;
    public static final int MAX_CRITERIA = 20;
    public static final int MAX_NAME_LENGTH = 200;

    /** Tiêu chí chung (30) or kết quả thực hiện nhiệm vụ (70). */
    public enum Group {
        GENERAL,
        TASKS
    }

    /**
     * One line of the sheet.
     *
     * @param name the secretary's name for it; null for a standard criterion named by the bundle
     *             ({@code review.criterion.<key>})
     */
    public record Criterion(String key, Group group, int maxPoints, String name) {
    }

    public ReviewScoreSheet {
        criteria = List.copyOf(criteria);
    }

    /** The default sheet: four general criteria (30) and three on results (70); names from the bundle. */
    public static ReviewScoreSheet standard() {
        return new ReviewScoreSheet(List.of(
                new Criterion("politics", Group.GENERAL, 8, null),
                new Criterion("ethics", Group.GENERAL, 8, null),
                new Criterion("discipline", Group.GENERAL, 7, null),
                new Criterion("workStyle", Group.GENERAL, 7, null),
                new Criterion("duties", Group.TASKS, 50, null),
                new Criterion("cellTasks", Group.TASKS, 10, null),
                new Criterion("pledges", Group.TASKS, 10, null)),
                BigDecimal.valueOf(90), BigDecimal.valueOf(70), BigDecimal.valueOf(50));
    }

    public Optional<Criterion> criterion(String key) {
        return criteria.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    public ReviewScoreSheet withCriteria(List<Criterion> newCriteria) {
        return new ReviewScoreSheet(newCriteria, excellentFrom, goodFrom, completedFrom);
    }

    /** ≥ 90 xuất sắc, 70 to < 90 tốt, 50 to < 70 hoàn thành, < 50 không hoàn thành (with the default bands). */
    public ReviewLevel levelOf(BigDecimal score) {
        if (score.compareTo(excellentFrom) >= 0) {
            return ReviewLevel.EXCELLENT;
        }
        if (score.compareTo(goodFrom) >= 0) {
            return ReviewLevel.GOOD;
        }
        return score.compareTo(completedFrom) >= 0 ? ReviewLevel.COMPLETED : ReviewLevel.NOT_COMPLETED;
    }

    /** The sum of the scores given on this sheet's criteria (criteria not scored count 0). */
    public BigDecimal total(Map<String, BigDecimal> scores) {
        return criteria.stream().map(c -> scores.getOrDefault(c.key(), BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public int maxOf(Group group) {
        return criteria.stream().filter(c -> c.group() == group).mapToInt(Criterion::maxPoints).sum();
    }

    /**
     * Each score between 0 and its criterion's maximum, with at most one decimal; unknown criteria refused.
     * Problems name {@code scores.<key>}.
     */
    public List<Problem> check(Map<String, BigDecimal> scores) {
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> e : scores.entrySet()) {
            Optional<Criterion> c = criterion(e.getKey());
            String field = "scores." + e.getKey();
            if (c.isEmpty()) {
                problems.add(Problem.of(field, "review.error.unknownCriterion", e.getKey()));
            } else if (e.getValue() == null || e.getValue().signum() < 0
                    || e.getValue().compareTo(BigDecimal.valueOf(c.get().maxPoints())) > 0) {
                problems.add(Problem.of(field, "review.error.scoreRange", c.get().maxPoints()));
            } else if (e.getValue().stripTrailingZeros().scale() > 1) {
                problems.add(Problem.of(field, "review.error.scoreDecimals"));
            }
        }
        return problems;
    }

    /**
     * What is wrong with criteria the secretary typed (names cleaned): 1–20 criteria, named, unique names, positive
     * maxima, the general ones adding up to 30 and the task ones to 70.
     */
    public static List<Problem> checkCriteria(List<Criterion> criteria) {
        List<Problem> problems = new ArrayList<>();
        if (criteria.isEmpty() || criteria.size() > MAX_CRITERIA) {
            problems.add(Problem.of("scoreSheet", "review.error.sheetSize", MAX_CRITERIA));
            return problems;
        }
        Set<String> names = new HashSet<>();
        int general = 0;
        int tasks = 0;
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            if (Text.isBlank(c.name())) {
                problems.add(Problem.of("scoreSheet." + i + ".name", "review.error.criterionName"));
            } else if (c.name().length() > MAX_NAME_LENGTH || c.name().contains("\n")
                    || !names.add(Text.fold(c.name()).toLowerCase(Locale.ROOT))) {
                problems.add(Problem.of("scoreSheet." + i + ".name", "review.error.criterionName"));
            }
            if (c.maxPoints() <= 0 || c.group() == null) {
                problems.add(Problem.of("scoreSheet." + i + ".maxPoints", "review.error.criterionPoints"));
            } else if (c.group() == Group.GENERAL) {
                general += c.maxPoints();
            } else {
                tasks += c.maxPoints();
            }
        }
        if (problems.isEmpty() && (general != GENERAL_POINTS || tasks != TASK_POINTS)) {
            problems.add(Problem.of("scoreSheet", "review.error.sheetSums", GENERAL_POINTS, TASK_POINTS, general,
                    tasks));
        }
        return problems;
    }

    /** As settings store it: one line per criterion, {@code key|GROUP|maxPoints|name} (name empty: the bundle's). */
    public String format() {
        StringBuilder out = new StringBuilder();
        for (Criterion c : criteria) {
            out.append(c.key()).append('|').append(c.group().name()).append('|').append(c.maxPoints()).append('|')
                    .append(c.name() == null ? "" : c.name()).append('\n');
        }
        return out.toString();
    }

    /** The sheet written by {@link #format} with the standard bands, or empty when the text is not one. */
    public static Optional<ReviewScoreSheet> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        List<Criterion> criteria = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\|", 4);
            try {
                if (parts.length != 4 || parts[0].isBlank() || !keys.add(parts[0])) {
                    return Optional.empty();
                }
                int points = Integer.parseInt(parts[2].strip());
                if (points <= 0) {
                    return Optional.empty();
                }
                String name = parts[3].strip();
                criteria.add(new Criterion(parts[0], Group.valueOf(parts[1]), points, name.isEmpty() ? null : name));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return criteria.isEmpty() ? Optional.empty() : Optional.of(standard().withCriteria(criteria));
    }
}
