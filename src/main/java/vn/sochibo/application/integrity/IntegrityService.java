package vn.sochibo.application.integrity;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.sochibo.domain.common.Problem;

/**
 * The whole integrity check of the open data folder, one check after the other: the same for {@code sochibo
 * verify} and for "Cài đặt → Dữ liệu → Kiểm tra ngay", so that the two cannot say different things. A check that
 * fails to run (a page of the file that cannot be read) is a finding of that check, and the others still run.
 * Nothing is written.
 */
public final class IntegrityService {
    private static final Logger LOG = LoggerFactory.getLogger(IntegrityService.class);
    private final List<IntegrityCheck> checks;

    /** The checks, in the order they run and are reported. */
    public IntegrityService(List<IntegrityCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    /** The ids of the checks, in order. */
    public List<String> checkIds() {
        return checks.stream().map(IntegrityCheck::id).toList();
    }

    public Report run() {
        List<CheckResult> results = new ArrayList<>();
        for (IntegrityCheck check : checks) {
            results.add(runOne(check));
        }
        Report report = new Report(results);
        LOG.info("Integrity check: {} finding(s) in {}", report.findings().size(), checkIds());
        return report;
    }

    private static CheckResult runOne(IntegrityCheck check) {
        try {
            return check.run();
        } catch (RuntimeException e) {
            LOG.error("The integrity check '{}' could not finish", check.id(), e);
            Problem failed = Problem.of(check.id(), "integrity.failed", technical(e));
            return new CheckResult(check.id(), Problem.of(check.id(), "integrity.notFinished"),
                    List.of(new IntegrityFinding(check.id(), failed, e)));
        }
    }

    /** The innermost message of a failure, on one line (the detail is in the log). */
    static String technical(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        String line = message.lines().findFirst().orElse("").strip();
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }

    /** Every check's result, in order. */
    public record Report(List<CheckResult> results) {
        public Report {
            results = List.copyOf(results);
        }

        public boolean ok() {
            return results.stream().allMatch(CheckResult::ok);
        }

        public List<IntegrityFinding> findings() {
            return results.stream().flatMap(r -> r.findings().stream()).toList();
        }
    }
}
