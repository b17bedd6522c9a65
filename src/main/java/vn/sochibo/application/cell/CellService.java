package vn.sochibo.application.cell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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

    public CellService(CellProfileRepository profiles, MemberRepository members, Transactions transactions) {
        this.profiles = profiles;
        this.members = members;
        this.transactions = transactions;
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
            profiles.save(profile);
            return profile;
        });
    }
}
