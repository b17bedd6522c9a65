package vn.sochibo.application.integrity;

import java.util.List;
import vn.sochibo.domain.common.Problem;

/**
 * What one check did: {@code checked} says in words what it looked at (a message key with its arguments, e.g.
 * how many records), {@code findings} what it found wrong. Language-free: the CLI and the window word both.
 */
public record CheckResult(String checkId, Problem checked, List<IntegrityFinding> findings) {
    public CheckResult {
        findings = List.copyOf(findings);
    }

    public boolean ok() {
        return findings.isEmpty();
    }
}
