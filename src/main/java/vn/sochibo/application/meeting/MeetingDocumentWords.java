package vn.sochibo.application.meeting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import vn.sochibo.application.common.Messages;
import vn.sochibo.domain.meeting.AttendanceCounts;
import vn.sochibo.domain.meeting.Meeting;
import vn.sochibo.domain.meeting.MeetingKind;
import vn.sochibo.domain.meeting.VoteOutcome;
import vn.sochibo.domain.meeting.VoteSubject;
import vn.sochibo.domain.meeting.VoteTally;
import vn.sochibo.domain.meeting.VoteThreshold;
import vn.sochibo.domain.meeting.VoteThresholds;

/**
 * The wording shared by a meeting's minutes and resolution, from the bundle {@code i18n/documents}: numbers,
 * summary line, counts of comrades, vote lines, percentages with a decimal comma.
 */
public final class MeetingDocumentWords {
    public static final String BUNDLE = "i18n.documents";

    private final Messages words;

    public MeetingDocumentWords(Messages words) {
        this.words = Objects.requireNonNull(words, "words");
    }

    /** The Vietnamese document words. */
    public static MeetingDocumentWords vietnamese() {
        return new MeetingDocumentWords(new Messages(ResourceBundle.getBundle(BUNDLE, Messages.VIETNAMESE,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)),
                Messages.VIETNAMESE));
    }

    String get(String key) {
        return words.get(key);
    }

    String format(String key, Object... args) {
        return words.format(key, args);
    }

    /** "Số 05-BB/CB" for a finalized meeting, "Số    -BB/CB" (blanks to fill by hand) for a draft. */
    String number(Meeting m, boolean resolution) {
        return format("doc.number", code(m, resolution));
    }

    /** "05-BB/CB" (the number without "Số"), "   -BB/CB" for a draft. */
    String code(Meeting m, boolean resolution) {
        String type = get(resolution ? "doc.type.resolution" : "doc.type.minutes");
        if (!m.isFinalized()) {
            return format("doc.number.code", get("doc.number.blank"), type);
        }
        int n = resolution ? m.finalization().resolutionNumber() : m.finalization().minutesNumber();
        return format("doc.number.code", String.format(Locale.ROOT, "%02d", n), type);
    }

    /** "sinh hoạt chi bộ thường kỳ tháng 11 năm 2026", "sinh hoạt chuyên đề: …", … */
    String summary(Meeting m) {
        String topic = m.topic() == null || m.topic().isBlank() ? get("doc.blank") : m.topic().strip();
        return format("doc.summary." + m.kind().name(), m.date().getMonthValue(), m.date().getYear(), topic);
    }

    /** Whether the meeting is a monthly one, whose resolution speaks of "last month" and "next month". */
    static boolean isMonthly(Meeting m) {
        return m.kind() == MeetingKind.REGULAR || m.kind() == MeetingKind.COMBINED;
    }

    /** "3 đồng chí", or "không" for none. */
    String comrades(int n) {
        return n == 0 ? get("doc.count.none") : format("doc.count.comrades", n);
    }

    /** "đồng chí Nguyễn Văn An, đồng chí Lê Thị Hoa". */
    String comradeNames(List<String> names) {
        return names.stream().map(n -> format("doc.comrade", n)).collect(Collectors.joining(get("doc.listSeparator")));
    }

    /**
     * A share in percent with at most one decimal, Vietnamese style: 90, 66,7, 95,5 (half up, computed exactly).
     */
    static String percent(int part, int whole) {
        if (whole <= 0) {
            return "0";
        }
        BigDecimal value = BigDecimal.valueOf(100L * part).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
        NumberFormat format = NumberFormat.getNumberInstance(Messages.VIETNAMESE);
        format.setGroupingUsed(false);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(1);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** "18/20 đồng chí tán thành, đạt 90%; 1 không tán thành; 1 ý kiến khác." (shares of the eligible voters). */
    String voteLine(VoteTally tally, int eligibleVoters) {
        String against = tally.against() == 0 ? get("doc.vote.against.none") : format("doc.vote.against", tally.against());
        String other = tally.other() == 0 ? get("doc.vote.other.none") : format("doc.vote.other", tally.other());
        return format("doc.vote.line", tally.inFavour(), eligibleVoters, percent(tally.inFavour(), eligibleVoters),
                against, other);
    }

    /**
     * Whether the vote passed against its subject's threshold: "Kết quả: được thông qua, số tán thành đạt trên 1/2
     * tổng số đảng viên chính thức của chi bộ (22 đồng chí)." When the counts do not add up to the eligible
     * voters (only possible in a draft) it says so instead.
     */
    String outcomeLine(Meeting.Vote vote, AttendanceCounts counts, VoteThresholds thresholds) {
        if (!vote.tally().check(counts.eligibleVoters()).isEmpty()) {
            return format("doc.vote.mismatch", comrades(counts.eligibleVoters()));
        }
        VoteOutcome outcome = VoteOutcome.decide(vote.tally(), counts, thresholds.of(vote.subject()));
        VoteThreshold t = outcome.threshold();
        String threshold = format(t.strict() ? "doc.vote.threshold.strict" : "doc.vote.threshold.atLeast",
                t.numerator(), t.denominator(), get("doc.vote.reference." + t.of().name()),
                comrades(outcome.reference()));
        return format(outcome.passed() ? "doc.vote.passed" : "doc.vote.failed", threshold);
    }

    /** "Mã xác thực: 3f9a12bc…c21e" for a finalized meeting; null for a draft. */
    String footer(Meeting m) {
        if (!m.isFinalized() || m.finalization().contentHash() == null || m.finalization().contentHash().length() < 12) {
            return null;
        }
        String hash = m.finalization().contentHash();
        return format("doc.footer.hash", hash.substring(0, 8), hash.substring(hash.length() - 4));
    }

    /** A text as a sentence: stripped, ending with a full stop unless it already ends with punctuation. */
    static String sentence(String text) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            return s;
        }
        char last = s.charAt(s.length() - 1);
        return ".!?…:;".indexOf(last) >= 0 ? s : s + ".";
    }

    /** A text to be followed by more words: stripped, without a final full stop or semicolon. */
    static String clause(String text) {
        String s = text == null ? "" : text.strip();
        while (!s.isEmpty() && (s.endsWith(".") && !s.endsWith("...") || s.endsWith(";"))) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }

    /** The non-blank lines of a multi-line text, each stripped. */
    static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** I, II, III … for the numbered sections. */
    static String roman(int n) {
        String[] romans = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
        return n >= 1 && n <= romans.length ? romans[n - 1] : Integer.toString(n);
    }

    /** "II. BIỂU QUYẾT": a section title with its Roman number. */
    String section(int n, String title) {
        return format("doc.section", roman(n), title);
    }
}
