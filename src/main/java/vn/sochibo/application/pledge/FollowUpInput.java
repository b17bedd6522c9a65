package vn.sochibo.application.pledge;

import java.time.LocalDate;
import java.util.UUID;
import vn.sochibo.domain.pledge.FollowUpStatus;

/**
 * A follow-up as the form gives it: which item, when, what progress, which status, what evidence, and the meeting
 * where it was checked (null for none).
 */
public record FollowUpInput(UUID itemId, LocalDate date, String progress, FollowUpStatus status, String evidence,
        UUID meetingId) {
}
