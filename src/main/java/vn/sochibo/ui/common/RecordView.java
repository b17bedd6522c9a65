package vn.sochibo.ui.common;

import vn.sochibo.application.search.SearchRef;

/**
 * An area that can show one of its records when asked (a search hit opened): the Members area selects the member,
 * the Meetings area opens the meeting, the Pledges area opens the member's pledge of that year.
 */
public interface RecordView {
    /** Shows the record {@code ref} points at (its {@link SearchRef#ownerId()}); called after the area is shown. */
    void showRecord(SearchRef ref);
}
