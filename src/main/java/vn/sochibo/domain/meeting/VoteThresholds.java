package vn.sochibo.domain.meeting;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The threshold each kind of vote must reach. Defaults are those of domain.md §3
 * ({@link VoteSubject#defaultThreshold()}); settings may replace any of them, because the rules change.
 */
public record VoteThresholds(Map<VoteSubject, VoteThreshold> bySubject) {
    public VoteThresholds {
        EnumMap<VoteSubject, VoteThreshold> all = new EnumMap<>(VoteSubject.class);
        for (VoteSubject s : VoteSubject.values()) {
            all.put(s, bySubject.getOrDefault(s, s.defaultThreshold()));
        }
        bySubject = Map.copyOf(all);
    }

    public static VoteThresholds defaults() {
        return new VoteThresholds(Map.of());
    }

    public VoteThreshold of(VoteSubject subject) {
        return bySubject.get(subject == null ? VoteSubject.OTHER : subject);
    }

    /** A threshold as settings store it: "1/2 > BASE" (more than half of the base), "2/3 >= PRESENT", … */
    public static String format(VoteThreshold t) {
        return t.numerator() + "/" + t.denominator() + (t.strict() ? " > " : " >= ") + t.of().name();
    }

    /** The threshold written by {@link #format}, or empty when the text is not one. */
    public static Optional<VoteThreshold> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.strip().split("\\s+");
        if (parts.length != 3 || !(parts[1].equals(">") || parts[1].equals(">="))) {
            return Optional.empty();
        }
        String[] fraction = parts[0].split("/");
        try {
            return Optional.of(new VoteThreshold(Integer.parseInt(fraction[0]), Integer.parseInt(fraction[1]),
                    parts[1].equals(">"), VoteThreshold.Reference.valueOf(parts[2])));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }
}
