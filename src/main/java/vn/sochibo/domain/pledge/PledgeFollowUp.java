package vn.sochibo.domain.pledge;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import vn.sochibo.domain.common.Text;

/**
 * A dated check of one pledge item: the progress seen, its status, the evidence, and the meeting where it was
 * checked (null when checked outside a meeting).
 */
public record PledgeFollowUp(UUID id, UUID pledgeId, UUID itemId, LocalDate date, String progress,
        FollowUpStatus status, String evidence, UUID meetingId) {
    public PledgeFollowUp {
        Objects.requireNonNull(id, "id");
    }

    public PledgeFollowUp cleaned() {
        return new PledgeFollowUp(id, pledgeId, itemId, date, Text.cleanMultiline(progress), status,
                Text.cleanMultiline(evidence), meetingId);
    }
}
