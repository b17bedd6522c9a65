package vn.sochibo.domain.review;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How many members have each level, out of {@code base} (the members reviewed); {@code unset} have no level yet.
 */
public record LevelCounts(Map<ReviewLevel, Integer> counts, int base, int unset) {
    public LevelCounts {
        EnumMap<ReviewLevel, Integer> all = new EnumMap<>(ReviewLevel.class);
        for (ReviewLevel l : ReviewLevel.values()) {
            all.put(l, counts.getOrDefault(l, 0));
        }
        counts = Map.copyOf(all);
    }

    /** Counts the levels given (nulls count as unset); the base is the size of the collection. */
    public static LevelCounts of(Collection<ReviewLevel> levels) {
        Map<ReviewLevel, Integer> counts = new EnumMap<>(ReviewLevel.class);
        levels.stream().filter(Objects::nonNull).forEach(l -> counts.merge(l, 1, Integer::sum));
        int unset = (int) levels.stream().filter(Objects::isNull).count();
        return new LevelCounts(counts, levels.size(), unset);
    }

    public int count(ReviewLevel level) {
        return counts.get(level);
    }

    /** The share of the base with this level, in percent (0 when the base is 0). */
    public double percent(ReviewLevel level) {
        return base == 0 ? 0 : 100.0 * count(level) / base;
    }
}
