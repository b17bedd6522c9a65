package vn.sochibo.application.cell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.sochibo.application.audit.AuditAction;
import vn.sochibo.application.audit.AuditKind;
import vn.sochibo.application.audit.AuditSummary;
import vn.sochibo.application.audit.AuditTrail;
import vn.sochibo.application.common.Transactions;
import vn.sochibo.application.member.MemberRepository;
import vn.sochibo.domain.cell.CellProfile;
import vn.sochibo.domain.common.Problem;
import vn.sochibo.domain.common.Text;
import vn.sochibo.domain.common.ValidationException;

/** The cell's profile: set up on first run and edited in settings. */
public class CellService {
    private final CellProfileRepository profiles;
    private final MemberRepository members;
    private final Transactions transactions;
    private final AuditTrail audit;

    public CellService(CellProfileRepository profiles, MemberRepository members, Transactions transactions,
            AuditTrail audit) {
        this.profiles = profiles;
        this.members = members;
        this.transactions = transactions;
        this.audit = audit;
    }

    public Optional<CellProfile> profile() {
        return transactions.inTransaction(profiles::load);
    }

    public boolean isSetUp() {
        return profile().isPresent();
    }

    public CellProfile save(CellProfile input) {
        CellProfile profile = new CellProfile(Text.clean(input.cellName()), Text.clean(input.upperOrganisation()),
                Text.clean(input.placeName()), input.termStart(), input.termEnd(), input.secretaryId(),
                input.deputyId(), input.committeeMemberIds());
        return transactions.inTransaction(() -> {
            List<Problem> problems = new ArrayList<>(profile.check());
            List<UUID> referenced = new ArrayList<>(profile.committeeMemberIds());
            if (profile.secretaryId() != null) {
                referenced.add(profile.secretaryId());
            }
            if (profile.deputyId() != null) {
                referenced.add(profile.deputyId());
            }
            if (referenced.stream().anyMatch(id -> members.findById(id).isEmpty())) {
                problems.add(Problem.of("committeeMemberIds", "cell.error.unknownMember"));
            }
            ValidationException.throwIfAny(problems);
            Optional<CellProfile> before = profiles.load();
            profiles.save(profile);
            String changes = changes(before.orElse(null), profile);
            if (before.isEmpty()) {
                audit.record(AuditAction.CREATE, AuditKind.CELL, null, changes);
            } else if (!changes.isEmpty()) {
                audit.record(AuditAction.UPDATE, AuditKind.CELL, null, changes);
            }
            return profile;
        });
    }

    /** Each field that differs as {@code name: old -> new}; for a first profile each field set as {@code name=value}. */
    private static String changes(CellProfile before, CellProfile after) {
        AuditSummary s = AuditSummary.create();
        field(s, before, after, "cellName", CellProfile::cellName);
        field(s, before, after, "upperOrganisation", CellProfile::upperOrganisation);
        field(s, before, after, "placeName", CellProfile::placeName);
        field(s, before, after, "termStart", CellProfile::termStart);
        field(s, before, after, "termEnd", CellProfile::termEnd);
        field(s, before, after, "secretaryId", CellProfile::secretaryId);
        field(s, before, after, "deputyId", CellProfile::deputyId);
        field(s, before, after, "committeeMemberIds", p -> p.committeeMemberIds().stream()
                .sorted(java.util.Comparator.comparing(UUID::toString)).toList());
        return s.toString();
    }

    private static void field(AuditSummary s, CellProfile before, CellProfile after, String name,
            java.util.function.Function<CellProfile, Object> value) {
        if (before == null) {
            Object v = value.apply(after);
            if (v != null && !(v instanceof java.util.Collection<?> c && c.isEmpty())) {
                s.put(name, v);
            }
        } else {
            s.change(name, value.apply(before), value.apply(after));
        }
    }
}
