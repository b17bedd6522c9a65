package vn.sochibo.domain.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import vn.sochibo.domain.common.Problem;
import vn.sochibo.domain.common.Text;

/**
 * A correction addendum (phụ lục đính chính) to a finalized review's minutes, like a meeting's (ADR 0003, ADR 0012):
 * numbered per period from 1, dated, where in the minutes ({@code location}), what was written there (may be empty
 * when something was left out), what it should read, why, and who recorded it. Insert-only: once recorded it is
 * hashed onto the review chain and never changes.
 */
public record ReviewAddendum(UUID id, UUID periodId, int number, LocalDate date, String location, String recorded,
        String corrected, String reason, String recordedBy, Instant createdAt, String contentHash,
        String previousHash) {
    public static final int MAX_LOCATION = 300;
    public static final int MAX_TEXT = 5000;
    public static final int MAX_REASON = 2000;
    public static final int MAX_RECORDED_BY = 300;

    public ReviewAddendum {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(periodId, "periodId");
        Objects.requireNonNull(date, "date");
    }

    /** What the secretary enters; the service numbers, stamps and hashes it. */
    public record Draft(LocalDate date, String location, String recorded, String corrected, String reason,
            String recordedBy) {
        public Draft cleaned() {
            return new Draft(date, Text.clean(location), Text.cleanMultiline(recorded), Text.cleanMultiline(corrected),
                    Text.cleanMultiline(reason), Text.clean(recordedBy));
        }
    }

    /**
     * Problems with a cleaned draft for the period, keyed by field ({@code periodId}, {@code date}, {@code location},
     * {@code corrected}, {@code reason}, {@code recordedBy}): the period must be finalized, the date neither before
     * its review meeting nor in the future.
     */
    public static List<Problem> check(Draft d, ReviewPeriod period, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (!period.isFinalized()) {
            problems.add(Problem.of("periodId", "review.error.addendumNotFinalized"));
        }
        LocalDate meeting = period.meeting().date();
        if (d.date() == null) {
            problems.add(Problem.of("date", "review.error.addendumDateRequired"));
        } else if (meeting != null && d.date().isBefore(meeting)) {
            problems.add(Problem.of("date", "review.error.addendumDateBeforeMeeting"));
        } else if (d.date().isAfter(today)) {
            problems.add(Problem.of("date", "review.error.futureDate"));
        }
        if (Text.isBlank(d.location())) {
            problems.add(Problem.of("location", "review.error.addendumLocationRequired"));
        }
        if (Text.isBlank(d.corrected())) {
            problems.add(Problem.of("corrected", "review.error.addendumCorrectedRequired"));
        } else if (Objects.equals(d.recorded(), d.corrected())) {
            problems.add(Problem.of("corrected", "review.error.addendumUnchanged"));
        }
        if (Text.isBlank(d.reason())) {
            problems.add(Problem.of("reason", "review.error.addendumReasonRequired"));
        }
        if (Text.isBlank(d.recordedBy())) {
            problems.add(Problem.of("recordedBy", "review.error.addendumRecordedByRequired"));
        }
        Problem.addIfTooLong(problems, "location", d.location(), MAX_LOCATION);
        Problem.addIfTooLong(problems, "recorded", d.recorded(), MAX_TEXT);
        Problem.addIfTooLong(problems, "corrected", d.corrected(), MAX_TEXT);
        Problem.addIfTooLong(problems, "reason", d.reason(), MAX_REASON);
        Problem.addIfTooLong(problems, "recordedBy", d.recordedBy(), MAX_RECORDED_BY);
        return problems;
    }

    /** The order a period's addenda are chained in: as they were recorded. */
    public static List<ReviewAddendum> inChainOrder(java.util.Collection<ReviewAddendum> addenda) {
        return addenda.stream().sorted(java.util.Comparator.comparing(ReviewAddendum::createdAt)
                .thenComparing(ReviewAddendum::id)).toList();
    }
}
