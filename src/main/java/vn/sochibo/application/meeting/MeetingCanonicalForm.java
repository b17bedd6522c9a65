package vn.sochibo.application.meeting;

import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import vn.sochibo.application.common.CanonicalLines;
import vn.sochibo.domain.meeting.Correction;
import vn.sochibo.domain.meeting.Meeting;

/**
 * The canonical text of a meeting's content (everything recorded in it, in a fixed order, without its
 * finalization) and the chained SHA-256 that tamper evidence rests on:
 * {@code hash = SHA-256(previousHash + "\n" + canonical content)}, with an empty previous hash for the first
 * finalized record.
 *
 * <p>The text is one line per item, {@code name: value|value|…}; in values a backslash, a bar and a line
 * break are escaped ({@code \\}, {@code \|}, {@code \n}) and an absent value is {@code \0}, so different
 * contents never give the same text. Changing this form invalidates every stored hash: never change it;
 * add a new form ({@code meeting/2}) instead, or, for a field added later, a line written only when the field has
 * a value (as {@code dues:}), which leaves every earlier text, and so every stored hash, unchanged.
 */
public final class MeetingCanonicalForm {
    private MeetingCanonicalForm() {
    }

    public static String chainedHash(Meeting meeting, String previousHash) {
        return CanonicalLines.chainedSha256(previousHash, canonical(meeting));
    }

    /**
     * The hash of a correction addendum, chained to the meeting's hash (first addendum) or to the meeting's
     * previous addendum, so that an addendum can neither be altered nor dropped from the middle unnoticed.
     */
    public static String chainedHash(Correction correction, String previousHash) {
        return CanonicalLines.chainedSha256(previousHash, canonical(correction));
    }

    /** The canonical text of an addendum ({@code correction/1}): everything printed, not when it was typed in. */
    public static String canonical(Correction c) {
        CanonicalLines out = new CanonicalLines();
        out.line("form", "correction/1");
        out.line("correction", c.id(), c.meetingId(), c.document(), c.number(), c.date(), c.reason());
        c.items().forEach(x -> out.line("item", x.location(), x.recorded(), x.corrected()));
        return out.toString();
    }

    public static String canonical(Meeting m) {
        CanonicalLines out = new CanonicalLines();
        out.line("form", "meeting/1");
        out.line("meeting", m.id(), m.kind(), m.topic(), m.date(), m.startTime(), m.endTime(), m.place(), m.chairId(),
                m.minuteTakerId());
        m.guests().forEach(x -> out.line("guest", x.id(), x.name(), x.position()));
        m.rollCall().forEach(x -> out.line("rollCall", x.memberId(), x.attendance(), x.reason()));
        m.agenda().forEach(x -> out.line("agenda", x.id(), x.title(), x.text()));
        m.contributions().forEach(x -> out.line("contribution", x.id(), x.partId(), x.speakerMemberId(),
                x.speakerGuestId(), x.text()));
        m.votes().forEach(x -> out.line("vote", x.id(), x.question(), x.subject(), x.secretBallot(),
                x.tally().inFavour(), x.tally().against(), x.tally().other()));
        for (Meeting.TaskAssignment x : m.tasks()) {
            out.line("task", x.id(), x.description(), x.deadline());
            for (UUID assignee : x.assigneeIds()) {
                out.line("assignee", x.id(), assignee);
            }
        }
        m.followUps().forEach(x -> out.line("followUp", x.taskId(), x.result(), x.note()));
        out.line("conclusion", m.conclusion());
        for (Map.Entry<String, Integer> e : new TreeMap<>(m.selfScores()).entrySet()) {
            out.line("selfScore", e.getKey(), e.getValue());
        }
        // Added after meeting/1 was first used: written only when present, so every hash made before stays valid.
        if (m.duesStatus() != null) {
            out.line("dues", m.duesStatus());
        }
        return out.toString();
    }
}
