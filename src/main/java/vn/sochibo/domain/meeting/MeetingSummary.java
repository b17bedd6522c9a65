package vn.sochibo.domain.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** A meeting as a list shows it: kind, topic, day and, once finalized, its numbers; none of what was said. */
public record MeetingSummary(UUID id, MeetingKind kind, String topic, LocalDate date, LocalTime startTime,
        Meeting.Finalization finalization) {

    public boolean isFinalized() {
        return finalization != null;
    }
}
