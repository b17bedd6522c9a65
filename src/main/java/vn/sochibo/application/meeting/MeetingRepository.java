package vn.sochibo.application.meeting;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
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
}
