package vn.sochibo.application.integrity;

import vn.sochibo.domain.common.Problem;

/**
 * One thing found wrong: what, in words ({@code what}: a message key with its arguments), and the finding as its
 * check knows it ({@code detail}: e.g. a {@code MeetingService.TamperFinding}, an {@code AuditTrail.Finding}), for a
 * screen that says more about it (what it means, what to do).
 */
public record IntegrityFinding(String checkId, Problem what, Object detail) {
}
