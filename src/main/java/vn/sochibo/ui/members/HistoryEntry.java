package vn.sochibo.ui.members;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import vn.sochibo.domain.member.Member;
import vn.sochibo.domain.member.StatusEvent;
import vn.sochibo.ui.common.UiText;

/**
 * One line of a member's status history as shown: admission and recognition as official (fields of the
 * member, {@code eventId} null: they are edited in the member form) and the recorded status events.
 */
public record HistoryEntry(LocalDate date, String description, String note, UUID eventId) {
    public boolean isRemovable() {
        return eventId != null;
    }

    public static List<HistoryEntry> of(Member member, UiText text) {
        List<HistoryEntry> entries = new ArrayList<>();
        entries.add(new HistoryEntry(member.admissionDate(), text.admittedEvent(), "", null));
        if (member.officialDate() != null) {
            entries.add(new HistoryEntry(member.officialDate(), text.recognisedOfficialEvent(), "", null));
        }
        for (StatusEvent event : member.history()) {
            entries.add(new HistoryEntry(event.date(), text.eventType(event.type()),
                    event.note() == null ? "" : event.note(), event.id()));
        }
        // Stable sort: on the same day admission/official come before the events recorded later.
        entries.sort(Comparator.comparing(HistoryEntry::date));
        return entries;
    }
}
