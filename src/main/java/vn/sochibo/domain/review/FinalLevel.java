package vn.sochibo.domain.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The level the upper committee decided for a member (quyết định của cấp ủy cấp trên), entered after the review was
 * finalized, with the decision's number and date. Recorded once, locked by the store, its hash chained to the
 * period's hash (first decision) or to the period's previous decision.
 */
public record FinalLevel(UUID id, UUID periodId, UUID memberId, ReviewLevel level, String decisionNumber,
        LocalDate decisionDate, Instant recordedAt, String contentHash, String previousHash) {
}
