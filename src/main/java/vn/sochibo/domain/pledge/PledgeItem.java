package vn.sochibo.domain.pledge;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import vn.sochibo.domain.common.Text;

/**
 * One thing a member pledges: what (content), the measurable target, by when, and its kind.
 *
 * @param exampleSetting true for the extra example-setting items of a committee member's (leader's) pledge
 */
public record PledgeItem(UUID id, PledgeKind kind, String content, String target, LocalDate deadline,
        boolean exampleSetting) {
    public PledgeItem {
        Objects.requireNonNull(id, "id");
    }

    /** Texts as the store keeps them: NFC, trimmed, blank as null. */
    public PledgeItem cleaned() {
        return new PledgeItem(id, kind, Text.cleanMultiline(content), Text.cleanMultiline(target), deadline,
                exampleSetting);
    }
}
