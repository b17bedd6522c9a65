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

    /** The correction addenda of one meeting, by document, then number. */
    List<Correction> corrections(UUID meetingId);

    /** Every correction addendum, by meeting date, meeting, document and number. */
    List<Correction> allCorrections();

    /** Records an addendum with its items; the store refuses it unless the meeting is finalized, and locks it. */
    void addCorrection(Correction correction);
}
