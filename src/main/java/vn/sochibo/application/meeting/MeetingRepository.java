package vn.sochibo.application.meeting;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.sochibo.domain.meeting.Correction;
import vn.sochibo.domain.meeting.Meeting;

public interface MeetingRepository {
    /** Every meeting, whole, ordered by date. */
    List<Meeting> findAll();

    Optional<Meeting> findById(UUID id);

    /** Inserts or replaces a draft meeting with everything in it; refused by the store once finalized. */
    void save(Meeting meeting);

    /** Deletes a draft meeting; refused by the store once finalized. */
    void delete(UUID id);

    /** Marks a draft meeting finalized with its numbers and hashes: the last change the store accepts. */
    void finalize(UUID id, Meeting.Finalization finalization);

    /** Every meeting as a list shows it, ordered by date: one query, none of the meetings' contents. */
    List<vn.sochibo.domain.meeting.MeetingSummary> summaries();

    /**
     * The tasks of the latest finalized meeting that assigned any, which no meeting has recorded a result for yet:
     * what the meetings screen lists as waiting for review.
     */
    List<Meeting.TaskAssignment> openTasks();

    /** The tasks assigned at the latest regular or combined meeting dated before {@code day}, other than {@code except}. */
    List<Meeting.TaskAssignment> tasksOfPreviousRegular(java.time.LocalDate day, UUID except);

    /** Whether a meeting with a topic (thematic or combined) is dated between the two days, both included. */
    boolean hasTopicMeetingBetween(java.time.LocalDate from, java.time.LocalDate to);

    /** The tasks with these ids, from any meeting, by id (missing ids are left out). */
    java.util.Map<UUID, Meeting.TaskAssignment> tasks(java.util.Collection<UUID> ids);

    /** The finalized meeting that comes last in the hash chain (finalization time, then id), if any. */
    Optional<Meeting> lastFinalized();

    /** The highest minutes and resolution numbers of finalized meetings dated between the two days (0 for none). */
    Numbers maxNumbers(java.time.LocalDate from, java.time.LocalDate to);

    /** The highest numbers given in a range of meeting days. */
    record Numbers(int minutes, int resolution) {
    }

    /** The correction addenda of one meeting, by document, then number. */
    List<Correction> corrections(UUID meetingId);

    /** Every correction addendum, by meeting date, meeting, document and number. */
    List<Correction> allCorrections();

    /** Records an addendum with its items; the store refuses it unless the meeting is finalized, and locks it. */
    void addCorrection(Correction correction);
}
