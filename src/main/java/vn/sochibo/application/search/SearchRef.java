package vn.sochibo.application.search;

import java.util.UUID;

/**
 * What a hit opens: the record found and the record that owns it.
 *
 * @param kind    the kind of hit
 * @param id      the record found (member, meeting, contribution, vote, task, pledge, review period, member's part
 *                or comment of a review)
 * @param ownerId the record the screen opens: the member (MEMBER, PLEDGE), the meeting (MEETING, CONTRIBUTION,
 *                VOTE, TASK), the review period (REVIEW)
 * @param year    the pledge's or the review's year; 0 for the other kinds
 */
public record SearchRef(SearchKind kind, UUID id, UUID ownerId, int year) {
}
