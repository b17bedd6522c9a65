package vn.sochibo.ui.cell;

import java.util.UUID;

/** A member offered in a choice list (secretary, deputy, committee); {@code id} null means "nobody". */
public record MemberChoice(UUID id, String name) {
    @Override
    public String toString() {
        return name;
    }
}
