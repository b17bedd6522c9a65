package vn.sochibo.application.search;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.sochibo.domain.meeting.MeetingKind;

/**
 * The port the search reads the store through: every searchable text in a few bulk reads, and a cheap number
 * that changes whenever the stored data changes. Both are called inside a unit of work.
 */
public interface SearchSource {
    /**
     * A number that differs after any change to the stored data (any table), so that the index knows it is stale
     * without reading the data again. It may change without a searchable change (that only costs a rebuild).
     */
    long version();

    /**
     * The same number as {@link #version()}, read outside any unit of work and without waiting for one (while a
     * backup's script holds the store, say), or empty when it cannot be read so: then the search takes a unit of
     * work to check. Must never return a number equal to the version the index was built at when a change was
     * committed since (a change still in a running unit of work need not move it: it may yet be rolled back).
     */
    default java.util.OptionalLong versionWithoutUnitOfWork() {
        return java.util.OptionalLong.empty();
    }

    /** Every searchable text of the store. */
    Corpus readAll();

    /** Everything searchable, as read from the store (texts are NFC as stored, possibly null). */
    record Corpus(List<MemberRow> members, List<MeetingRow> meetings, List<MeetingPartRow> meetingParts,
            List<PledgeRow> pledges, List<ReviewRow> reviews) {
    }

    /** A member: the name and the other searchable fields (position, hometown, card number, phone, note). */
    record MemberRow(UUID id, String fullName, List<String> details) {
    }

    /**
     * A meeting and the texts of its minutes that belong to no contribution, vote or task: topic, place, dues line,
     * guests, agenda parts, conclusion, task follow-up notes, addenda.
     */
    record MeetingRow(UUID id, MeetingKind kind, LocalDate date, String topic, List<String> texts) {
    }

    /**
     * A contribution (who: the speaker), a vote (who: null) or a task (who: the assignees) of a meeting.
     */
    record MeetingPartRow(SearchKind kind, UUID id, UUID meetingId, String who, String text) {
    }

    /** An item of a member's yearly pledge: content, target, and the progress and evidence of its follow-ups. */
    record PledgeRow(UUID itemId, UUID pledgeId, UUID memberId, String memberName, int year, List<String> texts) {
    }

    /**
     * Something of an annual review: the period itself (memberName null; place, conclusion), a member's part
     * (self-review texts, inclusion reason) or a comment (memberName: about whom, may be null; texts: speaker, text).
     */
    record ReviewRow(UUID id, UUID periodId, String periodTitle, int year, LocalDate date, String memberName,
            List<String> texts) {
    }
}
