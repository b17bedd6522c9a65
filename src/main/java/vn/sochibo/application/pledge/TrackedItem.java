package vn.sochibo.application.pledge;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.sochibo.domain.pledge.ItemState;
import vn.sochibo.domain.pledge.PledgeFollowUp;
import vn.sochibo.domain.pledge.PledgeItem;

/**
 * One item of a registered pledge with whose it is, its follow-ups (oldest first) and where it stands on
 * {@code asOf}: a row of the overview's lists (due soon, overdue, due for checking at a meeting).
 */
public record TrackedItem(UUID pledgeId, UUID memberId, String memberName, int year, PledgeItem item,
        List<PledgeFollowUp> followUps, ItemState state, LocalDate asOf) {
    public TrackedItem {
        followUps = List.copyOf(followUps);
    }

    /** The latest follow-up, if any. */
    public Optional<PledgeFollowUp> lastFollowUp() {
        return followUps.isEmpty() ? Optional.empty() : Optional.of(followUps.get(followUps.size() - 1));
    }

    /** The follow-up recorded at the given meeting, if any (the meeting editor shows it beside the item). */
    public Optional<PledgeFollowUp> followUpAt(UUID meetingId) {
        return followUps.stream().filter(f -> meetingId.equals(f.meetingId())).reduce((a, b) -> b);
    }
}
