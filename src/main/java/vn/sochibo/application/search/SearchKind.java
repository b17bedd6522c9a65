package vn.sochibo.application.search;

/** What a search hit is, in the order the groups of results are shown. */
public enum SearchKind {
    /** A member of the roster (name, position, hometown, card number, phone, note). */
    MEMBER,
    /** A meeting and its minutes' own text (topic, place, dues line, agenda parts, conclusion, addenda). */
    MEETING,
    /** What one speaker said at a meeting. */
    CONTRIBUTION,
    /** A vote's question at a meeting. */
    VOTE,
    /** A task assigned at a meeting. */
    TASK,
    /** An item of a member's yearly pledge with its follow-ups. */
    PLEDGE,
    /** An annual review: its meeting, a member's self-review, a comment. */
    REVIEW
}
