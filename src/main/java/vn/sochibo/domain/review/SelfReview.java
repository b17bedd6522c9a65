package vn.sochibo.domain.review;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import vn.sochibo.domain.common.Text;

/**
 * A member's self-review (bản tự kiểm điểm cá nhân, domain.md §5) typed into the app, section by section, or only
 * recorded as received on paper on a day (then the texts may stay empty). Section VII, the self-proposed level, is
 * {@link MemberReview#selfLevel()}.
 */
public record SelfReview(Map<Section, String> texts, LocalDate paperReceivedOn) {
    public static final int MAX_TEXT = 8000;
    public static final SelfReview NONE = new SelfReview(Map.of(), null);

    /** Sections I–VI of the form; I is split into its parts. */
    public enum Section {
        STRENGTH_POLITICS,
        STRENGTH_ETHICS,
        STRENGTH_DISCIPLINE,
        STRENGTH_WORK_STYLE,
        STRENGTH_DUTIES,
        STRENGTH_LEADERSHIP,
        STRENGTH_PLEDGES,
        LIMITATIONS,
        EARLIER_FIXES,
        UPPER_ISSUES,
        COLLECTIVE_SHARE,
        REMEDIES
    }

    public SelfReview {
        EnumMap<Section, String> copy = new EnumMap<>(Section.class);
        if (texts != null) {
            texts.forEach((k, v) -> {
                if (v != null) {
                    copy.put(k, v);
                }
            });
        }
        texts = Map.copyOf(copy);
    }

    public String text(Section s) {
        return texts.get(s);
    }

    /** Written in the app (some text) or received on paper. */
    public boolean isPresent() {
        return paperReceivedOn != null || !texts.isEmpty();
    }

    public SelfReview cleaned() {
        Map<Section, String> cleaned = new EnumMap<>(Section.class);
        texts.forEach((k, v) -> {
            String t = Text.cleanMultiline(v);
            if (t != null) {
                cleaned.put(k, t);
            }
        });
        return new SelfReview(cleaned, paperReceivedOn);
    }
}
