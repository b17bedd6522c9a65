package vn.sochibo.application.pledge;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.sochibo.domain.member.MemberStatus;
import vn.sochibo.domain.pledge.PledgeKind;
import vn.sochibo.domain.pledge.PledgeStatus;
import vn.sochibo.domain.pledge.YearFigures;

/**
 * The pledges of a year at a glance, as of a day: one row per member who is expected to register or has a pledge,
 * in roster order, and the cell's total.
 *
 * @param kind the kind the figures are restricted to, or null for all kinds
 */
public record YearOverview(int year, LocalDate asOf, PledgeKind kind, List<Row> rows, YearFigures cell) {
    public YearOverview {
        rows = List.copyOf(rows);
    }

    /**
     * One member's line.
     *
     * @param status   the member's status on the as-of day
     * @param expected whether the member is expected to register (official or probationary that day)
     * @param pledgeId the member's pledge for the year, or null when there is none
     * @param pledge   DRAFT or REGISTERED, or null when there is no pledge
     */
    public record Row(UUID memberId, String fullName, MemberStatus status, boolean expected, UUID pledgeId,
            PledgeStatus pledge, LocalDate registeredOn, YearFigures figures) {
        public boolean isRegistered() {
            return pledge == PledgeStatus.REGISTERED;
        }
    }

    /** The members expected to register who have not (no pledge, or only a draft). */
    public List<Row> notRegistered() {
        return rows.stream().filter(r -> r.expected() && !r.isRegistered()).toList();
    }

    public int expectedCount() {
        return (int) rows.stream().filter(Row::expected).count();
    }

    /** The expected members who have registered (the target is all of them). */
    public int registeredExpectedCount() {
        return (int) rows.stream().filter(r -> r.expected() && r.isRegistered()).count();
    }
}
