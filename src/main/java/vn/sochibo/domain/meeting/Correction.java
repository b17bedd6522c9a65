package vn.sochibo.domain.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A correction addendum (phụ lục đính chính) to the minutes or the resolution of a finalized meeting. A finalized
 * record is never changed: what was recorded wrongly is corrected by a numbered addendum that points to the
 * original, prints with it and is itself locked and hashed from the moment it is recorded.
 *
 * @param number       1, 2, … per meeting and document ("Phụ lục đính chính số 01 …")
 * @param date         the day the correction was made (not before the meeting)
 * @param reason       why it is corrected, e.g. "ghi nhầm số phiếu tán thành"
 * @param items        what was written and what it should read, in order
 * @param contentHash  SHA-256 of the canonical content chained to {@code previousHash}
 * @param previousHash the meeting's own hash for its first correction, else the previous correction's hash
 */
public record Correction(UUID id, UUID meetingId, CorrectedDocument document, int number, LocalDate date,
        String reason, List<Item> items, Instant createdAt, String contentHash, String previousHash) {

    public Correction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(date, "date");
        items = List.copyOf(items);
    }

    /** Which of the meeting's documents an addendum corrects. */
    public enum CorrectedDocument {
        MINUTES,
        RESOLUTION
    }

    /**
     * One correction: where in the original ("Mục IV, biểu quyết thứ nhất"), what it says there (may be empty when
     * something was left out) and what it should say.
     */
    public record Item(String location, String recorded, String corrected) {
    }

    /** What the secretary enters; the service numbers, dates and hashes it. */
    public record Draft(UUID meetingId, CorrectedDocument document, LocalDate date, String reason, List<Item> items) {
        public Draft {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }
}
