package vn.sochibo.domain.cell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.sochibo.domain.common.Ids;
import vn.sochibo.domain.common.Problem;

class CellProfileTest {
    static final UUID SECRETARY = Ids.newId();
    static final UUID DEPUTY = Ids.newId();
    static final UUID MEMBER_A = Ids.newId();
    static final UUID MEMBER_B = Ids.newId();
    static final LocalDate START = LocalDate.of(2025, 7, 1);
    static final LocalDate END = LocalDate.of(2030, 6, 30);

    static CellProfile profile(String name, String upper, String place, LocalDate start, LocalDate end,
            UUID secretary, UUID deputy, List<UUID> committee) {
        return new CellProfile(name, upper, place, start, end, secretary, deputy, committee);
    }

    static CellProfile valid() {
        return profile("Chi bộ Thôn Đông", "Đảng bộ xã Hải Phong", "Quảng Trị", START, END, SECRETARY, DEPUTY,
                List.of(MEMBER_A, MEMBER_B));
    }

    private static void assertOnly(CellProfile p, String field, String key) {
        assertThat(p.check()).extracting(Problem::field, Problem::messageKey).containsExactly(tuple(field, key));
    }

    @Test
    void aCompleteProfilePasses() {
        assertThat(valid().check()).isEmpty();
        assertThat(profile("Chi bộ", "Đảng bộ", "Huế", START, END, null, null, List.of()).check()).isEmpty();
        assertThat(profile("Chi bộ", "Đảng bộ", "Huế", START, END, null, null, null).check()).isEmpty();
    }

    @Test
    void namesAndPlaceAreRequired() {
        assertOnly(profile(" ", "Đảng bộ", "Huế", START, END, null, null, List.of()), "cellName",
                "cell.error.nameRequired");
        assertOnly(profile(null, "Đảng bộ", "Huế", START, END, null, null, List.of()), "cellName",
                "cell.error.nameRequired");
        assertOnly(profile("Chi bộ", "", "Huế", START, END, null, null, List.of()), "upperOrganisation",
                "cell.error.upperRequired");
        assertOnly(profile("Chi bộ", "Đảng bộ", null, START, END, null, null, List.of()), "placeName",
                "cell.error.placeRequired");
    }

    @Test
    void theTermNeedsBothDatesInOrder() {
        assertOnly(profile("Chi bộ", "Đảng bộ", "Huế", null, END, null, null, List.of()), "term",
                "cell.error.termRequired");
        assertOnly(profile("Chi bộ", "Đảng bộ", "Huế", START, null, null, null, List.of()), "term",
                "cell.error.termRequired");
        assertOnly(profile("Chi bộ", "Đảng bộ", "Huế", START, START, null, null, List.of()), "term",
                "cell.error.termOrder");
        assertOnly(profile("Chi bộ", "Đảng bộ", "Huế", END, START, null, null, List.of()), "term",
                "cell.error.termOrder");
        assertThat(profile("Chi bộ", "Đảng bộ", "Huế", START, START.plusDays(1), null, null, List.of()).check())
                .isEmpty();
    }

    @Test
    void theDeputyIsNotTheSecretary() {
        assertOnly(profile("Chi bộ", "Đảng bộ", "Huế", START, END, SECRETARY, SECRETARY, List.of()), "deputyId",
                "cell.error.deputyIsSecretary");
    }

    @Test
    void aDeputyWithoutASecretaryIsAllowed() {
        assertThat(profile("Chi bộ", "Đảng bộ", "Huế", START, END, null, DEPUTY, List.of(MEMBER_A)).check()).isEmpty();
    }

    @Test
    void theCommitteeListDoesNotRepeatTheSecretaryOrTheDeputy() {
        assertOnly(profile("Chi bộ", "Đảng bộ", "Huế", START, END, SECRETARY, DEPUTY, List.of(MEMBER_A, SECRETARY)),
                "committeeMemberIds", "cell.error.committeeRepeatsLeader");
        assertOnly(profile("Chi bộ", "Đảng bộ", "Huế", START, END, SECRETARY, DEPUTY, List.of(DEPUTY)),
                "committeeMemberIds", "cell.error.committeeRepeatsLeader");
        assertOnly(profile("Chi bộ", "Đảng bộ", "Huế", START, END, null, DEPUTY, List.of(DEPUTY)),
                "committeeMemberIds", "cell.error.committeeRepeatsLeader");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThat(profile("", "", "", END, START, SECRETARY, SECRETARY, List.of(SECRETARY)).check())
                .extracting(Problem::messageKey).containsExactly("cell.error.nameRequired",
                        "cell.error.upperRequired", "cell.error.placeRequired", "cell.error.termOrder",
                        "cell.error.deputyIsSecretary", "cell.error.committeeRepeatsLeader");
    }

    @Test
    void theCommitteeKeepsItsOrderWithoutRepeatsAndCannotBeChangedFromOutside() {
        List<UUID> committee = new ArrayList<>(List.of(MEMBER_B, MEMBER_A, MEMBER_B));
        CellProfile p = profile("Chi bộ", "Đảng bộ", "Huế", START, END, null, null, committee);
        committee.clear();
        assertThat(p.committeeMemberIds()).containsExactly(MEMBER_B, MEMBER_A);
    }
}
