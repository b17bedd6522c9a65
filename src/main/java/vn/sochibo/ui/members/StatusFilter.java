package vn.sochibo.ui.members;

import java.util.ArrayList;
import java.util.List;
import vn.sochibo.domain.member.MemberStatus;

/** A choice of the status filter: every member ({@code status} null) or those with one status today. */
public record StatusFilter(MemberStatus status) {
    public static final StatusFilter ALL = new StatusFilter(null);

    /** "All" then every status a member on the list can have today. */
    public static List<StatusFilter> choices() {
        List<StatusFilter> choices = new ArrayList<>();
        choices.add(ALL);
        for (MemberStatus status : MemberStatus.values()) {
            if (status != MemberStatus.NOT_YET_MEMBER) {
                choices.add(new StatusFilter(status));
            }
        }
        return choices;
    }
}
