package vn.sochibo.application.integrity;

import java.util.List;
import vn.sochibo.application.audit.AuditTrail;
import vn.sochibo.domain.common.Problem;

/** The audit trail: every entry's hash and its link to the entry before it ({@link AuditTrail#verify()}). */
public final class AuditChainCheck implements IntegrityCheck {
    public static final String ID = "audit";
    private final AuditTrail audit;

    public AuditChainCheck(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult run() {
        List<IntegrityFinding> findings = audit.verify().stream()
                .map(f -> new IntegrityFinding(ID, Problem.of(ID, "integrity.audit.finding." + f.kind().name(),
                        f.sequence()), f))
                .toList();
        int entries = audit.list(AuditTrail.Filter.ALL, 0, 0).total();
        return new CheckResult(ID, Problem.of(ID, "integrity.audit.checked", entries), findings);
    }
}
