package vn.sochibo.domain.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.sochibo.domain.common.Problem;
import vn.sochibo.domain.common.Text;

/** What a correction addendum needs before it is recorded (and locked at once). */
public final class CorrectionRules {
    public static final int MAX_LOCATION = 300;
    public static final int MAX_TEXT = 5000;
    public static final int MAX_REASON = 2000;
    public static final int MAX_ITEMS = 50;

    private CorrectionRules() {
    }

    /**
     * Problems with a cleaned draft for the given meeting, keyed by field: {@code meeting}, {@code document},
     * {@code date}, {@code reason}, {@code items} and {@code items[i].location|recorded|corrected}.
     */
    public static List<Problem> check(Correction.Draft draft, Meeting meeting, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (meeting == null) {
            problems.add(Problem.of("meeting", "meeting.error.notFound"));
            return problems;
        }
        if (!meeting.isFinalized()) {
            problems.add(Problem.of("meeting", "correction.error.notFinalized"));
        }
        if (draft.document() == null) {
            problems.add(Problem.of("document", "correction.error.documentRequired"));
        }
        if (draft.date() == null) {
            problems.add(Problem.of("date", "correction.error.dateRequired"));
        } else if (draft.date().isBefore(meeting.date())) {
            problems.add(Problem.of("date", "correction.error.dateBeforeMeeting"));
        } else if (draft.date().isAfter(today)) {
            problems.add(Problem.of("date", "correction.error.dateInFuture"));
        }
        if (Text.isBlank(draft.reason())) {
            problems.add(Problem.of("reason", "correction.error.reasonRequired"));
        }
        Problem.addIfTooLong(problems, "reason", draft.reason(), MAX_REASON);
        if (draft.items().isEmpty()) {
            problems.add(Problem.of("items", "correction.error.noItems"));
        } else if (draft.items().size() > MAX_ITEMS) {
            problems.add(Problem.of("items", "correction.error.tooManyItems", MAX_ITEMS));
        }
        for (int i = 0; i < draft.items().size(); i++) {
            Correction.Item item = draft.items().get(i);
            String field = "items[" + i + "].";
            if (Text.isBlank(item.location())) {
                problems.add(Problem.of(field + "location", "correction.error.locationRequired", i + 1));
            }
            if (Text.isBlank(item.corrected())) {
                problems.add(Problem.of(field + "corrected", "correction.error.correctedRequired", i + 1));
            } else if (Objects.equals(item.recorded(), item.corrected())) {
                problems.add(Problem.of(field + "corrected", "correction.error.unchanged", i + 1));
            }
            Problem.addIfTooLong(problems, field + "location", item.location(), MAX_LOCATION);
            Problem.addIfTooLong(problems, field + "recorded", item.recorded(), MAX_TEXT);
            Problem.addIfTooLong(problems, field + "corrected", item.corrected(), MAX_TEXT);
        }
        return problems;
    }
}
