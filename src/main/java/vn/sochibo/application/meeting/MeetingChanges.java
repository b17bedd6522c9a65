package vn.sochibo.application.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import vn.sochibo.domain.meeting.Meeting;

/**
 * Which parts of a meeting differ between two versions, by name, for the audit trail: the header fields one by
 * one, then each list of the record as a whole (the trail says what was touched; the meeting holds the text).
 */
final class MeetingChanges {
    private MeetingChanges() {
    }

    private record Part(String name, Function<Meeting, Object> value) {
    }

    private static final List<Part> PARTS = List.of(
            new Part("kind", Meeting::kind),
            new Part("topic", Meeting::topic),
            new Part("date", Meeting::date),
            new Part("startTime", Meeting::startTime),
            new Part("endTime", Meeting::endTime),
            new Part("place", Meeting::place),
            new Part("chair", Meeting::chairId),
            new Part("minuteTaker", Meeting::minuteTakerId),
            new Part("guests", Meeting::guests),
            new Part("rollCall", Meeting::rollCall),
            new Part("agenda", Meeting::agenda),
            new Part("contributions", Meeting::contributions),
            new Part("votes", Meeting::votes),
            new Part("tasks", Meeting::tasks),
            new Part("followUps", Meeting::followUps),
            new Part("conclusion", Meeting::conclusion),
            new Part("selfScores", Meeting::selfScores));

    /** The names of the parts that differ, in the order of the record. */
    static List<String> parts(Meeting before, Meeting after) {
        List<String> changed = new ArrayList<>();
        for (Part p : PARTS) {
            if (!Objects.equals(p.value().apply(before), p.value().apply(after))) {
                changed.add(p.name());
            }
        }
        return changed;
    }
}
