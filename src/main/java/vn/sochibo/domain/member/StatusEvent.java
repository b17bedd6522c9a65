package vn.sochibo.domain.member;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** One dated entry of a member's status history; the note carries the decision number or a reason. */
public record StatusEvent(UUID id, StatusEventType type, LocalDate date, String note) {
    public StatusEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(date, "date");
    }
}
