package vn.sochibo.domain.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.sochibo.domain.common.Problem;

/**
 * The meeting's quality self-score sheet: criteria with their maximum points, and the grade bands. The
 * default is a common provincial 100-point sheet (domain.md §3); settings may replace it.
 */
public record SelfScoreSheet(List<Criterion> criteria, int excellentFrom, int goodFrom, int averageFrom) {
    public record Criterion(String key, int maxPoints) {
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
