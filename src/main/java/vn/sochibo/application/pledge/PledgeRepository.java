package vn.sochibo.application.pledge;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.sochibo.domain.pledge.Pledge;
import vn.sochibo.domain.pledge.PledgeFollowUp;

/** Pledges with their items, and their follow-ups, in the store. */
public interface PledgeRepository {
    Optional<Pledge> findById(UUID id);

    /** The member's pledge for the year, if any (one per member and year). */
    Optional<Pledge> find(UUID memberId, int year);

    /** The pledges of one year, each with its items in order. */
    List<Pledge> ofYear(int year);

    /** Every pledge, by year, then id. */
    List<Pledge> findAll();

    /** The pledge an item belongs to. */
    Optional<Pledge> findByItem(UUID itemId);

    /**
     * Inserts or updates a pledge and its items: items in the list are inserted or updated in place (their ids
     * stay, so their follow-ups stay attached), items no longer in the list are deleted (the store refuses when one
     * still has follow-ups).
     */
    void save(Pledge pledge);

    /** Deletes a pledge and its items; refused by the store while a follow-up refers to one of them. */
    void delete(UUID pledgeId);

    Optional<PledgeFollowUp> findFollowUp(UUID id);

    /** The follow-ups of one pledge, by date, then id. */
    List<PledgeFollowUp> followUpsOf(UUID pledgeId);

    /** The follow-ups of the pledges of one year, by date, then id. */
    List<PledgeFollowUp> followUpsOfYear(int year);

    /** The follow-ups recorded at one meeting, by date, then id. */
    List<PledgeFollowUp> followUpsAtMeeting(UUID meetingId);

    /** Every follow-up, by date, then id. */
    List<PledgeFollowUp> allFollowUps();

    /** Inserts or updates a follow-up; refused by the store when it names a finalized meeting. */
    void saveFollowUp(PledgeFollowUp followUp);

    /** Deletes a follow-up; refused by the store when it names a finalized meeting. */
    void deleteFollowUp(UUID id);
}
